/**
 * The curated catalog: the human-written part of the dossier. The builder turns it
 * (plus the articles) into a `Dossier`; everything derivable (evidence, mentions,
 * sources union, joined summaries) is left to the builder.
 */
import type { CitedSentence, Dispute, EntryKind, EventAnchor, Fact, Localized, MatchRules, Tier } from './types';

export interface CatalogEntry {
  id: string;
  kind: EntryKind;
  name: Localized;
  role: Localized;
  /** Full names that link anywhere: spellings, transliterations, English forms. */
  aliases: string[];
  /** Rules for aliases that need support; those aliases are listed here only. */
  match?: MatchRules;
  /** 2–3 sentences, each grounded in quotes. */
  summary: CitedSentence[];
  facts: Fact[];
  disputes?: Dispute[];
  related: string[];
  importance: 1 | 2 | 3;
  /**
   * The tier where it is not left to the rule (src/dossier/build/tiers.ts): an override in
   * catalog/tiers.ts, or the tier a rebuilt dossier already had.
   */
  tier?: Tier;
  /**
   * Why the spotter finds this entry in none of the bundled articles (an entry that
   * never links must say why it is in the dossier at all).
   */
  noMention?: string;
}

/** A dated event for the timeline, written by hand and grounded like everything else. */
export interface CatalogEvent {
  /** Stable key, for relations between events ("ev-putin-visit"). */
  id?: string;
  date: string;
  /**
   * Where a relation word in one of its quotes ("bereits zuvor", "erst kürzlich") points
   * to another event than the one cited just before it in the same article.
   */
  anchors?: EventAnchor[];
  text: Localized;
  entries: string[];
  sources: { article: string; quote: string }[];
}
