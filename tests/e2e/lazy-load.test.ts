/**
 * The pre-check in Chromium: a page that mentions nothing from the dossier gets only the
 * small pre-check script (no full content script, no card host, no marks), and the same
 * page still gets the full script and its marks once a script of the page adds an article.
 * The card script (Preact, the card) comes only when a card is first wanted. The pre-check,
 * the full script and the card script share Kontext's isolated world; this test reads their
 * state there through the DevTools protocol (`__kontext`, precheck-item.ts; `__kontextCard`,
 * card-slot.ts).
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCard } from './dossier-support';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { paintedMarks, readPaintedMarks, showAndFillFrames, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  // Right after installation the background is still seeding; until its keys are stored, every
  // page gets the full script (as it should). The test is about the pages after that.
  await waitFor(
    () =>
      browser.worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
        };
        const stored = await chrome.storage.local.get('kontextPrecheck');
        return stored.kontextPrecheck !== undefined;
      }),
    (ready) => ready,
    'the pre-check keys',
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface KontextWorld {
  page: Page;
  /** Evaluates in Kontext's isolated world of the top frame. */
  read: <T>(expression: string) => Promise<T>;
}

async function openWatched(path: string): Promise<KontextWorld> {
  const page = await browser.context.newPage();
  const cdp: CDPSession = await browser.context.newCDPSession(page);
  const contexts: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) contexts.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto(`${server.origin}${path}`);
  const read = async <T>(expression: string): Promise<T> => {
    const contextId = contexts.at(-1);
    if (contextId === undefined) return undefined as T;
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
    return result.value as T;
  };
  return { page, read };
}

async function waitFor<T>(probe: () => Promise<T>, wanted: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (wanted(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the pre-check', () => {
  it('leaves a page without mentions with the pre-check alone, and loads the full script when an article arrives', async () => {
    const { page, read } = await openWatched('/lazy/quiet.html');
    const state = () =>
      read<{ precheck?: string; started?: boolean } | undefined>(
        '({ precheck: globalThis.__kontext?.precheck, started: globalThis.__kontext?.started === true})',
      );
    await waitFor(state, (s) => s?.precheck === 'quiet', 'the pre-check to settle');
    expect(await state()).toEqual({ precheck: 'quiet', started: false });
    expect(await page.evaluate(() => document.querySelector('kontext-ui') === null)).toBe(true);
    expect(await paintedMarks(page)).toEqual([]);

    // The page's own script adds an article later (as a news app does after its first paint).
    await page.evaluate(() => {
      const article = document.createElement('article');
      const p = document.createElement('p');
      p.textContent = 'Nordkoreanische Soldaten kämpfen im russischen Gebiet Kursk, meldet KCNA.';
      article.append(p);
      document.getElementById('main')!.append(article);
    });
    const marks = await waitForMarks(page, 1);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Gebiet Kursk', 'KCNA']));
    expect(await state()).toEqual({ precheck: 'loading', started: true });
    await page.close();
  });

  it('loads the full script at once on a page that mentions the dossier', async () => {
    const { page, read } = await openWatched('/article/000_b20129a4c843e593');
    await waitForMarks(page, 5);
    expect(await read<boolean>('globalThis.__kontext?.started === true')).toBe(true);
    await page.close();
  });

  it('loads the card script only when a card is first wanted, and that first hover opens the card', async () => {
    const { page, read } = await openWatched('/article/000_b20129a4c843e593');
    await waitForMarks(page, 5);
    const cardLoaded = () => read<boolean>("typeof globalThis.__kontextCard?.factory === 'function'");
    // Marked, but nobody hovered: no card script in the frame, no card host in the page.
    expect(await read<boolean>('globalThis.__kontext?.started === true')).toBe(true);
    expect(await cardLoaded()).toBe(false);
    expect(await page.evaluate(() => document.querySelector('kontext-ui') === null)).toBe(true);

    // The first hover: the card script is injected during the dwell and the card opens.
    const text = await hoverCard(page, 'KCNA', 15_000);
    expect(text).toContain('KCNA');
    expect(await cardLoaded()).toBe(true);
    // The next hover uses the card already there.
    expect(await hoverCard(page, 'Kim Jong-un')).toContain('Kim Jong-un');
    await page.close();
  });

  it('leaves tiny, hidden and empty frames alone until they get room or text, then marks them', async () => {
    const page = await browser.context.newPage();
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    // Kontext's isolated world per frame (its id), as the protocol announces them.
    const worlds = new Map<string, number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      if (aux?.type === 'isolated' && aux.frameId && context.origin.startsWith('chrome-extension://'))
        worlds.set(aux.frameId, context.id);
    });
    await cdp.send('Runtime.enable');
    await page.goto(`${server.origin}/lazy/frames.html`);
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as unknown as {
      frameTree: { childFrames?: { frame: { id: string; name: string } }[] };
    };
    const frameIds = await page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => f.id));
    const ids = new Map((frameTree.childFrames ?? []).map((child, i) => [frameIds[i]!, child.frame.id]));
    const stateOf = async (name: string): Promise<string | undefined> => {
      const contextId = worlds.get(ids.get(name)!);
      if (contextId === undefined) return undefined;
      const { result } = await cdp.send('Runtime.evaluate', {
        expression: 'globalThis.__kontext?.precheck',
        contextId,
        returnByValue: true,
      });
      return result.value as string | undefined;
    };
    const marksIn = async (name: string) => {
      const handle = await page.$(`#${name}`);
      const content = await handle!.contentFrame();
      return content ? (await content.evaluate(readPaintedMarks)).map((m) => m.text) : [];
    };

    // The shown frame with a mention gets the full script and its marks.
    await waitFor(
      () => marksIn('shown'),
      (m) => m.includes('Gebiet Kursk'),
      'marks in the shown frame',
    );
    // The others never read the keys: no pre-check, no full script.
    for (const name of ['hidden', 'pixel', 'empty']) {
      await waitFor(
        () => stateOf(name),
        (s) => s !== undefined,
        `the content script in ${name}`,
      );
      expect(await stateOf(name), name).toBe('idle');
      expect(await marksIn(name), name).toEqual([]);
    }

    // Shown, the hidden frame is checked and marked; filled, the empty one too.
    await page.evaluate(showAndFillFrames);
    await waitFor(
      () => marksIn('hidden'),
      (m) => m.includes('Gebiet Kursk'),
      'marks in the frame once shown',
    );
    await waitFor(
      () => marksIn('empty'),
      (m) => m.includes('KCNA'),
      'marks in the frame once filled',
    );
    expect(await stateOf('pixel')).toBe('idle');
    await page.close();
  });
});
