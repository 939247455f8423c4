/**
 * The dossier as stored, and the one writer of every change the reader makes to it.
 *
 * What lives where:
 * - `entries`, `timeline`: the effective dossier — the base (the bundled dossier, or one
 *   the reader imported) rebuilt with the first story's reader articles, so their evidence
 *   and mentions are merged into the entries that pages and the dossier page read.
 * - `articles`: the base's articles; `ownArticles`: the reader's, of every story (`story`).
 * - `stories`: the reader's stories; the first (`bundled`) is the base dossier's. Each lists
 *   the reader's entries that belong to it (an entry may belong to several).
 * - `ownEntries`, `notes`, `hiddenEntries`: the reader's own data, never touched by seeding.
 * - `meta.bundled`: which base is stored (its hash, and whether it came with the extension).
 *
 * The base is always recoverable: the bundled one from the extension, an imported one
 * from the stores (the builder recovers its catalog from its entries). Every change is
 * computed first (reader-rules.ts) and written in one transaction, so a failure leaves
 * the old state.
 */
import { addArticle, DossierBuildError, removeArticle } from '../dossier/build';
import { BUNDLED_STORY } from '../dossier/catalog/story';
import type { Article, Dossier, Entry, Localized } from '../dossier/types';
import { coded } from '../errors';
import { MAX_NOTE_CHARS } from '../limits';
import type { KontextDatabase, StoredStory } from './db';
import { findOwnEntries, withOwnFindings } from './own-evidence';
import {
  baseOf,
  checkNewArticle,
  checkStoryName,
  entriesMentioning,
  firstStoryOf,
  firstStoryRecord,
  mergeBy,
  mergeById,
  mergeStories,
  OWN_ARTICLE_PREFIX,
  OWN_ENTRY_PREFIX,
  OWN_STORY_PREFIX,
  ownEntry,
  ownEntryProblems,
  unfindableAliasProblem,
  ownSummaryProblems,
  withoutArticle,
  ReaderDataError,
  sameNamedEntry,
  slug,
  sortStories,
  storiesOfEntry,
  storyOfArticle,
  withReaderArticles,
  withAddedNote,
  withStrayEntriesInFirst,
  type AnnotatedEntry,
  type ImportMode,
  type ImportPayload,
  type ImportSummary,
  type NewArticle,
  type OwnData,
  type OwnEntryInput,
  type ReaderState,
} from './reader-rules';

const ALL_STORES = [
  'meta',
  'entries',
  'articles',
  'timeline',
  'notes',
  'ownArticles',
  'ownEntries',
  'hiddenEntries',
  'stories',
] as const;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function readStoredState(db: KontextDatabase): Promise<ReaderState> {
  const tx = db.transaction([...ALL_STORES], 'readonly');
  const [meta, entries, articles, timeline, notes, ownArticles, ownEntries, hidden, stories] = await Promise.all([
    tx.objectStore('meta').get('bundled'),
    tx.objectStore('entries').getAll(),
    tx.objectStore('articles').getAll(),
    tx.objectStore('timeline').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('ownArticles').getAll(),
    tx.objectStore('ownEntries').getAll(),
    tx.objectStore('hiddenEntries').getAllKeys(),
    tx.objectStore('stories').getAll(),
  ]);
  await tx.done;
  // The first story first, then the reader's in the order they were made.
  const ordered = sortStories(stories);
  const first = firstStoryOf(ordered)?.id ?? meta?.story?.id ?? BUNDLED_STORY.id;
  const inFirst = ownArticles.filter((a) => storyOfArticle(a, first) === first);
  return {
    meta,
    dossier: {
      schemaVersion: meta?.schemaVersion ?? 1,
      hash: meta?.effectiveHash ?? meta?.hash ?? '',
      ...(meta?.story ? { story: meta.story } : {}),
      articles: [...articles, ...inFirst].sort(byId),
      entries: entries.sort(byId),
      timeline: timeline.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...event }) => event),
    },
    own: { articles: ownArticles.sort(byId), entries: ownEntries.sort(byId), notes, hidden: hidden.map(String) },
    stories: ordered,
  };
}

/** Where an import's stories went: the file's story ids by their ids here, and the stories it replaced. */
export interface ImportedStories {
  storyIds: Record<string, string>;
  replacedStories: string[];
}

