/**
 * The extension's own life cycle, end to end in Chromium: the MV3 service worker is
 * killed again and again while pages load and hover (the content script retries and
 * recovers), and the extension is reloaded while a page is open (the orphaned content
 * script takes its marks and card away without an error). Chromium does not bring back an
 * extension loaded with --load-extension after chrome.runtime.reload() (it stays disabled),
 * so the new copy's start is not observed here; a reloaded page is a new document anyway,
 * where a second copy cannot meet the first.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, EXTENSION_DIR, type ExtensionBrowser } from './support/chromium';
import { afterFrames, cardText, markCentre, waitForCard, waitForMarks } from './support/probes';
import { startHostileServer, type HostileServer } from './fixtures/hostile/server';
import { watchErrors, type ErrorWatch } from './fixtures/hostile/watch';
import { Prng } from '../../bench/lib/prng';

let server: HostileServer;
let browser: ExtensionBrowser;
let faults = 0;
let pagesTried = 0;

const markCount = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights].filter(([name]) => name.startsWith('kontext-')).reduce((sum, [, h]) => sum + h.size, 0),
  );

/** Stops every service worker of the profile (the extension's included), as the browser does when idle. */
async function stopWorkers(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    faults++;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/**
 * Chromium with a private copy of the build (an extension reload reads it from disk again,
 * so it must not change underneath), launched the way support/chromium.ts does it.
 */
async function launchPrivateCopy(): Promise<ExtensionBrowser> {
  const root = await mkdtemp(join(tmpdir(), 'kontext-lifecycle-'));
  const extension = join(root, 'extension');
  await cp(EXTENSION_DIR, extension, { recursive: true });
  const context = await chromium.launchPersistentContext(join(root, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--lang=de-DE',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

beforeAll(async () => {
  server = await startHostileServer();
  browser = await launchPrivateCopy();
});

afterAll(async () => {
  console.log(`[hostile-lifecycle] pages tried: ${pagesTried}, faults injected: ${faults}`);
  await browser?.close();
  await server?.close();
});

describe('the service worker killed mid-request', () => {
  it('is stopped by the probe (the fault is real)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/hostile/article.html`);
    await waitForMarks(page, 4);
    const session = await page.context().newCDPSession(page);
    const states: string[] = [];
    session.on(
      'ServiceWorker.workerVersionUpdated',
      ({ versions }: { versions: { scriptURL: string; runningStatus: string }[] }) => {
        for (const v of versions)
          if (v.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`)) states.push(v.runningStatus);
      },
    );
    await session.send('ServiceWorker.enable');
    await expect.poll(() => states.at(-1), { timeout: 5_000 }).toBe('running');
    const before = states.length;
    await session.send('ServiceWorker.stopAllWorkers');
    faults++;
    // It stops; an open extension page or frame may start it again at once, which is fine.
    await expect.poll(() => states.slice(before).includes('stopped'), { timeout: 5_000 }).toBe(true);
    await session.detach();
    await page.close();
  });

  it('marks every page and opens cards while the worker is killed every few hundred milliseconds', async () => {
    const watches: ErrorWatch[] = [];
    const pages: Page[] = [];
    let killing = true;
    const killer = (async () => {
      const control = await browser.context.newPage();
      await control.goto('about:blank');
      // Kills at seeded random moments, 100–500 ms apart (the fault rhythm, not a wait for
      // anything): many land while a request is being answered; the same moments each run.
      const random = new Prng(16);
      while (killing) {
        await stopWorkers(control).catch(() => undefined);
        await control.waitForTimeout(100 + random.next() * 400);
      }
      await control.close();
    })();
    try {
      for (let i = 0; i < 6; i++) {
        const page = await browser.context.newPage();
        watches.push(await watchErrors(page));
        pages.push(page);
        pagesTried++;
        await page.goto(`${server.origin}/hostile/article.html?load=${i}`);
      }
      for (const page of pages) {
        const marks = await waitForMarks(page, 4);
        expect(marks.map((m) => m.text)).toEqual(
          expect.arrayContaining(['Kim Jong-un', 'KCNA', 'Pjöngjang', 'Wladimir Putin']),
        );
      }
      // Cards need entries from the worker too: hover on a page while it keeps dying.
      for (const page of pages.slice(0, 3)) {
        await page.bringToFront();
        const point = await markCentre(page, 'Wladimir Putin');
        await page.mouse.move(point.x, point.y);
        expect(await waitForCard(page, 15_000)).toContain('Wladimir Putin');
        await page.mouse.move(1, 1);
      }
    } finally {
      killing = false;
      await killer;
    }
    expect(faults).toBeGreaterThanOrEqual(5);
    expect(watches.flatMap((w) => w.errors)).toEqual([]);
    for (const watch of watches) await watch.detach();
    for (const page of pages) await page.close();
  });
});

describe('the extension reloaded while a page is open', () => {
  it('takes the old marks and card away without an error', async () => {
    const page = await browser.context.newPage();
    const watch = await watchErrors(page);
    pagesTried++;
    await page.goto(`${server.origin}/hostile/article.html`);
    await waitForMarks(page, 4);
    await markCount(page);
    const point = await markCentre(page, 'Kim Jong-un');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page);
    expect(await page.evaluate(() => document.querySelectorAll('kontext-ui').length)).toBe(1);

    // Reload the extension from its own service worker (what an update does).
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => undefined);
    faults++;

    // The orphaned copy notices within its check interval and removes everything it added.
    await expect.poll(() => markCount(page), { timeout: 5_000 }).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('kontext-ui').length), { timeout: 5_000 })
      .toBe(0);
    expect(await cardText(page)).toBeNull();
    // Pointer and mutations on the page find no dead listener that throws.
    await page.mouse.move(point.x + 2, point.y);
    await page.evaluate(() => document.querySelector('p')!.append(' Neu: Kursk.'));
    // A live copy would read the edit in the next frames; the orphan must not, nor throw.
    await afterFrames(page, 3);
    expect(await markCount(page)).toBe(0);

    expect(watch.errors).toEqual([]);
    await watch.detach();
    await page.close();
  });
});
