import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import { compileMatcher } from './index';
import { BACKGROUND, encodeTrie, NOTHING, PrecheckFilter, precheckKeys, STORY } from './precheck';
import { FIXTURE } from './test-fixture';
import type { AliasSet } from './types';

const SEED = 20_251_201;

/** Every form of an alias a page may carry: cases, endings, dashes, invisible characters, decomposed umlauts. */
function variants(alias: string): string[] {
  const forms = [alias, alias.toUpperCase(), alias.toLowerCase(), alias.normalize('NFD')];
  const out: string[] = [];
  for (const form of forms) {
    for (const ending of ['', 's', 'es', "'s", '’s', 'er']) out.push(form + ending);
    out.push(form.replace(/ /g, '-'), form.replace(/ /g, '\u00a0'), form.replace(/-/g, ' '));
    out.push(form.replace(/(.)(.)/u, '$1\u00ad$2'), form.replace(/(.)(.)/u, '$1\u200b$2'));
    out.push(form.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'));
  }
  return out;
}

function allAliases(sets: readonly AliasSet[]): string[] {
  return sets.flatMap((s) => [...s.names, ...(s.short ?? []), ...(s.generic ?? []), ...(s.caseSensitive ?? [])]);
}

/** Scans `text` with the matcher and the filter; the filter must never say no where the matcher finds something. */
function agree(sets: readonly AliasSet[]) {
  const matcher = compileMatcher(sets);
  const filter = new PrecheckFilter(precheckKeys(sets));
  return (text: string) => {
    const found = matcher.scan(text).length > 0;
    return { found, maybe: filter.mayMention(text) };
  };
}

/** What the trie walk folds on its own: digraphs, combining marks, whitespace runs, endings in capitals. */
const TRICKY = ['ä', 'Ä', 'ß', 'ẞ', 'é', '\u0301', '\t', '  ', ' - ', 'S', 'ES', 'ER', 'E', 'Ö', '\u200b', 'İ'];

describe('precheckKeys', () => {
  it('keeps the folded first units of each alias, dashes as spaces, blockers left out', () => {
    const keys = precheckKeys([
      { entry: 'a', names: ['Kim Jong-un', 'USA', 'Pjöngjang'], blockers: ['Zzz Blocker'] },
      { entry: 'b', names: [], generic: ['Rom'], short: ['Kreß'] },
    ]);
    const { trie, ...lists } = keys;
    expect(lists).toEqual({
      prefixes: [],
      wholes: ['kim jong un', 'kress', 'pjoengjang', 'rom', 'usa'],
      background: [],
    });
    expect(trie).toBe(encodeTrie(lists));
  });

  it('lists the keys only background entries have, a key shared with a story entry is a story key', () => {
    const keys = precheckKeys(
      [
        { entry: 'usa', names: ['USA', 'Vereinigte Staaten'] },
        { entry: 'kursk', names: ['Kursk'] },
        { entry: 'vereinigte', names: ['Vereinigte Sportfront'] },
      ],
      (entry) => entry !== 'usa',
    );
    expect(keys.background).toEqual(['=usa']);
  });
});

describe('PrecheckFilter', () => {
  const check = agree(FIXTURE);

  it('says no to text without any alias start, and to any text with no keys', () => {
    expect(check('Der Landkreis meldet neue Radwege und einen Markt am Samstag.')).toEqual({
      found: false,
      maybe: false,
    });
    expect(new PrecheckFilter({ prefixes: [], wholes: [], background: [] }).mayMention('Kursk')).toBe(false);
  });

  it('says no to common words that only begin like a short name', () => {
    const filter = new PrecheckFilter(precheckKeys(FIXTURE));
    for (const word of ['und', 'unter', 'Usedom', 'Roman', 'Romantik', 'Kimono', 'Tassen', 'Krimi']) {
      expect(filter.mayMention(`Ein Satz mit ${word} darin.`), word).toBe(false);
    }
  });

  it('says maybe where a name stands, even split by invisible characters or in a compound', () => {
    for (const text of ['Die Lage in Ku\u00adrsk.', 'KIM JONG-UN sprach.', 'Nordkorea-Soldaten', 'Pjo\u0308ngjang']) {
      expect(check(text).maybe).toBe(true);
    }
  });

  it('never says no where the matcher finds a mention: every form of every alias of the real catalog', async () => {
    const { sets } = await loadCatalog();
    const matcherCheck = agree(sets);
    let found = 0;
    for (const alias of allAliases(sets)) {
      for (const form of variants(alias)) {
        for (const text of [form, `Am Montag: ${form} sagte, dass`, `(${form}) und „${form}“ –`]) {
          const result = matcherCheck(text);
          if (result.found) {
            found++;
            expect(result.maybe, text).toBe(true);
          }
        }
      }
    }
    // The property is only worth something if the matcher found plenty.
    expect(found).toBeGreaterThan(1000);
    // Thousands of texts through the matcher: seconds on a busy machine.
  }, 30_000);

  it('never says no where the matcher finds a mention: random text around the aliases (property)', async () => {
    const { sets } = await loadCatalog();
    const matcherCheck = agree(sets);
    const aliases = allAliases(sets);
    const piece = fc.oneof(
      fc.constantFrom(...aliases).chain((a) => fc.constantFrom(...variants(a))),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(' ', '-', '\u00ad', '\u0308', '.', 'ung', 'er', 's', '\u00a0', '’', ...TRICKY),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        const result = matcherCheck(text);
        return !result.found || result.maybe;
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('says STORY wherever the matcher finds an entry marked anywhere, BACKGROUND at least for any mention (property)', async () => {
    const { sets } = await loadCatalog();
    // Any split of the entries will do: every third entry is a background entry here.
    const background = new Set(sets.filter((_, i) => i % 3 === 0).map((s) => s.entry));
    const isStory = (entry: string) => !background.has(entry);
    const matcher = compileMatcher(sets);
    const filter = new PrecheckFilter(precheckKeys(sets, isStory));
    const aliases = allAliases(sets);
    const piece = fc.oneof(
      fc.constantFrom(...aliases).chain((a) => fc.constantFrom(...variants(a))),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(' ', '-', '.', 'er', 's', '\u00ad'),
    );
    let stories = 0;
    let backgrounds = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ');
        const mentions = matcher.scan(text);
        const level = filter.level(text);
        if (mentions.some((m) => isStory(m.entry))) {
          stories++;
          return level === STORY;
        }
        if (mentions.length > 0) backgrounds++;
        return mentions.length === 0 || level >= BACKGROUND;
      }),
      { seed: SEED, numRuns: 3000 },
    );
    expect(stories).toBeGreaterThan(100);
    expect(backgrounds).toBeGreaterThan(20);
    expect(filter.level('Ein Satz ohne Namen.')).toBe(NOTHING);
  });

  it('checks the page with a pattern of its own when the stored start pattern is damaged', async () => {
    const { sets } = await loadCatalog();
    const keys = precheckKeys(sets);
    const damaged = new PrecheckFilter({ ...keys, starts: '(unclosed[' });
    expect(damaged.level('Nordkoreanische Soldaten kämpfen im Gebiet Kursk.')).toBe(STORY);
    expect(damaged.level('Ein Satz ohne Namen.')).toBe(NOTHING);
  });

  it('answers as if every word start were looked up: the trie only skips words no key begins (property)', async () => {
    const { sets } = await loadCatalog();
    const background = new Set(sets.filter((_, i) => i % 4 === 1).map((s) => s.entry));
    const keys = precheckKeys(sets, (entry) => !background.has(entry));
    const gated = new PrecheckFilter(keys);
    const everyWord = new PrecheckFilter(keys, false);
    const aliases = allAliases(sets);
    const piece = fc.oneof(
      fc.constantFrom(...aliases).chain((a) => fc.constantFrom(...variants(a))),
      fc.constantFrom(...aliases).map((a) => a.slice(0, Math.max(1, a.length - 2))),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom(' ', '-', '.', 'er', 's', 'es', 'ung', '\u00ad', '\u0308', ...TRICKY),
    );
    let maybes = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.boolean(), (pieces, spaced) => {
        const text = pieces.join(spaced ? ' ' : '');
        const level = everyWord.level(text);
        if (level !== NOTHING) maybes++;
        return gated.level(text) === level;
      }),
      { seed: SEED, numRuns: 4000 },
    );
    expect(maybes).toBeGreaterThan(500);
  });

  it('keeps the trie in a string that survives storage, and says maybe for keys it cannot encode', async () => {
    const { sets } = await loadCatalog();
    const keys = precheckKeys(sets);
    // storage.local holds strings as UTF-8: no surrogate half, no control character may be in it.
    expect(new TextDecoder().decode(new TextEncoder().encode(keys.trie))).toBe(keys.trie);
    expect([...keys.trie!].every((c) => c.charCodeAt(0) >= 0x20 && !/\p{Cs}/u.test(c))).toBe(true);
    // Units past U+CFE0 (here halfwidth Hangul letters) would encode into the surrogate range.
    const odd: AliasSet[] = [{ entry: 'x', names: ['\uffa1\uffa2 Stadt', 'Ab\uffa3\uffa4 Zentrum'] }];
    const check = agree(odd);
    for (const text of ['In \uffa1\uffa2 Stadt.', 'Ab\uffa3\uffa4 Zentrum kam.']) {
      expect(check(text)).toEqual({ found: true, maybe: true });
    }
    expect(check('Ab und zu.')).toEqual({ found: false, maybe: false });
  });
});