interface WriteState {
  /** The base dossier's identity. */
  base: { hash: string; schemaVersion: number; source: 'bundled' | 'imported' };
  /** Base rebuilt with the first story's reader articles. */
  effective: Dossier;
  /** All the reader's articles, each with its story. */
  ownArticles: readonly Article[];
  /** When given, the stories are replaced by these. */
  stories?: readonly StoredStory[];
  /** When given, the reader's entries, notes and hidden ids are replaced by these. */
  own?: Omit<OwnData, 'articles'>;
}

/** Writes the whole dossier state in one transaction: either all of it lands or none. */
async function writeState(db: KontextDatabase, state: WriteState): Promise<void> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  const store = <N extends Exclude<(typeof ALL_STORES)[number], 'meta'>>(name: N) => tx.objectStore(name);
  try {
    const clearing = [
      store('entries').clear(),
      store('articles').clear(),
      store('timeline').clear(),
      store('ownArticles').clear(),
    ];
    if (state.own) clearing.push(store('notes').clear(), store('ownEntries').clear(), store('hiddenEntries').clear());
    if (state.stories) clearing.push(store('stories').clear());
    await Promise.all(clearing);
    const { effective } = state;
    const built = new Map(effective.articles.map((a) => [a.id, a]));
    await Promise.all([
      ...effective.entries.map((entry) => store('entries').put(entry)),
      ...effective.articles.filter((a) => !a.addedByReader).map((article) => store('articles').put(article)),
      ...state.ownArticles.map((article) =>
        // The builder's copy where it has one: the same article is stored the same way, however it came.
        store('ownArticles').put({ ...(built.get(article.id) ?? article), addedByReader: true, story: article.story }),
      ),
      ...effective.timeline.map((event, seq) => store('timeline').put({ ...event, seq })),
      ...(state.stories ?? []).map((story) => store('stories').put(story)),
      ...(state.own
        ? [
            ...state.own.entries.map((entry) => store('ownEntries').put(entry)),
            ...state.own.notes.map((note) => store('notes').put(note)),
            ...state.own.hidden.map((entry) => store('hiddenEntries').put({ entry })),
          ]
        : []),
      tx.objectStore('meta').put({
        key: 'bundled',
        hash: state.base.hash,
        schemaVersion: state.base.schemaVersion,
        seededAt: Date.now(),
        source: state.base.source,
        effectiveHash: effective.hash,
        ...(effective.story ? { story: effective.story } : {}),
      }),
    ]);
  } catch (error) {
    // A write that fails part-way (QuotaExceededError, DataError…) must not let the
    // transaction commit what ran before it (the clears): all or nothing.
    tx.done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already aborted by the browser.
    }
    throw error;
  }
  await tx.done;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const NO_STORY = coded('storyGone');
/** A pack from a dossier that names no story. */
const IMPORTED_STORY_NAME = { de: 'Importierte Geschichte', en: 'Imported story' };

/**
 * The one writer of the dossier store. Changes are queued so two never interleave;
 * each reads the current state, computes the next one, and writes it in one transaction.
 */
