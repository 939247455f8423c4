/** Property tests: invariants that must hold for any text, not just the examples. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './index';
import { matchKey } from './normalize';
import { FIXTURE } from './test-fixture';

const matcher = compileMatcher(FIXTURE);
const ALIASES = FIXTURE.flatMap((s) => [...s.names, ...(s.short ?? []), ...(s.generic ?? []), ...(s.blockers ?? [])]);
const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const WORD = /[\p{L}\p{M}\p{N}]/u;
const IGNORED = /[\u00ad\u034f\u200b-\u200f\u2060\ufeff]/u;

/** News-like text built from aliases, traps, inflections, punctuation and odd spacing. */
const piece = fc.oneof(
  fc.constantFrom(...ALIASES),
  fc.constantFrom(
    'Kimchi',
    'Tassen',
    'Krimi',
    'Romantik',
    'Tennis',
    'Kurskö',
    'nis',
    'Andy',
    'Oscar',
    'Texas',
    'Diktator',
  ),
  fc.constantFrom('s', 'es', "'s", '’s', 'er', '-Krieg', '-Sprecher', 'i', 'ö', '4', '40'),
  fc.constantFrom(' ', ' ', '\u00a0', '\u202f', '\n', '. ', ', ', '-', '\u2011', '„', '“', '’', '(', ')'),
  fc.string({ maxLength: 3 }),
);
const newsText = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

function isEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function entries(text: string): string[] {
  return matcher.scan(text).map((m) => m.entry);
}

/** The code point next to `i` in direction `step`, skipping characters the matcher ignores. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  for (let k = step === 1 ? i : i - 1; k >= 0 && k < text.length; k += step) {
    const ch = text[k] ?? '';
    if (!IGNORED.test(ch)) return ch;
  }
  return '';
}

describe('matcher properties', () => {
  it('finds the same entries when soft hyphens or zero-width characters are inserted', () => {
    fc.assert(
      fc.property(
        newsText,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 8 }),
        (text, inserts) => {
          let noisy = text;
          for (const [at, ch] of inserts) {
            const i = at % (noisy.length + 1);
            noisy = noisy.slice(0, i) + ch + noisy.slice(i);
          }
          expect(entries(noisy)).toEqual(entries(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never starts or ends a match inside a word', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const m of matcher.scan(text)) {
          expect(WORD.test(neighbour(text, m.start, -1))).toBe(false);
          expect(WORD.test(neighbour(text, m.end, 1))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives offsets that point at the alias as written (plus an inflection ending)', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        for (const m of matcher.scan(text)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          // A text dash may stand for an alias space ("Kim Jong-un" for "Kim Jong Un").
          const written = matchKey(text.slice(m.start, m.end)).replace(/-/g, ' ');
          const alias = matchKey(m.alias).replace(/-/g, ' ');
          expect(written.startsWith(alias)).toBe(true);
          expect(['', 's', 'es', "'s", "'", 'er']).toContain(written.slice(alias.length));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns sorted, non-overlapping mentions', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const ms = matcher.scan(text);
        ms.forEach((m, i) => {
          expect(m.end).toBeGreaterThan(m.start);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(ms[i - 1]?.end ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary Unicode or broken UTF-16', () => {
    const units = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 })
      .map((a) => String.fromCharCode(...a));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), units, newsText), (text) => {
        const ms = matcher.scan(text);
        for (const m of ms) expect(m.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same result incrementally as in one pass', () => {
    fc.assert(
      fc.property(fc.array(newsText, { maxLength: 6 }), (blocks) => {
        const doc = matcher.openDocument();
        for (const b of blocks) doc.append([b]);
        expect(doc.all()).toEqual(matcher.scanDocument(blocks));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result appended in chunks of any size, and reports every block that changed', () => {
    fc.assert(
      fc.property(
        fc.array(newsText, { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (blocks, sizes, asBatch) => {
          const doc = matcher.openDocument();
          let before: ReturnType<typeof doc.all> = [];
          for (let at = 0, k = 0; at < blocks.length; k++) {
            const chunk = blocks.slice(at, at + sizes[k % sizes.length]!);
            const changed = asBatch ? doc.batch([], chunk) : doc.append(chunk);
            const after = doc.all();
            const differ = after.flatMap((list, i) => (i >= at || !isEqual(list, before[i]) ? [i] : []));
            expect(changed).toEqual(expect.arrayContaining(differ));
            at += chunk.length;
            expect(after).toEqual(matcher.scanDocument(blocks.slice(0, at)));
            before = after;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
