/**
 * Typed messages between the extension's contexts. Every request names its
 * response type here, so a sender cannot forget what it gets back.
 */
import type { Entry, EntryKind, Localized, Tier, TimelineEvent } from '../dossier/types';
import type { AliasSet } from '../matching/types';
import type { Settings } from '../settings/settings';
import type { Place, StoryProfile } from '../relevance/page-relevance';
import type * as v from 'valibot';
import type { ReaderChangeResult } from '../storage/reader-changes';
import type { AnnotatedEntry } from '../storage/reader-rules';
import type {
  backgroundRequestSchema,
  pageEntryCountSchema,
  pageMentionsChangedSchema,
  tabRelevanceSchema,
  tabRequestSchema,
} from './schemas';

/** What a content script needs to spot mentions: sent once per page. */
export interface MatchIndex {
  /** Changes whenever the dossier (bundled or the reader's own) changes. */
  version: string;
  aliasSets: AliasSet[];
  /** The alias sets' trie, packed once here (`packTrie`): a page reads it instead of compiling. */
  trie?: string;
  kinds: Record<string, EntryKind>;
  /** Names of every entry, so a card shows related entries without a round trip. */
  names: Record<string, Localized>;
  /** What a source chip shows of each article. */
  articles: Record<string, ArticleLabel>;
  /** The stories, each with its entries' tiers: what a page is judged against. */
  stories: StoryProfile[];
}

export interface ArticleLabel {
  title: string;
  outlet?: string;
  date?: string;
}

/** One entry found on a page, as the content script reports it. */
export type PageEntryCount = v.InferOutput<typeof pageEntryCountSchema>;

/** Content script / pages → background (schemas.ts checks them). */
export type BackgroundRequest = v.InferOutput<typeof backgroundRequestSchema>;

/** The dossier material for the popup's briefing on some entries. */
export interface BriefingInputs {
  entries: Entry[];
  /** Timeline events that involve at least one of the entries, in dossier order. */
  timeline: TimelineEvent[];
  /** Every article the dossier knows, as a source chip shows it. */
  articles: Record<string, ArticleLabel>;
}

/**
 * What the full content script starts with, in one piece: the index and the settings.
 * Chrome's background hands it over with the script; elsewhere the script asks for it
 * (`getPageStart`): one round trip.
 */
export interface PageStart {
  index: MatchIndex;
  settings: Settings;
}

export interface BackgroundResponses {
  getMatchIndex: MatchIndex;
  getPageStart: PageStart;
  /** With the reader's note and the evidence from the reader's own articles. */
  getEntries: AnnotatedEntry[];
  changeDossier: ReaderChangeResult;
  reportPageMentions: null;
  openDossier: null;
  getBriefingInputs: BriefingInputs;
  reportPageRelevance: null;
  getTabRelevance: TabRelevance;
  loadPageScript: null;
  loadCard: null;
}

/** A tab's page decision, as its frames follow it: which stories the top document is about, and whether the reader asked to mark everything. */
export type TabRelevance = v.InferOutput<typeof tabRelevanceSchema>;

/** Why the page counts as about a story or not: for the popup. */
export interface StoryVerdict {
  id: string;
  name: Localized;
  about: boolean;
  score: number;
  /** The story's entries on the page, most telling first. */
  evidence: { entry: string; name: Localized; tier: Tier; place: Place; count: number }[];
}

export interface PageRelevance extends TabRelevance {
  stories: StoryVerdict[];
  /** Mentions found but not marked because the page is not about their story. */
  withheld: number;
}

/** Background → extension pages (the open popup): a tab's content script reported new counts. */
export type PageMentionsChanged = v.InferOutput<typeof pageMentionsChangedSchema>;

/** The extension → a tab's content script (schemas.ts checks them). */
export type TabRequest = v.InferOutput<typeof tabRequestSchema>;

export interface PageMentions {
  url: string;
  title: string;
  /** False when the reader switched Kontext off (globally or for this site). */
  active: boolean;
  entries: PageEntryCount[];
  /** Entries mentioned in the page's headline (first h1) or lead (first real paragraph after it). */
  lead?: string[];
  /** Whether the page is about a story, and why; absent while Kontext is off on the page. */
  relevance?: PageRelevance;
}

export interface TabResponses {
  getPageMentions: PageMentions;
  revealMention: boolean;
  stepMention: boolean;
  markEverything: boolean;
  getPageRelevance: TabRelevance;
  tabRelevance: null;
}

export type RequestOf<R extends { type: string }, T extends R['type']> = Extract<R, { type: T }>;
