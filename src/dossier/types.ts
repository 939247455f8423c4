/**
 * The dossier JSON contract. Other tools read this shape: fields may be added,
 * never renamed. `quote` is always a verbatim substring of `articles[].text`.
 */

export const DOSSIER_SCHEMA_VERSION = 1;

export const ENTRY_KINDS = ['person', 'place', 'organisation', 'document', 'event', 'group', 'concept'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export type Lang = 'de' | 'en';

/**
 * How specific an entry is to its story (docs/relevance.md). A *story* entry belongs to the
 * story wherever it appears (Kursk, KCNA, Artikel 4); a *background* entry's names are
 * common in all news (countries, capitals, the UN, news agencies, widely known people), so
 * it is marked only on pages about the story.
 */
export const TIERS = ['story', 'background'] as const;
export type Tier = (typeof TIERS)[number];

/** A story: what a set of articles and entries is about. */
export interface Story {
  id: string;
  name: Localized;
}

/** Text in both UI languages. */
export interface Localized {
  de: string;
  en: string;
}

/** A pointer to the exact words of an article that a claim rests on. */
export interface SourceRef {
  article: string;
  quote: string;
}

export interface Article {
  id: string;
  title: string;
  outlet?: string;
  /** ISO 8601, as precise as the text allows: `2025-04-28`, `2025-04` or absent. */
  date?: string;
  /** Place line at the start of the text ("Düsseldorf"), where it has one. */
  dateline?: string;
  /**
   * For an article the text dates only loosely: the first and last date (ISO, as precise
   * as the text allows) it can have been written on. `basis.date` says why. Events it
   * reports as news, with no date of their own, sort inside this range.
   */
  dateRange?: { from: string; to: string };
  language: Lang;
  text: string;
  /** Where each metadata value comes from (the text never names a URL or author). */
  basis?: Record<string, string>;
  /** The page's canonical address, where the reader added it from a page that states one. */
  url?: string;
  /** The author(s) as the page names them. */
  author?: string;
  /** Present for articles the reader added in the extension. */
  addedByReader?: boolean;
  /** The reader's story an article the reader added belongs to (its id). */
  story?: string;
}

export interface Fact {
  text: { de: string; en?: string };
  /** ISO 8601 date (or year-month / year) the fact is about. */
  date?: string;
  sources: SourceRef[];
}

/**
 * An evidence sentence. Near-identical sentences in other articles are merged into
 * it; `also` keeps their sources.
 */
export interface EvidenceRef extends SourceRef {
  also?: SourceRef[];
}

/** One side of a dispute, attributed to whoever makes the claim. */
export interface Claim {
  /** Who makes the claim, in German (the field predates the English one). */
  by: string;
  /** Who makes the claim, in English. Absent only in dossiers built before it existed: the UI then shows `by`. */
  byEn?: string;
  text: Localized;
  sources: SourceRef[];
}

export interface Dispute {
  topic: Localized;
  claims: Claim[];
}

/** A summary sentence with the quotes it rests on. */
export interface CitedSentence {
  de: string;
  en: string;
  sources: SourceRef[];
}

/**
 * How an entry's aliases may link on a page. Everything in `aliases` that is not
 * listed under `short` or `generic` is a full name that links anywhere.
 */
export interface MatchRules {
  /** Link only after one of the entry's full names appeared earlier in the document ("Kim", "Austin"). */
  short?: string[];
  /** Link only when the document also mentions one of `context` ("Rom", "Artikel 4"). */
  generic?: string[];
  /** Entry ids whose mention supports this entry's generic aliases. */
  context?: string[];
  /** Aliases matched with exact case because their lower-case form is a common word (acronyms). */
  caseSensitive?: string[];
  /**
   * Longer phrases that contain an alias but name something else ("Kim Jong Il",
   * "Melania Trump", "Austin, Texas"): where one matches, the alias inside it does not link.
   */
  blockers?: string[];
}

export interface Entry {
  id: string;
  kind: EntryKind;
  name: Localized;
  /** Every surface form: full names, short forms, generic forms, other languages. */
  aliases: string[];
  /** One line: who or what this is. */
  role: Localized;
  summary: Localized;
  /** `summary`, sentence by sentence, each with its sources. */
  summarySentences: CitedSentence[];
  facts: Fact[];
  disputes?: Dispute[];
  related: string[];
  /** Sentences from the articles that mention the entry, merged and ranked. */
  evidence: EvidenceRef[];
  /** Union of every source cited by the summary, facts and disputes. */
  sources: SourceRef[];
  match: MatchRules;
  /** 1 (background) to 3 (central to the dossier); used for ranking. */
  importance: 1 | 2 | 3;
  /** Relevance tier; absent in dossiers built before tiers existed, which counts as `story`. */
  tier?: Tier;
  /** Mention count per article id. */
  mentions: Record<string, number>;
}

/** A relation word in an event's quote and the event it points to. */
export interface EventAnchor {
  /** The relation words as they stand in the quote's sentence ("erst kürzlich"). */
  words: string;
  /** The `id` of the event they point to. */
  event: string;
}

export interface TimelineEvent {
  /** Stable key of the event, where the catalog gives one. */
  id?: string;
  /** ISO 8601, as precise as the sources allow. For a season, the year it starts in. */
  date: string;
  /** How precise `date` is; `season` says which part of the year. */
  precision?: 'day' | 'month' | 'season' | 'year';
  season?: 'spring' | 'summer' | 'autumn' | 'winter';
  text: Localized;
  entries: string[];
  sources: SourceRef[];
  /** Relation words the catalog points at a particular event (kept so a rebuild reads the same relations). */
  anchors?: EventAnchor[];
  /** An event read from a sentence of the reader's own article: `text` is that sentence, verbatim. */
  fromReader?: boolean;
}

export interface Dossier {
  schemaVersion: number;
  /** SHA-256 (hex) of the canonical JSON of everything else: same inputs, same hash. */
  hash: string;
  /** The story this dossier tells; absent in dossiers built before stories existed. */
  story?: Story;
  articles: Article[];
  entries: Entry[];
  timeline: TimelineEvent[];
}
