/**
 * The page scanner fuzzed on random DOM trees in Chromium: the real scanner and matcher
 * (bundled with esbuild into a plain page: no extension needed), on trees of inline and
 * block elements, skipped regions (script, code, form fields, contenteditable,
 * aria-hidden, editors), soft hyphens and names split across elements, then random
 * edits applied through real MutationObserver records. Every range's text is the mention
 * it claims, no range is inside a skipped region, and the incremental result equals a
 * fresh scan. Fixed seed and bounded runs in `npm test`; `npm run fuzz` runs many more.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './support/chromium';
import type { NodeSpec, Op } from './fixtures/hostile/scanner-harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_428);
const RUNS = Math.max(400, Math.round((400 * Number(process.env.FUZZ_RUNS ?? 0)) / 1000));
let browser: Browser;
let page: Page;
let cases = 0;

const WORDS = [
  'Kim Jong-un',
  'Kim',
  'Jong-un',
  'Wladimir Putin',
  'Putin',
  'Kursk',
  'Kursks',
  'Pjöng\u00adjang',
  'KCNA',
  'Kreml',
  'Nordkorea',
  'Tassen',
  'Krimi',
  'US',
  'Selenskyj',
  'Artikel 4',
  'Vertrag',
  'Lloyd',
  'Austin',
  'und',
  'sagte',
  ' ',
  '. ',
  '-',
  '\u200b',
  '\u00a0',
];
const INLINE = ['span', 'a', 'b', 'em', 'strong', 'i', 'mark', 'small', 'time'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section', 'blockquote', 'td'];
const SKIPPING = ['script', 'code', 'pre', 'textarea', 'button', 'noscript', 'kbd'];
const ATTRS: Record<string, string>[] = [
  {},
  {},
  {},
  { 'aria-hidden': 'true' },
  { contenteditable: 'true' },
  { contenteditable: 'false' },
  { class: 'cm-editor' },
  { contenteditable: '' },
];

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(''));
const { tree } = fc.letrec<{ tree: NodeSpec }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    textArb.map((text): NodeSpec => ({ text })),
    fc.record({
      tag: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...INLINE) },
        { weight: 3, arbitrary: fc.constantFrom(...BLOCK) },
        { weight: 1, arbitrary: fc.constantFrom(...SKIPPING) },
      ),
      attrs: fc.constantFrom(...ATTRS),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
}));
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('text' as const), target: fc.nat(), text: textArb }),
  fc.record({ op: fc.constant('append' as const), target: fc.nat(), node: tree }),
  fc.record({ op: fc.constant('remove' as const), target: fc.nat() }),
  fc.record({ op: fc.constant('unwrap' as const), target: fc.nat() }),
);

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(import.meta.dirname, 'fixtures', 'hostile', 'scanner-harness.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="de"><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
});

afterAll(async () => {
  console.log(`[scanner.fuzz] cases: ${cases}`);
  await browser?.close();
});

describe('the page scanner on random DOM trees', () => {
  it('marks only what each range reads, never in skipped regions, and incremental equals fresh', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(tree, { minLength: 1, maxLength: 6 }),
        fc.array(op, { maxLength: 6 }),
        async (spec, ops) => {
          cases++;
          const problems = await page.evaluate(
            ([s, o]) => (window as unknown as { runCase(s: unknown, o: unknown): string[] }).runCase(s, o),
            [spec, ops] as const,
          );
          expect(problems).toEqual([]);
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  }, 300_000);
});
