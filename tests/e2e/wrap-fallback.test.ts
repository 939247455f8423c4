/**
 * The wrapping fallback, for browsers without the CSS Custom Highlight API. Both test
 * browsers have the API, so the real page controller is bundled into a plain page in its
 * wrap mode (only the content entrypoint chooses it, and only where `CSS.highlights` is
 * missing) with the background answered from the real dossier (and the card script
 * offered when the page controller asks for it).
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCss } from '../../bench/browser/bundle';
import { buildMatchIndex } from '../../src/background/match-index';
import { buildDossier } from '../../src/dossier/build';
import { loadBundledInput } from '../../src/dossier/node/load';
import type { Dossier } from '../../src/dossier/types';
import { chromiumPath } from './support/chromium';
import { cardText, waitForCard } from './support/probes';
import { startServer, type TestServer } from './support/server';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'wrap');

let server: TestServer;
let browser: Browser;
let dossier: Dossier;
let harness: string;
let page: Page;
let servedText: string;

/** Text of every wrapper, in document order. */
const wrapped = (target: Page) =>
  target.evaluate(() => [...document.querySelectorAll('kontext-mark')].map((el) => el.textContent));

beforeAll(async () => {
  [server, dossier] = await Promise.all([startServer(), loadBundledInput().then(buildDossier)]);
  const bundle = await build({
    entryPoints: [join(FIXTURES, 'harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [inlineCss],
    logLevel: 'silent',
  });
  harness = bundle.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 1200, height: 900 } })).newPage();
  await page.goto(`${server.origin}/article/000_b20129a4c843e593`);
  servedText = await page.evaluate(() => document.body.textContent ?? '');
  await page.addScriptTag({ content: harness });
  const index = buildMatchIndex(dossier.entries, dossier.articles, dossier.hash);
  await page.evaluate(([index, entries]) => (window as any).kontextWrapHarness.start(index, entries), [
    index,
    dossier.entries,
  ] as const);
  await page.waitForFunction(() => document.querySelectorAll('kontext-mark').length >= 10);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('wrapping fallback', () => {
  it('wraps the mentions, leaves the text as it was and registers no highlights', async () => {
    const texts = await wrapped(page);
    expect(texts).toEqual(expect.arrayContaining(['Kim Jong-un', 'Pjöngjang', 'KCNA', 'Kursk', 'Waleri Gerassimow']));
    expect(await page.evaluate(() => document.body.textContent)).toBe(servedText);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('kontext')))).toEqual(
      [],
    );
    // The footer's "Tassen, Krimi und Romantik" contain entry names but are no mentions.
    expect(await page.evaluate(() => document.querySelector('footer kontext-mark'))).toBeNull();
    // Wrappers carry kind and style for the stylesheet.
    expect(await page.evaluate(() => document.querySelector('kontext-mark')?.getAttribute('data-style'))).toBe(
      'underline',
    );
  });

  it('does not feed its own wrapping back as page edits (the same wrappers stay)', async () => {
    // Tag every wrapper (attributes are not observed); a feedback loop would replace them.
    const tagged = await page.evaluate(() => {
      const all = [...document.querySelectorAll('kontext-mark')];
      for (const el of all) el.setAttribute('data-test-seen', '');
      return all.length;
    });
    // A later edit, read in a later batch: by the time it is wrapped, a loop would have replaced the tagged ones.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'later-edit';
      p.textContent = 'Später: Kursk.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForFunction(() => document.querySelector('#later-edit kontext-mark') !== null);
    expect(await page.evaluate(() => document.querySelectorAll('kontext-mark:not([data-test-seen])').length)).toBe(1);
    expect((await wrapped(page)).length).toBe(tagged + 1);
    await page.evaluate(() => document.getElementById('later-edit')!.remove());
    await expect.poll(() => wrapped(page).then((all) => all.length)).toBe(tagged);
  });

  it('opens the card when a wrapped mention is hovered', async () => {
    const box = await page.evaluate(() => {
      const el = [...document.querySelectorAll('kontext-mark')].find((m) => m.textContent === 'Waleri Gerassimow')!;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    expect(await waitForCard(page)).toContain('Waleri Gerassimow');
    await page.mouse.move(2, 2);
    await expect.poll(() => cardText(page), { timeout: 3_000 }).toBeNull();
  });

  it('wraps appended paragraphs and follows edits of wrapped text', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'US-Verteidigungsminister Lloyd Austin sprach von Beweisen.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(() => wrapped(page)).toContain('Lloyd Austin');
    // The page rewrites the paragraph's text: the old wrapper goes, the new name is wrapped.
    await page.evaluate(() => {
      document.getElementById('added')!.textContent = 'Boris Pistorius reiste nach Kiew.';
    });
    await expect
      .poll(() =>
        page.evaluate(() => [...document.querySelectorAll('#added kontext-mark')].map((el) => el.textContent)),
      )
      .toEqual(['Boris Pistorius', 'Kiew']);
  });

  it('removes every wrapper when stopped, leaving the text intact', async () => {
    await page.evaluate(() => document.getElementById('added')?.remove());
    await page.evaluate(() => (window as any).kontextWrapHarness.stop());
    expect(await wrapped(page)).toEqual([]);
    expect(await page.evaluate(() => document.body.textContent)).toBe(servedText);
  });
});