export class DossierStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: KontextDatabase,
    private readonly bundled: Dossier,
  ) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Seeds the bundled dossier when it changed (install, update), rebuilt with the first
   * story's reader articles. An imported base stays until the reader resets. Returns whether it wrote.
   */
  seed(): Promise<boolean> {
    return this.serial(async () => {
      const [meta, stories] = await Promise.all([this.db.get('meta', 'bundled'), this.db.getAll('stories')]);
      const first = firstStoryOf(stories);
      if (meta?.source === 'imported' && first) return false;
      if (first && meta?.hash === this.bundled.hash && meta.schemaVersion === this.bundled.schemaVersion) return false;
      const state = await readStoredState(this.db);
      if (meta?.source === 'imported') {
        // An imported base from before stories: only its first story is missing.
        await this.db.put('stories', firstStoryRecord(meta.story ?? BUNDLED_STORY, undefined, Date.now()));
        return true;
      }
      const record = firstStoryRecord(this.bundled.story ?? BUNDLED_STORY, first, Date.now());
      const own = this.firstStoryArticles(state, record.id);
      let effective = this.bundled;
      try {
        effective = await withReaderArticles(this.bundled, own);
      } catch (error) {
        // The reader's articles stay stored; the dossier is the bundled one until they build again.
        console.warn('Kontext: reader articles do not build with the new dossier', error);
      }
      await writeState(this.db, {
        base: this.baseIdentity(this.bundled),
        effective,
        ownArticles: state.own.articles,
        stories: [record, ...state.stories.filter((s) => !s.bundled)],
      });
      return true;
    });
  }

  /**
   * Adds an article to a story (the first when none is named); one with the same address as
   * an article the reader added replaces it (same id, now in the named story).
   */
  addArticle(
    input: NewArticle,
    storyId?: string,
  ): Promise<{ id: string; entries: string[]; updated: boolean; story: string }> {
    return this.serial(async () => {
      const clean = checkNewArticle(input);
      const state = await readStoredState(this.db);
      const first = this.firstId(state);
      const story = storyId ?? first;
      if (!state.stories.some((s) => s.id === story)) throw new ReaderDataError(NO_STORY);
      const previous = clean.url ? state.own.articles.find((a) => a.url === clean.url) : undefined;
      const id = previous?.id ?? `${OWN_ARTICLE_PREFIX}${randomId()}`;
      const article: Article = { id, ...clean, addedByReader: true, story };
      const wasInFirst = previous !== undefined && storyOfArticle(previous, first) === first;
      let effective = state.dossier;
      if (wasInFirst) effective = await this.build(() => removeArticle(effective, previous.id));
      if (story === first) effective = await this.build(() => addArticle(effective, article));
      const ownArticles = [...state.own.articles.filter((a) => a.id !== id), article];
      await writeState(this.db, { base: this.currentBase(state), effective, ownArticles });
      const entries =
        story === first ? entriesMentioning(effective, id) : this.ownEntriesMentioning(state, story, article);
      return { id, entries, updated: previous !== undefined, story };
    });
  }

  removeArticle(id: string): Promise<void> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      const first = this.firstId(state);
      const article = state.own.articles.find((a) => a.id === id);
      const effective =
        !article || storyOfArticle(article, first) === first
          ? await this.build(() => removeArticle(state.dossier, id))
          : state.dossier;
      const ownArticles = state.own.articles.filter((a) => a.id !== id);
      // Own entries keep no sentence of an article that is gone: every quote stays grounded.
      const cites = (e: Entry) => e.summarySentences.some((x) => x.sources.some((src) => src.article === id));
      const own = state.own.entries.some(cites)
        ? {
            entries: state.own.entries.map((e) => (cites(e) ? withoutArticle(e, id) : e)),
            notes: state.own.notes,
            hidden: state.own.hidden,
          }
        : undefined;
      await writeState(this.db, {
        base: this.currentBase(state),
        effective,
        ownArticles,
        ...(own ? { own } : {}),
      });
    });
  }

  /**
   * Saves an own entry into exactly these stories (a new entry: the first story when none
   * are named; an edited one keeps its stories when `storyIds` is absent; an empty list means
   * the first story). A new entry whose name an entry already has is not doubled: the named
   * stories take that entry in, besides its own (`adopted`).
   */
  saveOwnEntry(input: OwnEntryInput, storyIds?: readonly string[]): Promise<Entry & { adopted?: boolean }> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      if (input.id !== undefined && !state.own.entries.some((e) => e.id === input.id)) {
        throw new ReaderDataError(coded('ownEntryGone'));
      }
      // An entry belongs to some story (one in none would never be marked): none named is the first.
      const named = storyIds && storyIds.length > 0 ? storyIds : undefined;
      const wanted = named ?? (input.id === undefined || storyIds !== undefined ? [this.firstId(state)] : undefined);
      for (const story of wanted ?? []) {
        if (!state.stories.some((s) => s.id === story)) throw new ReaderDataError(NO_STORY);
      }
      const everyEntry = [...state.dossier.entries, ...state.own.entries];
      if (input.id === undefined && wanted) {
        const existing = sameNamedEntry(input.name, everyEntry);
        const stories =
          existing && storiesOfEntry(existing.id, !existing.id.startsWith(OWN_ENTRY_PREFIX), state.stories);
        // Already in all the named stories: saving it again is the same-name refusal below.
        if (existing && stories && !wanted.every((id) => stories.some((s) => s.id === id))) {
          const union = [...new Set([...stories.map((s) => s.id), ...wanted])];
          // The reader's words are kept: typed names join an own entry, a new note follows the old one.
          let merged: Entry | undefined;
          if (existing.id.startsWith(OWN_ENTRY_PREFIX)) {
            const typed = input.aliases.map((a) => a.trim()).filter(Boolean);
            merged = { ...existing, aliases: [...new Set([...existing.aliases, ...typed])] };
            const problem = ownEntryProblems(merged, everyEntry) ?? unfindableAliasProblem(merged);
            if (problem) throw new ReaderDataError(problem);
          }
          const oldNote = state.own.notes.find((n) => n.entry === existing.id)?.text;
          await this.writeStoriesAndNote(state, existing.id, union, withAddedNote(oldNote, input.note), merged);
          // Taken into a story on purpose: a hidden entry would go on being unmarked without a word.
          await this.db.delete('hiddenEntries', existing.id);
          return { ...(merged ?? existing), adopted: true };
        }
      }
      const taken = new Set(everyEntry.map((e) => e.id));
      let id = input.id;
      if (id === undefined) {
        const stem = `${OWN_ENTRY_PREFIX}${slug(input.name)}`;
        id = stem;
        for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
      }
      const entry = ownEntry(id, input);
      const problem =
        ownEntryProblems(entry, everyEntry) ??
        unfindableAliasProblem(entry) ??
        ownSummaryProblems(entry, [...state.dossier.articles, ...state.own.articles]);
      if (problem) throw new ReaderDataError(problem);
      await this.writeStoriesAndNote(state, id, wanted, input.note, entry);
      return entry;
    });
  }

  /** Puts an entry into exactly these stories (when given), with its note and, for an own entry, itself. */
  private async writeStoriesAndNote(
    state: ReaderState,
    id: string,
    storyIds: readonly string[] | undefined,
    noteText: string | undefined,
    entry?: Entry,
  ): Promise<void> {
    const note = noteText?.trim() ?? '';
    const tx = this.db.transaction(['ownEntries', 'notes', 'stories'], 'readwrite');
    // Observed at once: when a write fails, the transaction's own rejection is not left unhandled.
    tx.done.catch(() => undefined);
    const wanted = storyIds && new Set(storyIds);
    await Promise.all([
      entry ? tx.objectStore('ownEntries').put(entry) : undefined,
      note
        ? tx.objectStore('notes').put({ entry: id, text: note.slice(0, MAX_NOTE_CHARS), updatedAt: Date.now() })
        : entry
          ? tx.objectStore('notes').delete(id)
          : undefined,
      ...(wanted
        ? state.stories.map((story) => {
            const listed = story.entries.includes(id);
            // The first story holds its base entries anyway.
            const belongs = wanted.has(story.id) && !(story.bundled && !id.startsWith(OWN_ENTRY_PREFIX));
            if (listed === belongs) return undefined;
            const entries = belongs ? [...story.entries, id] : story.entries.filter((e) => e !== id);
            return tx.objectStore('stories').put({ ...story, entries });
          })
        : []),
    ]);
    await tx.done;
  }

  /**
   * Puts any entry into exactly these stories: an own entry into one at least (none named is
   * the first); a dossier entry stays in the first story anyway and joins or leaves the others.
   */
  setEntryStories(entryId: string, storyIds: readonly string[]): Promise<void> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      const own = entryId.startsWith(OWN_ENTRY_PREFIX);
      const known = own
        ? state.own.entries.some((e) => e.id === entryId)
        : state.dossier.entries.some((e) => e.id === entryId);
      if (!known) throw new ReaderDataError(coded(own ? 'ownEntryGone' : 'entryGone'));
      for (const story of storyIds) {
        if (!state.stories.some((s) => s.id === story)) throw new ReaderDataError(NO_STORY);
      }
      const wanted = own && storyIds.length === 0 ? [this.firstId(state)] : storyIds;
      await this.writeStoriesAndNote(state, entryId, wanted, undefined);
    });
  }

  deleteOwnEntry(id: string): Promise<void> {
    return this.serial(async () => {
      if (!id.startsWith(OWN_ENTRY_PREFIX)) throw new ReaderDataError(coded('onlyOwnDeletable'));
      const stories = await this.db.getAll('stories');
      const tx = this.db.transaction(['ownEntries', 'notes', 'hiddenEntries', 'stories'], 'readwrite');
      await Promise.all([
        tx.objectStore('ownEntries').delete(id),
        tx.objectStore('notes').delete(id),
        tx.objectStore('hiddenEntries').delete(id),
        ...stories
          .filter((s) => s.entries.includes(id))
          .map((s) => tx.objectStore('stories').put({ ...s, entries: s.entries.filter((e) => e !== id) })),
      ]);
      await tx.done;
    });
  }

  setNote(entry: string, text: string): Promise<void> {
    return this.serial(async () => {
      const clean = text.trim();
      if (clean.length > MAX_NOTE_CHARS) {
        throw new ReaderDataError(coded('noteTooLong', { max: MAX_NOTE_CHARS }));
      }
      if (clean) await this.db.put('notes', { entry, text: clean, updatedAt: Date.now() });
      else await this.db.delete('notes', entry);
    });
  }

  setHidden(entry: string, hidden: boolean): Promise<void> {
    return this.serial(async () => {
      if (hidden) await this.db.put('hiddenEntries', { entry });
      else await this.db.delete('hiddenEntries', entry);
    });
  }

  // --- stories ---------------------------------------------------------------------------

  /** A new story of the reader's own, empty and switched on. */
  createStory(name: { de?: string; en?: string }): Promise<StoredStory> {
    return this.serial(async () => {
      const clean = checkStoryName(name);
      const story: StoredStory = {
        id: `${OWN_STORY_PREFIX}${slug(clean.de)}-${randomId()}`,
        name: clean,
        enabled: true,
        bundled: false,
        created: Date.now(),
        entries: [],
      };
      await this.db.put('stories', story);
      return story;
    });
  }

  /** Renames a story of the reader's own (the first story is named by its dossier). */
  renameStory(id: string, name: { de?: string; en?: string }): Promise<void> {
    return this.serial(async () => {
      const story = await this.ownStory(id);
      await this.db.put('stories', { ...story, name: checkStoryName(name) });
    });
  }

  /** Switches a story on or off; a switched-off story marks nothing. */
  setStoryEnabled(id: string, enabled: boolean): Promise<void> {
    return this.serial(async () => {
      const story = await this.db.get('stories', id);
      if (!story) throw new ReaderDataError(NO_STORY);
      await this.db.put('stories', { ...story, enabled });
    });
  }

  /**
   * Deletes a story of the reader's own with its articles; its own entries that no other
   * story holds go with it (their notes too). The first story is never deleted.
   */
  deleteStory(id: string): Promise<void> {
    return this.serial(async () => {
      const story = await this.ownStory(id);
      const state = await readStoredState(this.db);
      const first = this.firstId(state);
      const elsewhere = new Set(state.stories.filter((s) => s.id !== id).flatMap((s) => s.entries));
      const gone = new Set(story.entries.filter((e) => e.startsWith(OWN_ENTRY_PREFIX) && !elsewhere.has(e)));
      await writeState(this.db, {
        base: this.currentBase(state),
        effective: state.dossier,
        ownArticles: state.own.articles.filter((a) => storyOfArticle(a, first) !== id),
        stories: state.stories.filter((s) => s.id !== id),
        own: {
          entries: state.own.entries.filter((e) => !gone.has(e.id)),
          notes: state.own.notes.filter((n) => !gone.has(n.entry)),
          hidden: state.own.hidden.filter((h) => !gone.has(h)),
        },
      });
    });
  }

  private async ownStory(id: string): Promise<StoredStory> {
    const story = await this.db.get('stories', id);
    if (!story) throw new ReaderDataError(NO_STORY);
    if (story.bundled) {
      throw new ReaderDataError(coded('storyFirstFixed'));
    }
    return story;
  }

  /** Back to the bundled dossier; the reader's own data (and stories) stay unless `dropOwn`. */
  reset(dropOwn: boolean): Promise<void> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      const record = firstStoryRecord(this.bundled.story ?? BUNDLED_STORY, firstStoryOf(state.stories), Date.now());
      const own = dropOwn ? [] : this.firstStoryArticles(state, record.id);
      const effective = await this.build(() => withReaderArticles(this.bundled, own));
      await writeState(this.db, {
        base: this.baseIdentity(this.bundled),
        effective,
        ownArticles: dropOwn ? [] : state.own.articles,
        stories: dropOwn
          ? [{ ...record, enabled: true, entries: [] }]
          : [record, ...state.stories.filter((s) => !s.bundled)],
        ...(dropOwn ? { own: { entries: [], notes: [], hidden: [] } } : {}),
      });
    });
  }

  /**
   * Imports a validated file into the first story. `replace`: the file's dossier and own
   * data become the first story's. `merge`: the current dossier stays; the file's articles,
   * own entries, notes and hidden entries are added (the file's version wins on the same id).
   * The reader's other stories stay as they are.
   */
  importData(payload: ImportPayload, mode: ImportMode): Promise<ImportSummary & ImportedStories> {
    return this.serial(async () => {
      // A pack holds one story: taken as the whole dossier it would replace the reader's.
      if (payload.kind === 'story-pack') throw new ReaderDataError(coded('importIsStoryPack'));
      const state = await readStoredState(this.db);
      const first = this.firstId(state);
      const fileOwnArticles = payload.dossier.articles
        .filter((a) => a.addedByReader)
        .map((a) => ({ ...a, story: first }));
      // The file's stories of the reader's own, where it has them (files from before stories have none).
      const fileFirst = payload.stories?.find((s) => s.first);
      // A file's own story with this install's first story id is another story: it gets an id of its own.
      const clashing = payload.stories?.find((s) => !s.first && s.id === first);
      const clashId = clashing ? `${OWN_STORY_PREFIX}${slug(clashing.name.de)}-${randomId()}` : first;
      const storyIdOf = (id: string) => (id === first ? clashId : id);
      const fileOthers: StoredStory[] = (payload.stories ?? [])
        .filter((s) => !s.first)
        .map((s, i) => ({
          id: storyIdOf(s.id),
          name: s.name,
          enabled: s.enabled,
          bundled: false,
          created: s.created ?? Date.now() + i,
          entries: s.entries,
        }));
      const fileOtherArticles = (payload.stories ?? []).flatMap((s) =>
        s.first ? [] : s.articles.map((a) => ({ ...a, addedByReader: true, story: storyIdOf(s.id) })),
      );
      // Replacing with a file that has stories replaces the reader's stories too; else they stay.
      const replacesStories = mode === 'replace' && payload.stories !== undefined;
      const currentOthers = replacesStories ? [] : state.stories.filter((s) => !s.bundled);
      const otherArticles = mergeById(
        replacesStories ? [] : state.own.articles.filter((a) => storyOfArticle(a, first) !== first),
        fileOtherArticles,
      );
      // Entries the reader's other stories hold stay, whatever the file brings.
      const otherIds = new Set(currentOthers.flatMap((s) => s.entries));
      const kept = {
        entries: state.own.entries.filter((e) => otherIds.has(e.id)),
        notes: state.own.notes.filter((n) => otherIds.has(n.entry)),
        hidden: state.own.hidden.filter((h) => otherIds.has(h)),
      };
      let base: WriteState['base'];
      let effective: Dossier;
      let own: Omit<OwnData, 'articles'>;
      let firstArticles: Article[];
      let baseTaken = true;
      if (mode === 'replace') {
        const fileBase = await this.build(() => baseOf(payload.dossier));
        effective = await this.build(() => withReaderArticles(fileBase, fileOwnArticles));
        base = this.baseIdentity(fileBase);
        own = {
          entries: mergeById(kept.entries, payload.own.entries),
          notes: mergeBy(kept.notes, payload.own.notes, (n) => n.entry),
          hidden: [...new Set([...kept.hidden, ...payload.own.hidden])],
        };
        firstArticles = fileOwnArticles;
      } else {
        const currentBase = await this.build(() => baseOf(state.dossier));
        const fileBase = payload.dossier.articles.some((a) => a.addedByReader)
          ? await this.build(() => baseOf(payload.dossier))
          : payload.dossier;
        baseTaken = fileBase.hash === currentBase.hash;
        firstArticles = mergeById(this.firstStoryArticles(state, first), fileOwnArticles);
        effective = await this.build(() => withReaderArticles(currentBase, firstArticles));
        base = this.currentBase(state);
        own = {
          entries: mergeById(state.own.entries, payload.own.entries),
          notes: mergeBy(state.own.notes, payload.own.notes, (n) => n.entry),
          hidden: [...new Set([...state.own.hidden, ...payload.own.hidden])],
        };
      }
      // Own entries must still be distinguishable from the dossier's entries.
      const ids = new Set(effective.entries.map((e) => e.id));
      for (const entry of own.entries) {
        if (ids.has(entry.id)) {
          throw new ReaderDataError(coded('ownEntryIdTaken', { id: entry.id }));
        }
        const problem = ownEntryProblems(entry, [...effective.entries, ...own.entries]);
        if (problem) throw new ReaderDataError(problem);
      }
      const known = new Set([...ids, ...own.entries.map((e) => e.id)]);
      own = {
        ...own,
        notes: own.notes.filter((n) => known.has(n.entry)),
        hidden: own.hidden.filter((h) => known.has(h)),
      };
      const record =
        firstStoryOf(state.stories) ?? firstStoryRecord(effective.story ?? BUNDLED_STORY, undefined, Date.now());
      const ownIds = new Set(own.entries.map((e) => e.id));
      // The file's first story says which own entries are its; a file without stories gives it all.
      const fileFirstEntries = fileFirst?.entries ?? payload.own.entries.map((e) => e.id);
      const firstEntries = [...(mode === 'merge' ? record.entries : []), ...fileFirstEntries];
      const stories = withStrayEntriesInFirst(
        [
          {
            ...record,
            ...(fileFirst && mode === 'replace' ? { enabled: fileFirst.enabled } : {}),
            entries: [...new Set(firstEntries)].filter((e) => ownIds.has(e)),
          },
          ...mergeStories(currentOthers, fileOthers).map((s) => ({
            ...s,
            entries: s.entries.filter((e) => known.has(e)),
          })),
        ],
        [...ownIds],
      );
      await writeState(this.db, {
        base,
        effective,
        ownArticles: [...otherArticles, ...firstArticles],
        stories,
        own,
      });
      return {
        mode,
        baseTaken,
        articles: firstArticles.length + fileOtherArticles.length,
        entries: own.entries.length,
        notes: own.notes.length,
        hidden: own.hidden.length,
        // Where the file's stories went, and whose data it replaced (what follows them: the rejections).
        storyIds: Object.fromEntries(
          (payload.stories ?? []).map((s) => [s.id, s.first ? record.id : storyIdOf(s.id)] as const),
        ),
        replacedStories:
          mode === 'replace'
            ? [record.id, ...state.stories.filter((s) => !s.bundled && replacesStories).map((s) => s.id)]
            : [],
      };
    });
  }

  /**
   * Imports a story pack (a checked file) as a new story of the reader's own: its articles
   * become the story's, its entries the story's. An entry whose name an entry already has is
   * that entry, now in this story too (one mark on a page, naming both stories); a new one
   * keeps only names no other entry has. Its notes go to entries without one. One write:
   * a pack that cannot be taken changes nothing.
   */
  importStory(
    payload: ImportPayload,
  ): Promise<{ story: StoredStory; articles: number; entries: number; notes: number }> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      const name = payload.dossier.story?.name ?? IMPORTED_STORY_NAME;
      const story: StoredStory = {
        id: `${OWN_STORY_PREFIX}${slug(name.de)}-${randomId()}`,
        name: checkStoryName(name),
        enabled: true,
        bundled: false,
        created: Date.now(),
        entries: [],
      };
      const articles = payload.dossier.articles.map((article) => ({
        ...checkNewArticle(article),
        id: `${OWN_ARTICLE_PREFIX}${randomId()}`,
        addedByReader: true,
        story: story.id,
      }));
      const everyEntry: Entry[] = [...state.dossier.entries, ...state.own.entries];
      const newEntries: Entry[] = [];
      const idOf = new Map<string, string>();
      const taken = new Set(everyEntry.map((e) => e.id));
      const packEntries = [
        ...new Map([...payload.dossier.entries, ...payload.own.entries].map((e) => [e.id, e])).values(),
      ];
      for (const entry of packEntries) {
        const existing = sameNamedEntry(entry.name.de, [...everyEntry, ...newEntries]);
        if (existing) {
          idOf.set(entry.id, existing.id);
          continue;
        }
        const stem = `${OWN_ENTRY_PREFIX}${slug(entry.name.de)}`;
        let id = stem;
        for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
        taken.add(id);
        const others = [...everyEntry, ...newEntries];
        // Names another entry has stay with it: one name, one mark.
        const aliases = entry.aliases.filter((alias) => !sameNamedEntry(alias, others));
        const created = { ...ownEntry(id, { name: entry.name.de, aliases, kind: entry.kind }), name: entry.name };
        const problem = ownEntryProblems(created, others);
        if (problem) throw new ReaderDataError(problem);
        newEntries.push(created);
        idOf.set(entry.id, id);
      }
      story.entries = [...new Set(idOf.values())];
      const noted = new Set(state.own.notes.map((n) => n.entry));
      const notes = payload.own.notes.flatMap((note) => {
        const entry = idOf.get(note.entry);
        if (!entry || noted.has(entry)) return [];
        noted.add(entry);
        return [{ ...note, entry }];
      });
      // The author's hidden list hides only entries the pack brings, never the reader's own.
      const created = new Set(newEntries.map((e) => e.id));
      const hidden = payload.own.hidden.flatMap((id) => idOf.get(id) ?? []).filter((id) => created.has(id));
      await writeState(this.db, {
        base: this.currentBase(state),
        effective: state.dossier,
        ownArticles: [...state.own.articles, ...articles],
        stories: [...state.stories, story],
        own: {
          entries: [...state.own.entries, ...newEntries],
          notes: [...state.own.notes, ...notes],
          hidden: [...new Set([...state.own.hidden, ...hidden])],
        },
      });
      return { story, articles: articles.length, entries: story.entries.length, notes: notes.length };
    });
  }

  private firstId(state: ReaderState): string {
    return firstStoryOf(state.stories)?.id ?? state.meta?.story?.id ?? this.bundled.story?.id ?? BUNDLED_STORY.id;
  }

  private firstStoryArticles(state: ReaderState, first: string): Article[] {
    return state.own.articles.filter((a) => storyOfArticle(a, first) === first);
  }

  /** The own entries of a story an article mentions, most mentioned first. */
  private ownEntriesMentioning(state: ReaderState, storyId: string, article: Article): string[] {
    const listed = new Set(state.stories.find((s) => s.id === storyId)?.entries ?? []);
    const entries = [...state.own.entries, ...state.dossier.entries].filter((e) => listed.has(e.id));
    const found = findOwnEntries(entries, [article]);
    return [...found]
      .filter(([, f]) => (f.mentions[article.id] ?? 0) > 0)
      .sort(([, a], [, b]) => (b.mentions[article.id] ?? 0) - (a.mentions[article.id] ?? 0))
      .map(([id]) => id);
  }

  private baseIdentity(base: Dossier): WriteState['base'] {
    return {
      hash: base.hash,
      schemaVersion: base.schemaVersion,
      source: base.hash === this.bundled.hash ? 'bundled' : 'imported',
    };
  }

  private currentBase(state: ReaderState): WriteState['base'] {
    return {
      hash: state.meta?.hash ?? this.bundled.hash,
      schemaVersion: state.meta?.schemaVersion ?? this.bundled.schemaVersion,
      source: state.meta?.source ?? 'bundled',
    };
  }

  /** Runs the builder; its problems become a `ReaderDataError` the reader can read. */
  private async build(run: () => Promise<Dossier>): Promise<Dossier> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof DossierBuildError) {
        throw new ReaderDataError(coded('dossierWouldNotBuild'), error.problems.slice(0, 20));
      }
      throw error;
    }
  }
}

