import type { MatchRules } from '../dossier/types';
import type { AliasSet } from './types';

/**
 * The matcher's view of a dossier entry or a catalog entry. A dossier Entry lists every
 * form in `aliases`; a catalog entry lists full names there and the rest under `match`.
 * Either way the full names are the aliases that are neither short nor generic.
 */
export function aliasSetFor(entry: { id: string; aliases: string[]; match?: MatchRules }): AliasSet {
  const rules = cleanMatchRules(entry.match);
  const restricted = new Set([...(rules.short ?? []), ...(rules.generic ?? [])]);
  return { entry: entry.id, names: unique(entry.aliases.filter((a) => !restricted.has(a))), ...rules };
}

/** Match rules with each list once per form and empty lists left out (the builder stores them so too). */
export function cleanMatchRules(m: MatchRules | undefined): MatchRules {
  const out: MatchRules = {};
  if (m?.short?.length) out.short = unique(m.short);
  if (m?.generic?.length) out.generic = unique(m.generic);
  if (m?.context?.length) out.context = unique(m.context);
  if (m?.caseSensitive?.length) out.caseSensitive = unique(m.caseSensitive);
  if (m?.blockers?.length) out.blockers = unique(m.blockers);
  return out;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
