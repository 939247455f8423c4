import type { MatchRules } from '../dossier/types';
import type { AliasSet } from './types';

/**
 * The matcher's view of a dossier entry or a catalog entry. A dossier Entry lists every
 * form in `aliases`; a catalog entry lists full names there and the rest under `match`.
 * Either way the full names are the aliases that are neither short nor generic.
 */
export function aliasSetFor(entry: { id: string; aliases: string[]; match?: MatchRules }): AliasSet {
  const match = entry.match ?? {};
  const short = unique(match.short ?? []);
  const generic = unique(match.generic ?? []);
  const restricted = new Set([...short, ...generic]);
  const set: AliasSet = { entry: entry.id, names: unique(entry.aliases.filter((a) => !restricted.has(a))) };
  if (short.length) set.short = short;
  if (generic.length) set.generic = generic;
  if (match.context?.length) set.context = unique(match.context);
  if (match.caseSensitive?.length) set.caseSensitive = unique(match.caseSensitive);
  if (match.blockers?.length) set.blockers = unique(match.blockers);
  return set;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
