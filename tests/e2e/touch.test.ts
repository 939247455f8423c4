/** On a touch screen a tap on a mention opens its card and a tap elsewhere closes it. */
import { setSettings } from './support/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { cardText, markCentre, waitForCard, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension({ hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('touch', () => {
  it('opens the card on a tap and closes it on a tap outside', async () => {
    // A 2 s hover delay: within a second only the tap itself can have opened the card.
    await setSettings(browser.worker, { hoverDelayMs: 2000 });
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/news.html`);
    await waitForMarks(page, 8);
    const point = await markCentre(page, 'Wladimir Putin');
    await page.touchscreen.tap(point.x, point.y);
    expect(await waitForCard(page, 1_000)).toContain('Wladimir Putin');
    await page.touchscreen.tap(5, 300);
    await expect.poll(() => cardText(page), { timeout: 2_000 }).toBeNull();
  });
});
