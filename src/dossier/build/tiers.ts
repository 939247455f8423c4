/**
 * The relevance tier of each entry, by one stated rule (docs/relevance.md):
 *
 *   An entry is *background* when Kontext would mark it on at least
 *   `BACKGROUND_SHARE` of ordinary news pages (pages of a general news corpus that
 *   are not about the story), or when one of its names is a country, a capital or a
 *   continent in a standard list; otherwise it is *story*.
 *
 * "Would mark" is measured with the real matcher and its document rules, each corpus
 * page one document, so the figure is exactly what a reader would see without the
 * relevance rules: *Deutschland*, *USA*, *UN*, *dpa* are marked on many ordinary pages,
 * *Kursk*, *KCNA* or *Artikel 4* on next to none. The catalog may override the rule
 * (catalog/tiers.ts), each override with its reason. Pure: no fs, no browser API.
 */
import { compileMatcher, type AliasSet } from '../../matching';
import type { Tier } from '../types';

/**
 * Marked on at least one in 250 ordinary news pages: common beyond the story. The corpus
 * is mostly not about world politics (sport, culture, business, local news), so a name
 * that turns up there at all is one readers meet everywhere; the story's own names
 * (Kursk, KCNA, Gerassimow, Artikel 4) are marked on none of its 240 pages.
 */
export const BACKGROUND_SHARE = 0.004;

/** On how many pages of a general news corpus each entry would be marked. */
export interface NameCommonness {
  /** Pages in the corpus. */
  documents: number;
  /** Entry id → pages on which it would be marked (entries never marked are absent). */
  entries: Record<string, number>;
  /** Entry id → the standard list that names it ("country: Russia", "capital: Moscow"). */
  listed?: Record<string, string>;
}

/** A standard list of general names: countries, capitals, continents. */
export interface NameList {
  /** What the list holds, for the record: "country", "capital", "continent". */
  label: string;
  names: readonly string[];
}

export interface TierOverride {
  tier: Tier;
  /** Why the rule's answer is not the right one for this entry. */
  why: string;
}

/** Measures `NameCommonness` over corpus pages (each page's text, blocks split at line breaks). */
export function measureCommonness(sets: readonly AliasSet[], pages: readonly string[]): NameCommonness {
  const matcher = compileMatcher(sets);
  const entries: Record<string, number> = {};
  for (const page of pages) {
    const found = new Set<string>();
    for (const block of matcher.scanDocument(page.split('\n'))) for (const m of block) found.add(m.entry);
    for (const id of found) entries[id] = (entries[id] ?? 0) + 1;
  }
  const sorted = Object.fromEntries(
    Object.keys(entries)
      .sort()
      .map((id) => [id, entries[id]!]),
  );
  return { documents: pages.length, entries: sorted };
}

/**
 * Entries one of whose names (full, short or generic) is on a standard list, compared as the matcher compares
 * (case, umlauts, dashes folded): "Russland"/"Russia" is a country, "Moscow" a capital.
 */
export function listedNames(
  sets: readonly AliasSet[],
  lists: readonly NameList[],
  fold: (text: string) => string,
): Record<string, string> {
  const known = new Map<string, string>();
  for (const list of lists)
    for (const name of list.names) if (!known.has(fold(name))) known.set(fold(name), `${list.label}: ${name}`);
  const out: Record<string, string> = {};
  for (const set of [...sets].sort((a, b) => (a.entry < b.entry ? -1 : 1))) {
    const all = [...set.names, ...(set.short ?? []), ...(set.generic ?? [])];
    const hit = all.map((name) => known.get(fold(name))).find((x) => x !== undefined);
    if (hit) out[set.entry] = hit;
  }
  return out;
}

/** The share of corpus pages on which an entry would be marked. */
export function commonnessShare(commonness: NameCommonness, entry: string): number {
  return commonness.documents > 0 ? (commonness.entries[entry] ?? 0) / commonness.documents : 0;
}

/**
 * The tier of one entry: a fixed tier (override, or carried over from an earlier build)
 * wins; else the rule on the measured commonness; an entry nobody measured (the reader's
 * own, a rebuilt dossier without the corpus) is `story`.
 */
export function tierOf(entry: string, fixed: Tier | undefined, commonness: NameCommonness | undefined): Tier {
  if (fixed !== undefined) return fixed;
  if (commonness === undefined) return 'story';
  if (commonness.listed?.[entry] !== undefined) return 'background';
  return commonnessShare(commonness, entry) >= BACKGROUND_SHARE ? 'background' : 'story';
}
