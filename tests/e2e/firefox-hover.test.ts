/**
 * The hover card in Debian's Firefox ESR: the pointer dwelling on a mark shows the card, and
 * leaving the mark hides it again. The dwell ends in an animation frame; the tab puppeteer opens
 * here gets frames throttled to about one a second, so this also covers the dwell ending
 * without one.
 * The card's shadow root is closed and Firefox has no DevTools protocol here, so the test asks
 * the page where the card is the way a click would: hit-testing finds its host only where the
 * card is visible (a card readied during the dwell is hidden and hit-tests as nothing).
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from './support/firefox';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let firefox: Browser;

beforeAll(async () => {
  server = await startServer();
  ({ browser: firefox } = await launchFirefoxWithExtension());
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The centre of the painted mark reading `text`, scrolled into view. */
async function markCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted: string) => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kontext')) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString() !== wanted) continue;
        live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = live.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no painted mark reads "${text}"`);
  return point;
}

/** Runs in the page: whether any point of a 16 px grid over the viewport hits Kontext's card host. */
function cardHit(): boolean {
  for (let y = 8; y < innerHeight; y += 16) {
    for (let x = 8; x < innerWidth; x += 16) {
      if (document.elementFromPoint(x, y)?.localName === 'kontext-ui') return true;
    }
  }
  return false;
}

/** Waits until the card is visible (or gone), polling the hit test. */
async function untilCard(page: Page, visible: boolean): Promise<void> {
  await page.waitForFunction(`(${cardHit.toString()})() === ${visible}`, { timeout: 10_000, polling: 50 });
}

describe('Firefox hover card', () => {
  it('shows the card after the pointer dwells on a mark and hides it once the pointer has left', async () => {
    const page = await firefox.newPage();
    await page.goto(`${server.origin}/article/000_b20129a4c843e593`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('kontext')), {
      timeout: 20_000,
    });
    expect(await page.evaluate(cardHit)).toBe(false);
    const point = await markCentre(page, 'Kursk');
    await page.mouse.move(point.x, point.y);
    await untilCard(page, true);
    // Away from the mark and the card: the grace period ends and the card goes.
    await page.mouse.move(2, 2);
    await untilCard(page, false);
    expect(await page.evaluate(cardHit)).toBe(false);
    await page.close();
  });
});
