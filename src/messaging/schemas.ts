/**
 * One valibot schema per message channel: what the background accepts from content
 * scripts and extension pages, what a content script accepts from the extension, and what
 * the popup accepts from the background. Receivers parse with these; the request types in
 * protocol.ts are derived from them, so a type and its check cannot drift apart. Sizes are
 * bounded: a message larger than any page or dossier has is refused, not processed.
 */
import * as v from 'valibot';
import type { ReaderChange } from '../storage/reader-changes';

/** More ids or counts than any page or dossier has. */
export const MAX_LIST = 10_000;
/** More stories than a reader keeps. */
export const MAX_STORIES = 1_000;

const id = v.pipe(v.string(), v.maxLength(500));
const ids = v.pipe(v.array(id), v.maxLength(MAX_LIST));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const pageEntryCountSchema = v.object({ entry: id, count });
const pageEntryCounts = v.pipe(v.array(pageEntryCountSchema), v.maxLength(MAX_LIST));

export const tabRelevanceSchema = v.object({
  about: v.pipe(v.array(id), v.maxLength(MAX_STORIES)),
  everything: v.boolean(),
});

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Content script / pages → background. */
export const backgroundRequestSchema = v.variant('type', [
  v.object({ type: v.literal('getMatchIndex') }),
  /** The full content script's start: index and settings in one answer. */
  v.object({ type: v.literal('getPageStart') }),
  v.object({ type: v.literal('getEntries'), ids }),
  v.object({ type: v.literal('reportPageMentions'), entries: pageEntryCounts }),
  v.object({ type: v.literal('openDossier'), entry: v.optional(id) }),
  /** Dossier and options pages: the change itself is checked field by field by reader-changes.ts. */
  v.object({ type: v.literal('changeDossier'), change: v.custom<ReaderChange>(isObject) }),
  /** Popup: what a briefing on these entries is composed from. */
  v.object({ type: v.literal('getBriefingInputs'), ids }),
  /** The top frame's page decision changed: passed on to every frame of the tab. */
  v.object({ type: v.literal('reportPageRelevance'), ...tabRelevanceSchema.entries }),
  /** A frame asks for its tab's decision (the top frame's). */
  v.object({ type: v.literal('getTabRelevance') }),
  /** A frame's pre-check found something that may be a mention: the full content script, into that frame. */
  v.object({ type: v.literal('loadPageScript') }),
  /** The full content script wants its first card: the card script, into that frame. */
  v.object({ type: v.literal('loadCard') }),
]);

/** The extension (popup, background) → a tab's content script. */
export const tabRequestSchema = v.variant('type', [
  /** `forBadge`: only the count is wanted (the background after a navigation), not the popup's whole picture. */
  v.object({ type: v.literal('getPageMentions'), forBadge: v.optional(v.boolean()) }),
  v.object({ type: v.literal('revealMention'), entry: id }),
  /** The keyboard command: move to the next or previous mention and open its card. */
  v.object({ type: v.literal('stepMention'), direction: v.picklist([1, -1]) }),
  /** Popup: mark everything on this page (or stop), whatever the page decision. */
  v.object({ type: v.literal('markEverything'), on: v.boolean() }),
  /** Background → top frame: the page decision, for a frame that asks. */
  v.object({ type: v.literal('getPageRelevance') }),
  /** Background → every frame: the top frame's decision changed. */
  v.object({ type: v.literal('tabRelevance'), ...tabRelevanceSchema.entries }),
]);

/** Background → extension pages (the open popup): a tab's content script reported new counts. */
export const pageMentionsChangedSchema = v.object({
  type: v.literal('pageMentionsChanged'),
  tabId: v.pipe(v.number(), v.integer()),
  entries: pageEntryCounts,
});

/** The value if it is a well-formed message of the channel, else null. */
export function parseMessage<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : null;
}
