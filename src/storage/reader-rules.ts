/**
 * The rules of the reader's data, pure: what a reader's article, entry or story must be,
 * how the reader's articles merge into the base dossier, and what each story holds (its
 * articles, entries and timeline) and marks. `DossierStore` (dossier-store.ts) applies them.
 */
import { isHttpUrl } from '../article/url';
import { coded, ReaderError, type CodedError } from '../errors';
import { buildDossier, inputFromDossier } from '../dossier/build';
import { isoBound } from '../dossier/build/dates';
import { parseIsoDate } from '../dossier/iso-date';
import { readerEvents } from '../dossier/build/reader-timeline';
import { QuoteIndex, showQuote } from '../dossier/build/validate';
import {
  ENTRY_KINDS,
  type Article,
  type Dossier,
  type Entry,
  type EntryKind,
  type EvidenceRef,
  type Lang,
  type Localized,
  type SourceRef,
  type Story,
  type TimelineEvent,
} from '../dossier/types';
import { MAX_ARTICLE_CHARS } from '../limits';
import { aliasSetFor, compileMatcher, matchKey } from '../matching';
import type { ExportedStory } from '../import-export/schema';
import type { BundledMeta, Note, StoredStory } from './db';
import { scanArticles, withOwnFindings } from './own-evidence';

/** The reader's own data, as exported. */
export interface OwnData {
  articles: Article[];
  entries: Entry[];
  notes: Note[];
  hidden: string[];
}

export interface StoredState {
  meta: BundledMeta | undefined;
  /** The effective dossier: base articles and the first story's reader articles, merged entries, timeline. */
  dossier: Dossier;
  /** The reader's data; `articles` are all the reader's articles, of every story (each names its `story`). */
  own: OwnData;
}

/** Everything stored: the dossier, the reader's data and the reader's stories. */
export interface ReaderState extends StoredState {
  /** The reader's stories, the first (`bundled`) first. */
  stories: StoredStory[];
}

export const OWN_ENTRY_PREFIX = 'own-';
export const OWN_ARTICLE_PREFIX = 'own-article-';
export const OWN_STORY_PREFIX = 'story-';

/**
 * An entry as the card gets it: with the reader's note, the evidence from the reader's
 * articles, and the stories it belongs to where the reader follows more than one.
 */
export type AnnotatedEntry = Entry & { note?: string; readerEvidence?: EvidenceRef[]; stories?: Story[] };

/** Why a reader action was refused: a coded error (src/errors.ts), worded by the page. */
export class ReaderDataError extends ReaderError {
  constructor(
    coded: CodedError,
    /** The builder's problems, technical and in English: the detail under `dossierWouldNotBuild`. */
    readonly problems: string[] = [],
  ) {
    super(coded);
    this.name = 'ReaderDataError';
  }
}

/** The base dossier rebuilt with the reader's articles. */
export async function withReaderArticles(base: Dossier, own: readonly Article[]): Promise<Dossier> {
  if (own.length === 0) return base;
  const input = inputFromDossier(base);
  const articles = [
    ...input.articles.filter((a) => !a.addedByReader),
    ...own.map((a) => ({ ...a, addedByReader: true })),
  ];
  return buildDossier({ ...input, articles });
}

/**
 * The base alone: a dossier without the reader's articles, rebuilt — so an imported
 * dossier is checked by the builder (every quote verbatim, every id known) and its hash is its own.
 */
export async function baseOf(effective: Dossier): Promise<Dossier> {
  const input = inputFromDossier(effective);
  return buildDossier({ ...input, articles: input.articles.filter((a) => !a.addedByReader) });
}

export interface NewArticle {
  title: string;
  outlet?: string;
  date?: string;
  language: Lang;
  text: string;
  /** The page's canonical address: adding the same address again updates that article. */
  url?: string;
  author?: string;
}

export interface OwnEntryInput {
  /** Present when editing an existing own entry. */
  id?: string;
  name: string;
  aliases: string[];
  kind: EntryKind;
  note?: string;
  /** A role line (an accepted proposal's verbatim phrase). */
  role?: string;
  /** Summary sentences, each a verbatim quote of a stored article (an accepted proposal's). */
  summary?: SourceRef[];
  /** Of the aliases: surnames and the like, linked only after a full name (the matcher's `short`). */
  short?: string[];
  /** Of the aliases: acronyms matched with exact case ("WHO" is not "who"). */
  caseSensitive?: string[];
}

/** The entries an article mentions, most mentioned first. */
export function entriesMentioning(dossier: Dossier, articleId: string): string[] {
  return dossier.entries
    .filter((e) => (e.mentions[articleId] ?? 0) > 0)
    .sort((a, b) => (b.mentions[articleId] ?? 0) - (a.mentions[articleId] ?? 0))
    .map((e) => e.id);
}

