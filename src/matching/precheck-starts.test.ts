/**
 * The pre-check's word-start pattern (`startsPattern`) lets the page's RegExp engine skip
 * text natively; the trie walk runs only where it matches. A start it missed would be a
 * mention the page never gets: these tests hold it to the walk over every word start, on
 * real page text (tests/fixtures/news-corpus) with dossier names put in at random places.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charClass } from './boundaries';
import { loadCatalog } from './catalog';
import { classAt, NOTHING, PrecheckFilter, precheckKeys, startsPattern, STARTS_FLAGS } from './precheck';
import type { AliasSet } from './types';

const SEED = 20_261_202;
const CORPUS = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'news-corpus');

/** German and English pages of the corpus, as readers see their text. */
function corpusPages(): string[] {
  const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as { file: string }[];
  // Every sixth page: both languages, many sites, a few seconds of matching.
  return index.filter((_, i) => i % 6 === 0).map(({ file }) => readFileSync(join(CORPUS, file), 'utf8'));
}

function allAliases(sets: readonly AliasSet[]): string[] {
  return sets.flatMap((s) => [...s.names, ...(s.short ?? []), ...(s.generic ?? []), ...(s.caseSensitive ?? [])]);
}

/** Forms of an alias a page may carry, including what the walk folds and the pattern must give up on. */
function forms(alias: string): string[] {
  return [
    alias,
    alias.toUpperCase(),
    alias.toLowerCase(),
    alias.normalize('NFD'),
    `${alias}s`,
    `${alias}er`,
    alias.replace(/ /g, '\u00a0'),
    alias.replace(/ /g, ' \t '),
    alias.replace(/[ -]/g, '\u2013'),
    alias.replace(/(.)(.)/u, '$1\u00ad$2'),
    alias.replace(/(.)(.)(.)/u, '$1$2\u200b$3'),
    alias.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
    alias.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü').replace(/ss/g, 'ß'),
  ];
}

/** What may stand right before a name: nothing special, invisible or combining characters, punctuation. */
const BEFORE = ['', ' ', '\u00ad', '\u200b', '\u0301', '„', '(', '-', '\u00a0', 'ü', 'é', '’', '_', '1'];

describe('the word-start pattern', () => {
  it('finds every word start the walk would look at, on real pages with names put in anywhere (property)', async () => {
    const { sets } = await loadCatalog();
    const background = new Set(sets.filter((_, i) => i % 5 === 2).map((s) => s.entry));
    const keys = precheckKeys(sets, (entry) => !background.has(entry));
    const patterned = new PrecheckFilter({ ...keys, starts: startsPattern(keys) });
    const everyWord = new PrecheckFilter(keys, false);
    const pages = corpusPages();
    const aliases = allAliases(sets);
    const insert = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      before: fc.constantFrom(...BEFORE),
      name: fc.constantFrom(...aliases).chain((a) => fc.constantFrom(...forms(a))),
    });
    let named = 0;
    fc.assert(
      fc.property(
        fc.nat(pages.length - 1),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 20, max: 600 }),
        fc.array(insert, { maxLength: 2 }),
        (page, from, length, inserts) => {
          const source = pages[page]!;
          const start = Math.floor(from * Math.max(0, source.length - length));
          let text = source.slice(start, start + length);
          // Anywhere: mid-word too, where the name is no word start at all.
          for (const { at, before, name } of inserts) {
            const k = Math.floor(at * text.length);
            text = text.slice(0, k) + before + name + text.slice(k);
          }
          const level = everyWord.level(text);
          if (level !== NOTHING) named++;
          return patterned.level(text) === level;
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
    // Worth something only if many texts do name something.
    expect(named).toBeGreaterThan(1000);
  }, 60_000);

  it('gives up where the walk folds: short keys with spaces, dashes, dots and digits (property)', () => {
    // Short keys, so spaces and ends fall inside the pattern's depth.
    const word = fc.stringMatching(/^[A-Za-z0-9][a-z.]{0,2}$/);
    const alias = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
    const glue = fc.constantFrom(' ', '  ', ' \t\n', '-', ' - ', '\u00a0', '\u2013', '', 's ', 'es ', 'er.', 'x');
    fc.assert(
      fc.property(
        fc.array(alias, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(glue, fc.nat(9))),
        (names, pieces) => {
          const sets: AliasSet[] = [{ entry: 'x', names }];
          const keys = precheckKeys(sets);
          const patterned = new PrecheckFilter({ ...keys, starts: startsPattern(keys) });
          const everyWord = new PrecheckFilter(keys, false);
          // Each name's words, glued back together by anything the walk folds.
          const text = pieces
            .map(([g, k]) => {
              const name = names[k % names.length]!;
              return g + name.split(' ').join(g.trim() === '' && g !== '' ? g : ' ');
            })
            .join('');
          return patterned.level(text) === everyWord.level(text);
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('agrees with the walk over whole real pages', async () => {
    const { sets } = await loadCatalog();
    const keys = precheckKeys(sets);
    const patterned = new PrecheckFilter({ ...keys, starts: startsPattern(keys) });
    const everyWord = new PrecheckFilter(keys, false);
    let named = 0;
    for (const page of corpusPages()) {
      // Paragraph by paragraph, as the scanner's blocks come.
      for (const block of page.split(/\n+/)) {
        const level = everyWord.level(block);
        if (level !== NOTHING) named++;
        expect(patterned.level(block), block.slice(0, 80)).toBe(level);
      }
    }
    expect(named).toBeGreaterThan(20);
  }, 60_000);

  it('matches at a word start only where some key can begin, skipping most words of a page', async () => {
    const { sets } = await loadCatalog();
    const pattern = new RegExp(startsPattern(precheckKeys(sets)), STARTS_FLAGS);
    const text = 'Der Landkreis meldet neue Radwege und einen Markt am Samstag. In Kursk nichts.';
    const starts: number[] = [];
    for (pattern.lastIndex = 0; pattern.test(text); pattern.lastIndex++) starts.push(pattern.lastIndex);
    expect(starts).toContain(text.indexOf('Kursk'));
    expect(starts).not.toContain(text.indexOf('andkreis'));
    expect(starts.length).toBeLessThan(6);
  });

  it('classAt gives charClass for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (classAt(c) !== charClass(c)) expect(classAt(c), `U+${c.toString(16)}`).toBe(charClass(c));
    }
  });
});