/**
 * The reader's note, the evidence from the reader's articles, and (where the reader
 * follows several stories) the stories switched on that an entry belongs to, added to
 * entries for the card.
 */
export async function annotateEntries(db: KontextDatabase, entries: readonly Entry[]): Promise<AnnotatedEntry[]> {
  const tx = db.transaction(['notes', 'ownArticles', 'articles', 'stories', 'meta'], 'readonly');
  const ownEntries = entries.filter((e) => e.id.startsWith(OWN_ENTRY_PREFIX));
  const [notes, ownIds, articles, stories, meta] = await Promise.all([
    Promise.all(entries.map((e) => tx.objectStore('notes').get(e.id))),
    tx.objectStore('ownArticles').getAllKeys(),
    // Only an own entry needs the articles: the builder never looked for it in them.
    ownEntries.length > 0
      ? Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('ownArticles').getAll()]).then(([a, b]) => [
          ...a,
          ...b,
        ])
      : [],
    tx.objectStore('stories').getAll(),
    tx.objectStore('meta').get('bundled'),
  ]);
  await tx.done;
  const own = new Set(ownIds.map(String));
  const withFindings = new Map(withOwnFindings(ownEntries, articles).map((e) => [e.id, e]));
  const enabled = sortStories(stories.filter((s) => s.enabled));
  const storyName = (s: StoredStory): Localized => (s.bundled && meta?.story ? meta.story.name : s.name);
  return entries.map((original, i) => {
    const entry = withFindings.get(original.id) ?? original;
    const note = notes[i]?.text;
    // A sentence of the reader's that repeats a bundled one is merged into it: its own words count.
    const readerEvidence =
      own.size === 0
        ? []
        : entry.evidence.flatMap((ev) =>
            [ev, ...(ev.also ?? [])]
              .filter((x) => own.has(x.article))
              .slice(0, 1)
              .map(({ article, quote }) => ({ article, quote })),
          );
    const inStories =
      enabled.length > 1
        ? storiesOfEntry(entry.id, !entry.id.startsWith(OWN_ENTRY_PREFIX), enabled).map((s) => ({
            id: s.id,
            name: storyName(s),
          }))
        : [];
    return {
      ...entry,
      ...(note ? { note } : {}),
      ...(readerEvidence.length > 0 ? { readerEvidence } : {}),
      ...(inStories.length > 0 ? { stories: inStories } : {}),
    };
  });
}
