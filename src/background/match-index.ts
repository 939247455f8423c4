/** The compiled-once index a content script matches with, derived from the stored entries. */
import type { Article, Entry } from '../dossier/types';
import { aliasSetFor } from '../matching';
import type { MatchIndex } from '../messaging/protocol';

export function buildMatchIndex(entries: readonly Entry[], articles: readonly Article[], version: string): MatchIndex {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version,
    aliasSets: sorted.map((entry) => aliasSetFor(entry)),
    kinds: Object.fromEntries(sorted.map((entry) => [entry.id, entry.kind])),
    names: Object.fromEntries(sorted.map((entry) => [entry.id, entry.name])),
    articles: Object.fromEntries(
      articles.map(({ id, title, outlet, date }) => [id, { title, ...(outlet ? { outlet } : {}), ...(date ? { date } : {}) }]),
    ),
  };
}
