/**
 * Writes src/dossier/propose/common-words.ts: words that general news uses as common words, measured on
 * the news corpus (tests/fixtures/news-corpus/, real German and English pages on every kind of topic).
 *
 * - German: capitalised words (nouns, since German capitalises them) found on at least MIN_PAGES pages and
 *   at least a quarter of the time after an article or an inflected adjective ("der Soldat", "neue Regeln"):
 *   the way common nouns are used and names mostly are not.
 * - English: words written in lower case on at least MIN_PAGES pages ("workers", "images"), and at least as
 *   often in lower case as capitalised (so brands written in lower case in links, "amazon", stay names).
 *
 * The proposer treats a capitalised word from these lists as weak evidence of a name. `npm run propose:lexicon`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests', 'fixtures', 'news-corpus');
const MIN_PAGES = 3;
const DETERMINERS = new Set(
  'der die das den dem des ein eine einer eines einem einen im am zum zur vom beim ins kein keine keinen keiner dieser diese dieses diesem diesen jeder jede jedes seine seiner seinen ihre ihrer ihren unsere'.split(
    ' ',
  ),
);
const WORD = /[\p{L}]+(?:-[\p{L}]+)*/gu;

interface Page {
  file: string;
  lang: string;
}
const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as Page[] | { pages: Page[] };
const pages = Array.isArray(index) ? index : index.pages;

const dePages = new Map<string, number>();
const deAfter = new Map<string, number>();
const deAll = new Map<string, number>();
const enPages = new Map<string, number>();
const enLower = new Map<string, number>();
const enCapital = new Map<string, number>();
for (const page of pages) {
  const text = readFileSync(join(CORPUS, page.file), 'utf8');
  const words = text.match(WORD) ?? [];
  const seen = new Set<string>();
  words.forEach((w, i) => {
    if (page.lang === 'de') {
      if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return;
      const prev = words[i - 1] ?? '';
      deAll.set(w, (deAll.get(w) ?? 0) + 1);
      if (DETERMINERS.has(prev) || /^\p{Ll}+(e|en|er|es|em)$/u.test(prev)) deAfter.set(w, (deAfter.get(w) ?? 0) + 1);
      if (!seen.has(w)) dePages.set(w, (dePages.get(w) ?? 0) + 1);
    } else if (page.lang === 'en') {
      if (/^\p{Lu}\p{Ll}+$/u.test(w)) enCapital.set(w.toLowerCase(), (enCapital.get(w.toLowerCase()) ?? 0) + 1);
      if (!/^\p{Ll}+$/u.test(w) || w.length < 3) return;
      enLower.set(w, (enLower.get(w) ?? 0) + 1);
      if (!seen.has(w)) enPages.set(w, (enPages.get(w) ?? 0) + 1);
    }
    seen.add(w);
  });
}
const de = [...dePages]
  .filter(([w, n]) => n >= MIN_PAGES && (deAfter.get(w) ?? 0) / (deAll.get(w) ?? 1) >= 0.25)
  .map(([w]) => w)
  .sort();
// Brands written in lower case in links and footers ("amazon", "google") are still capitalised far more often.
const en = [...enPages]
  .filter(([w, n]) => n >= MIN_PAGES && (enLower.get(w) ?? 0) >= (enCapital.get(w) ?? 0))
  .map(([w]) => w)
  .sort();

const out = `/**
 * Common words of general news, measured by scripts/propose-lexicon.ts on tests/fixtures/news-corpus/
 * (real German and English pages; see its README for sources and licences). Generated: do not edit.
 * German: capitalised words used like common nouns (after an article or adjective) on ${MIN_PAGES}+ pages.
 * English: words written in lower case on ${MIN_PAGES}+ pages, at least as often as capitalised.
 */
export const COMMON_DE = new Set<string>(${JSON.stringify(de.join(' '))}.split(' '));
export const COMMON_EN = new Set<string>(${JSON.stringify(en.join(' '))}.split(' '));
`;
writeFileSync(join(ROOT, 'src', 'dossier', 'propose', 'common-words.ts'), out);
console.log(`German ${de.length}, English ${en.length} words, ${out.length} bytes`);
