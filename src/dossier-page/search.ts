/**
 * Searching the dossier as the reader types: names, aliases, roles and summaries in
 * both languages, without regard to case, accents or hyphens ("selenski" finds
 * Selenskyj's "Selenski", "pjongjang" finds Pjöngjang), and the way pages are marked:
 * the matcher's own folding (`matchKey`: "Pjoengjang" is Pjöngjang, as on a page).
 * Names rank above summaries.
 */
import type { Entry, EntryKind } from '../dossier/types';
import { matchKey } from '../matching';

const PUNCTUATION = /[-‐‑–—_/.,;:!?"'„“”‚‘’«»()[\]]+/g;

/** Case, accents and punctuation away: "PJÖNGJANG" → "pjongjang". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
    .replace(PUNCTUATION, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The matcher's folding, punctuation away: "Pjöngjang" and "Pjoengjang" → "pjoengjang". */
function keyFold(text: string): string {
  return matchKey(text).replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}

/** Both ways of folding a text (the same string once where they agree). */
function folds(text: string): string[] {
  return [...new Set([fold(text), keyFold(text)])];
}

export interface SearchHit {
  entry: Entry;
  score: number;
}

interface Indexed {
  entry: Entry;
  names: string[];
  text: string;
}

export class DossierSearch {
  private readonly items: Indexed[];

  constructor(entries: readonly Entry[], notes: ReadonlyMap<string, string> = new Map()) {
    this.items = entries.map((entry) => ({
      entry,
      names: [entry.name.de, entry.name.en, ...entry.aliases].flatMap(folds),
      text: folds(
        [entry.role.de, entry.role.en, entry.summary.de, entry.summary.en, notes.get(entry.id) ?? ''].join(' '),
      ).join(' | '),
    }));
  }

  /** Every entry matching all words of `query` (and of `kind`, if given), best first. */
  search(query: string, kind?: EntryKind): SearchHit[] {
    // Every word of the query, read either way of folding.
    const readings = folds(query).map((q) => q.split(' ').filter(Boolean));
    const hits: SearchHit[] = [];
    for (const item of this.items) {
      if (kind && item.entry.kind !== kind) continue;
      const score = Math.max(...readings.map((words) => queryScore(item, words)));
      if (score < 0) continue;
      hits.push({ entry: item.entry, score: score + item.entry.importance });
    }
    return hits.sort((a, b) => b.score - a.score || a.entry.name.de.localeCompare(b.entry.name.de, 'de'));
  }
}

/** The score of an entry for all words of one reading of the query; -1 when a word is missing. */
function queryScore(item: Indexed, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    const s = wordScore(item, word);
    if (s === 0) return -1;
    score += s;
  }
  return score;
}

function wordScore(item: Indexed, word: string): number {
  let best = 0;
  for (const name of item.names) {
    if (name === word) return 100;
    if (name.startsWith(word)) best = Math.max(best, 60);
    else if (name.split(' ').some((part) => part.startsWith(word))) best = Math.max(best, 40);
    else if (name.includes(word)) best = Math.max(best, 20);
  }
  if (best > 0) return best;
  return item.text.includes(word) ? 5 : 0;
}

/** One place an article's text contains the query, with the words around it. */
export interface ArticleHit {
  article: string;
  /** The article's own text: before, the match itself (verbatim, for marking it), after. */
  before: string;
  match: string;
  after: string;
}

/** Characters of context each side of a hit. */
const CONTEXT = 60;

/**
 * Full-text search over the articles' text (case and accents ignored): every place
 * the whole query occurs, at most `perArticle` per article, in the article's order.
 */
export function searchArticles(
  articles: readonly { id: string; text: string }[],
  query: string,
  perArticle = 3,
): ArticleHit[] {
  const needle = foldKeepingLength(query.trim());
  if (needle.length < 2) return [];
  const hits: ArticleHit[] = [];
  for (const article of articles) {
    // Folded with the same length as the text, so an index in one is an index in the other.
    const haystack = foldKeepingLength(article.text);
    let from = 0;
    let found = 0;
    while (found < perArticle) {
      const at = haystack.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      const start = Math.max(0, article.text.lastIndexOf(' ', Math.max(0, at - CONTEXT)) + 1);
      const stop = article.text.indexOf(' ', Math.min(article.text.length, end + CONTEXT));
      hits.push({
        article: article.id,
        before: (start > 0 ? '… ' : '') + article.text.slice(start, at),
        match: article.text.slice(at, end),
        after: article.text.slice(end, stop < 0 ? undefined : stop) + (stop < 0 ? '' : ' …'),
      });
      found++;
      from = end;
    }
  }
  return hits;
}

/** Lower case without accents, one character for one: indices stay those of the original text. */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const char of text) {
    const plain = char
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    // A character that folds to several (or none) keeps its place with one stand-in.
    out += plain.length === char.length ? plain : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  }
  return out;
}