/** Checks a pasted article; returns it cleaned, or throws a `ReaderDataError`. */
export function checkNewArticle(input: NewArticle): NewArticle {
  const title = input.title.trim();
  const text = input.text.replace(/\r\n?/g, '\n').trim();
  const outlet = input.outlet?.trim() || undefined;
  const date = input.date?.trim() || undefined;
  if (!title) throw new ReaderDataError(coded('articleNoTitle'));
  if (!text) throw new ReaderDataError(coded('articleNoText'));
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ReaderDataError(coded('articleTooLong', { max: MAX_ARTICLE_CHARS }));
  }
  if (date !== undefined && !parseIsoDate(date)) {
    throw new ReaderDataError(coded('articleBadDate', { date }));
  }
  const url = input.url?.trim() || undefined;
  if (url !== undefined && !isHttpUrl(url)) {
    throw new ReaderDataError(coded('articleBadUrl', { url }));
  }
  const author = input.author?.trim() || undefined;
  const language: Lang = input.language === 'en' ? 'en' : 'de';
  return {
    title,
    text,
    language,
    ...(outlet ? { outlet } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
  };
}

/**
 * An own entry as a dossier entry. Typed by hand it has no summary (the reader's note says what it is);
 * accepted from a proposal it has the proposal's role phrase and summary sentences, verbatim quotes in
 * the articles' own language, so both language fields carry the same words.
 */
export function ownEntry(id: string, input: OwnEntryInput): Entry {
  const name = input.name.trim();
  const role = input.role?.trim() ?? '';
  const sentences = (input.summary ?? []).map(({ article, quote }) => ({
    de: quote,
    en: quote,
    sources: [{ article, quote }],
  }));
  const aliases = [...new Set([name, ...input.aliases.map((a) => a.trim()).filter(Boolean)])];
  // Match rules only for names the entry has; the name itself is never a short form.
  const rule = (list: readonly string[] | undefined) =>
    [...new Set((list ?? []).map((a) => a.trim()))].filter((a) => aliases.includes(a));
  const short = rule(input.short).filter((a) => a !== name);
  const caseSensitive = rule(input.caseSensitive);
  return {
    id,
    kind: input.kind,
    name: { de: name, en: name },
    aliases,
    role: { de: role, en: role },
    summary: { de: sentences.map((x) => x.de).join(' '), en: sentences.map((x) => x.en).join(' ') },
    summarySentences: sentences,
    facts: [],
    related: [],
    evidence: [],
    sources: [],
    match: { ...(short.length ? { short } : {}), ...(caseSensitive.length ? { caseSensitive } : {}) },
    importance: 1,
    // The reader named it: it belongs to the story wherever it appears.
    tier: 'story',
    mentions: {},
  };
}

/** A note for an entry that has one: the old text stays, a different new one follows on its own line. */
export function withAddedNote(old: string | undefined, added: string | undefined): string | undefined {
  const text = added?.trim() ?? '';
  if (!old) return text || undefined;
  return !text || old.includes(text) ? old : `${old}\n${text}`;
}

/** Problems with an own entry's names: empty, markup, or a name another entry already has. */
export function ownEntryProblems(entry: Entry, others: readonly Entry[]): CodedError | null {
  if (!entry.name.de.trim()) return coded('entryNoName');
  if (!(ENTRY_KINDS as readonly string[]).includes(entry.kind)) return coded('entryUnknownKind');
  for (const alias of entry.aliases) {
    if (/[<>]/.test(alias)) return coded('aliasMarkup', { alias });
    if (alias.length > 200) return coded('aliasTooLong', { alias: alias.slice(0, 40) });
  }
  const keys = new Map<string, Entry>();
  for (const other of others) {
    if (other.id === entry.id) continue;
    for (const alias of other.aliases) keys.set(matchKey(alias), other);
  }
  for (const alias of entry.aliases) {
    const key = matchKey(alias);
    if (key === '') return coded('aliasNotAName', { alias });
    const taken = keys.get(key);
    if (taken) return coded('aliasTaken', { alias, entry: taken.name });
  }
  return null;
}

/**
 * A name the reader types that pages would never show marked ("#MeToo", ".NET"): refused when an
 * entry is saved, so the form says so at once. Imports keep such names (a backup restores as it was).
 */
export function unfindableAliasProblem(entry: Entry): CodedError | null {
  const unfindable = entry.aliases.find((alias) => !findsItself(entry, alias));
  return unfindable === undefined ? null : coded('aliasNotFindable', { alias: unfindable });
}

