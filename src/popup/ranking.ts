/**
 * Which entries of a page matter most: pure, so the popup's order is testable and
 * the same for the same page. Relevance grows with the mention count (slower than
 * linearly), with a mention in the headline or lead, and with the dossier's importance.
 */
import type { Entry, EntryKind, Lang } from '../dossier/types';
import type { PageEntryCount } from '../messaging/protocol';
import { localized } from '../ui/i18n';

export interface RankedEntry {
  entry: Entry;
  count: number;
  /** Mentioned in the page's headline or lead. */
  inLead: boolean;
  score: number;
}

export interface KindGroup {
  kind: EntryKind;
  entries: RankedEntry[];
}

/** Bonus for a mention in the headline or lead: worth about as much as the next step in importance, twice. */
const LEAD_BONUS = 2;

export function relevance(count: number, inLead: boolean, importance: number): number {
  return 2 * Math.log2(1 + Math.max(0, count)) + (inLead ? LEAD_BONUS : 0) + importance;
}

/**
 * The page's entries, most relevant first. Entries the dossier no longer has are left
 * out. Ties fall to the count, then the name, then the id: the order never depends on
 * the order of the report.
 */
export function rankEntries(
  found: readonly PageEntryCount[],
  entries: ReadonlyMap<string, Entry>,
  lead: Iterable<string>,
  lang: Lang,
): RankedEntry[] {
  const inLead = new Set(lead);
  const ranked: RankedEntry[] = [];
  for (const { entry: id, count } of found) {
    const entry = entries.get(id);
    if (!entry || count <= 0) continue;
    const leads = inLead.has(id);
    ranked.push({ entry, count, inLead: leads, score: relevance(count, leads, entry.importance) });
  }
  const collator = new Intl.Collator(lang);
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.count - a.count ||
      collator.compare(localized(a.entry.name, lang), localized(b.entry.name, lang)) ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
}

/** Groups by kind, keeping the rank order inside each group; a group comes where its best entry ranks. */
export function groupByKind(ranked: readonly RankedEntry[]): KindGroup[] {
  const groups = new Map<EntryKind, RankedEntry[]>();
  for (const item of ranked) {
    const group = groups.get(item.entry.kind);
    if (group) group.push(item);
    else groups.set(item.entry.kind, [item]);
  }
  return [...groups].map(([kind, entries]) => ({ kind, entries }));
}

/**
 * What the list shows: the `limit` most relevant entries (grouped), or all of them when
 * only a few would be hidden, since a "more" button for one or two rows saves nothing.
 */
export function visibleEntries(ranked: readonly RankedEntry[], limit: number, expanded: boolean): RankedEntry[] {
  if (expanded || ranked.length <= limit + 2) return [...ranked];
  return ranked.slice(0, limit);
}
