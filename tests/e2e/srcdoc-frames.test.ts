/**
 * Names in a same-origin srcdoc frame are marked (hostile-pages covers sandboxed ones, which
 * only must not break), and in an about:blank frame its parent fills by script.
 */
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { readPaintedMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;
const marks = async (f: Frame) => (await f.evaluate(readPaintedMarks)).map((m) => m.text);

describe('srcdoc and about:blank frames', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  it('marks Kursk in a srcdoc frame and a script-filled about:blank frame', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/frames/srcdoc.html`);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames.length).toBe(2);
    for (const f of frames) {
      await expect.poll(() => marks(f), { timeout: 10_000, message: f.url() }).toContain('Kursk');
    }
  });
});