/**
 * Whether the matcher finds an alias of the entry in a plain sentence that names it after the full
 * name (short forms count only after it).
 */
function findsItself(entry: Entry, alias: string): boolean {
  const text = `Es geht um ${entry.name.de}. Dann um ${alias}, sagte sie.`;
  const at = text.lastIndexOf(alias);
  const found = compileMatcher([aliasSetFor(entry)]).scanDocument([text])[0] ?? [];
  return found.some((m) => m.start <= at && m.end >= at + alias.length);
}

/**
 * Problems with an own entry's summary: every sentence must be the exact words of a stored article
 * (the builder's grounding rule, with its quote finder), so an own entry stays "built from the articles".
 */
export function ownSummaryProblems(entry: Entry, articles: readonly Article[]): CodedError | null {
  const quotes = new QuoteIndex(articles);
  for (const sentence of entry.summarySentences) {
    for (const source of sentence.sources) {
      if (!quotes.hasArticle(source.article) || !source.quote.trim() || !quotes.locate(source))
        return coded('summaryNotQuoted', { quote: showQuote(source.quote) });
    }
  }
  return null;
}

/** An own entry without the summary sentences that quote an article (which the reader removed). */
export function withoutArticle(entry: Entry, articleId: string): Entry {
  const sentences = entry.summarySentences.filter((x) => !x.sources.some((src) => src.article === articleId));
  return {
    ...entry,
    summarySentences: sentences,
    summary: { de: sentences.map((x) => x.de).join(' '), en: sentences.map((x) => x.en).join(' ') },
  };
}

export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'eintrag'
  );
}

/** What an import brings: a dossier (base plus the reader's articles) and the reader's own data. */
export interface ImportPayload {
  dossier: Dossier;
  own: Omit<OwnData, 'articles'>;
  /** The reader's stories, in a file written since stories exist. */
  stories?: ExportedStory[];
  /** `story-pack`: one story, never the whole dossier. */
  kind?: 'story-pack';
}

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  /** `story`: a story pack, imported as a new story. */
  mode: ImportMode | 'story';
  /** False when merging kept the current dossier although the file's base differs. */
  baseTaken: boolean;
  articles: number;
  entries: number;
  notes: number;
  hidden: number;
}

export function mergeById<T extends { id: string }>(mine: readonly T[], theirs: readonly T[]): T[] {
  return mergeBy(mine, theirs, (x) => x.id);
}

export function mergeBy<T>(mine: readonly T[], theirs: readonly T[], key: (x: T) => string): T[] {
  const out = new Map(mine.map((x) => [key(x), x]));
  for (const x of theirs) out.set(key(x), x);
  return [...out.values()];
}

/**
 * The reader's stories after a merge: a file's story with an id the reader has is that story,
 * holding the entries of both (a merge adds, never takes away) and switched on or off as now.
 */
export function mergeStories(mine: readonly StoredStory[], theirs: readonly StoredStory[]): StoredStory[] {
  const current = new Map(mine.map((s) => [s.id, s]));
  const merged = theirs.map((file) => {
    const now = current.get(file.id);
    return now ? { ...now, name: file.name, entries: [...new Set([...now.entries, ...file.entries])] } : file;
  });
  return mergeById(mine, merged);
}

/** An own entry no story holds would never be marked: it goes into the first story. */
export function withStrayEntriesInFirst(
  stories: readonly StoredStory[],
  ownEntryIds: readonly string[],
): StoredStory[] {
  const held = new Set(stories.flatMap((s) => s.entries));
  const stray = ownEntryIds.filter((id) => !held.has(id));
  if (stray.length === 0) return [...stories];
  return stories.map((s) => (s.bundled ? { ...s, entries: [...s.entries, ...stray] } : s));
}

// --- stories ---------------------------------------------------------------------------

