/**
 * Searching the dossier as the reader types: names, aliases, roles and summaries in
 * both languages, without regard to case, accents or hyphens ("selenski" finds
 * Selenskyj's "Selenski", "pjongjang" finds Pjöngjang). Names rank above summaries.
 */
import type { Entry, EntryKind } from '../dossier/types';

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\u2060]/g, '')
    .replace(/[-‐‑–—_/.,;:!?"'„“”‚‘’«»()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
      names: [entry.name.de, entry.name.en, ...entry.aliases].map(fold),
      text: fold([entry.role.de, entry.role.en, entry.summary.de, entry.summary.en, notes.get(entry.id) ?? ''].join(' ')),
    }));
  }

  /** Every entry matching all words of `query` (and of `kind`, if given), best first. */
  search(query: string, kind?: EntryKind): SearchHit[] {
    const words = fold(query).split(' ').filter(Boolean);
    const hits: SearchHit[] = [];
    for (const item of this.items) {
      if (kind && item.entry.kind !== kind) continue;
      let score = 0;
      let all = true;
      for (const word of words) {
        const s = wordScore(item, word);
        if (s === 0) {
          all = false;
          break;
        }
        score += s;
      }
      if (!all) continue;
      hits.push({ entry: item.entry, score: score + item.entry.importance });
    }
    return hits.sort(
      (a, b) => b.score - a.score || a.entry.name.de.localeCompare(b.entry.name.de, 'de'),
    );
  }
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
