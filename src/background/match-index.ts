/** The compiled-once index a content script matches with, derived from the stored entries. */
import type { Entry } from '../dossier/types';
import { aliasSetFor } from '../matching';
import type { MatchIndex } from '../messaging/protocol';

export function buildMatchIndex(entries: readonly Entry[], version: string): MatchIndex {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    version,
    aliasSets: sorted.map((entry) => aliasSetFor(entry)),
    kinds: Object.fromEntries(sorted.map((entry) => [entry.id, entry.kind])),
  };
}