/** The stories in the order the reader sees them: the first, then the reader's as they were made. */
export function sortStories<S extends StoredStory>(stories: readonly S[]): S[] {
  return [...stories].sort(
    (a, b) =>
      Number(b.bundled) - Number(a.bundled) || a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The first story: the base dossier's. */
export function firstStoryOf(stories: readonly StoredStory[]): StoredStory | undefined {
  return stories.find((s) => s.bundled);
}

/** The story a reader's article belongs to; one stored before stories belongs to the first. */
export function storyOfArticle(article: Article, firstStoryId: string): string {
  return article.story ?? firstStoryId;
}

/** The first story's record for a base dossier's story (kept when it exists: its switch and entries stay). */
export function firstStoryRecord(story: Story, existing: StoredStory | undefined, now: number): StoredStory {
  return existing
    ? { ...existing, name: story.name }
    : { id: story.id, name: story.name, enabled: true, bundled: true, created: now, entries: [] };
}

/** The other stories that hold an own entry: taken out of one story, it stays in these (none: it is deleted). */
export function otherStoriesHolding(entryId: string, storyId: string, stories: readonly StoredStory[]): string[] {
  return storiesOfEntry(entryId, false, stories)
    .filter((s) => s.id !== storyId)
    .map((s) => s.id);
}

/** Checks a story's name (German and English; one given serves for both). */
export function checkStoryName(name: { de?: string; en?: string }): Localized {
  const de = name.de?.trim() ?? '';
  const en = name.en?.trim() ?? '';
  if (!de && !en) throw new ReaderDataError(coded('storyNoName'));
  for (const text of [de, en]) {
    if (/[<>]/.test(text)) throw new ReaderDataError(coded('storyNameMarkup', { name: text }));
    if (text.length > 200) throw new ReaderDataError(coded('storyNameTooLong', { max: 200 }));
  }
  return { de: de || en, en: en || de };
}

/** The stories an entry belongs to: the first story holds every base entry; each story the entries it lists. */
export function storiesOfEntry(entryId: string, isBaseEntry: boolean, stories: readonly StoredStory[]): StoredStory[] {
  return stories.filter((s) => (s.bundled && isBaseEntry) || s.entries.includes(entryId));
}

/** One story as the reader reads it: its articles, its entries (with what its articles say of them), its timeline. */
export interface StoryView {
  story: StoredStory;
  articles: Article[];
  entries: Entry[];
  timeline: TimelineEvent[];
}

/** A story's articles, entries and timeline, from the stored state. */
export function storyView(state: ReaderState, storyId: string): StoryView | undefined {
  const story = state.stories.find((s) => s.id === storyId);
  if (!story) return undefined;
  const listed = new Set(story.entries);
  const ownListed = state.own.entries.filter((e) => listed.has(e.id));
  if (story.bundled) {
    const articles = state.dossier.articles;
    return {
      story,
      articles,
      entries: [...state.dossier.entries, ...withOwnFindings(ownListed, articles)],
      timeline: state.dossier.timeline,
    };
  }
  const first = firstStoryOf(state.stories)?.id ?? '';
  const articles = state.own.articles.filter((a) => storyOfArticle(a, first) === story.id);
  const baseListed = state.dossier.entries.filter((e) => listed.has(e.id));
  const entries = [...baseListed, ...withOwnFindings(ownListed, articles)];
  const start = (event: TimelineEvent): number => isoBound(event.date, 'start') ?? Number.MAX_SAFE_INTEGER;
  const timeline = readerEvents(
    articles.map((a) => ({ ...a, addedByReader: true })),
    scanArticles(entries, articles),
  ).sort((a, b) => start(a) - start(b));
  return { story, articles, entries, timeline };
}

/** What pages are marked with: the entries of the stories switched on, and each such story's entries. */
export interface MarkingStories {
  entries: Entry[];
  stories: { story: Story; entries: Entry[] }[];
}

/**
 * The stories switched on and their entries, hidden entries left out. An entry that
 * belongs to several stories is one entry in each of them (one mark naming them all).
 */
export function markingStories(
  stories: readonly StoredStory[],
  baseEntries: readonly Entry[],
  ownEntries: readonly Entry[],
  hidden: ReadonlySet<string>,
  baseStory?: Story,
): MarkingStories {
  const byId = new Map([...baseEntries, ...ownEntries].map((e) => [e.id, e]));
  const out: MarkingStories['stories'] = [];
  for (const story of stories) {
    if (!story.enabled) continue;
    const ids = story.bundled ? [...baseEntries.map((e) => e.id), ...story.entries] : story.entries;
    const entries = [...new Set(ids)].flatMap((id) => (hidden.has(id) ? [] : (byId.get(id) ?? [])));
    const name = story.bundled && baseStory ? baseStory.name : story.name;
    out.push({ story: { id: story.id, name }, entries });
  }
  const entries = [...new Map(out.flatMap((s) => s.entries).map((e) => [e.id, e])).values()];
  return { entries, stories: out };
}

/**
 * The existing entry a new one names again (its name is one of that entry's names), or
 * undefined: a story adopts that entry instead of doubling it, so a page gets one mark.
 */
export function sameNamedEntry(name: string, others: readonly Entry[]): Entry | undefined {
  const key = matchKey(name);
  if (key === '') return undefined;
  return others.find((other) => other.aliases.some((alias) => matchKey(alias) === key));
}
