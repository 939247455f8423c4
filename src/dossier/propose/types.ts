/** The proposer's contract: articles in, proposed dossier entries out. Pure data. */
import type { EntryKind, Lang } from '../types';

export interface ProposeArticle {
  id: string;
  title: string;
  text: string;
  /** Guessed from the text when absent. */
  language?: Lang;
  /** ISO 8601 (as in `Article.date`), for resolving "am Montag"; absent leaves such dates unresolved. */
  date?: string;
}

/**
 * The kinds of evidence that make a name a candidate or tell its kind; each can be switched off
 * (`ProposeOptions.disable`) to measure what it adds.
 */
export const EVIDENCE_KINDS = [
  'role', // role apposition: "Kremlsprecher Dmitri Peskow", "Lloyd Austin, the defense secretary"
  'speech', // speech attribution: "sagte Peskow", "laut KCNA", "Biden said"
  'acronym', // acronym with its expansion in parentheses: "National Intelligence Service (NIS)"
  'place', // prepositions and heads of place: "in Pjöngjang", "in der Region Kursk"
  'gazetteer', // country names in German and English (i18n-iso-countries): "Russland", "USA", "Ireland"
  'organisation', // organisation patterns: "die Nachrichtenagentur Tass", "Department of Correction"
  'document', // title phrases of documents: "Vertrag über …", "Artikel 4", "Senate Bill 10"
  'sequence', // multi-word capitalised sequences: "Marita Kramer", "Hart Island"
  'given-name', // a common first name opens the name: "Helmut Kohl", "Marco Buschmann" (@stdlib first-name lists)
  'compound', // a name as the first part of a hyphenated German compound: "Ukraine-Krieg", "Kreml-Sprecher"
  'bare', // German: a singular name without article mid-sentence ("beliefert Südkorea die Ukraine")
  'topic', // a German compound whose head names a policy or topic, used again: "Energiewende", "Kohleausstieg"
  'recurrence', // the same name in more than one article
  'common-words', // common-word lists (stopwords, general-news nouns) that demote capitalised words
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface ProposeOptions {
  /** Evidence kinds to ignore (for the ablation in `npm run eval:propose`). */
  disable?: readonly EvidenceKind[];
  /** Called after each article is read (`done` of `total` steps; the last step is merging and choosing). */
  onProgress?: (done: number, total: number) => void;
}

/** A sentence quoted verbatim from one article. */
export interface CitedQuote {
  article: string;
  quote: string;
}

export interface ProposedFact extends CitedQuote {
  /** ISO 8601, resolved by the builder's date rules from the sentence and the article date. */
  date: string;
}

export interface Proposal {
  /** A stable id made from the name. */
  id: string;
  name: string;
  kind: EntryKind;
  /** Every surface form that names it, the name first. */
  aliases: string[];
  /** Surname-only and title forms: linked only after a full name (the matcher's `short`). */
  short: string[];
  /** A verbatim phrase from the articles saying who or what it is, or null. */
  role: string | null;
  /** One to three sentences, verbatim. */
  summary: CitedQuote[];
  facts: ProposedFact[];
  /** Ids of other proposals named in the same sentences, most often first. */
  related: string[];
  /** Mentions across all articles, counted by the project's matcher. */
  mentions: number;
  /** Articles that mention it. */
  articles: number;
  /** The evidence kinds that support it. */
  evidence: EvidenceKind[];
  language: Lang;
}
