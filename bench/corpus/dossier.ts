/** The real dossier and the alias lists every contender gets: Kontext's alias sets, and flat strings for mark.js. */
import { buildMatchIndex } from '../../src/background/match-index';
import { buildDossier } from '../../src/dossier/build/index';
import { loadBundledInput } from '../../src/dossier/node/load';
import type { Dossier, EntryKind } from '../../src/dossier/types';
import type { AliasSet } from '../../src/matching/index';
import type { MatchIndex } from '../../src/messaging/protocol';

export interface BenchDossier {
  dossier: Dossier;
  /** What the background sends a content script: alias sets, kinds, names and article labels for the card. */
  matchIndex: MatchIndex;
  aliasSets: AliasSet[];
  kinds: Record<string, EntryKind>;
  /** Every alias string of every entry, deduplicated: the term list for mark.js and advanced-mark.js. */
  aliasStrings: string[];
  /** Full names (they link anywhere): what the page generator sprinkles into prose. */
  fullNames: string[];
}

export async function loadBenchDossier(): Promise<BenchDossier> {
  const dossier = await buildDossier(await loadBundledInput());
  const matchIndex = buildMatchIndex(dossier.entries, dossier.articles, 'bench');
  const { aliasSets, kinds } = matchIndex;
  const aliasStrings = [...new Set(dossier.entries.flatMap((entry) => entry.aliases))];
  const fullNames = [...new Set(aliasSets.flatMap((set) => set.names))];
  if (aliasStrings.length === 0) throw new Error('the bundled dossier has no aliases');
  return { dossier, matchIndex, aliasSets, kinds, aliasStrings, fullNames };
}
