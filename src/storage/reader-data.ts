/**
 * The dossier as stored, and every change the reader makes to it.
 *
 * What lives where:
 * - `entries`, `timeline`: the effective dossier — the base (the bundled dossier, or one
 *   the reader imported) rebuilt with the reader's articles, so their evidence and
 *   mentions are merged into the entries that pages and the dossier page read.
 * - `articles`: the base's articles; `ownArticles`: the reader's (`addedByReader`).
 * - `ownEntries`, `notes`, `hiddenEntries`: the reader's own data, never touched by seeding.
 * - `meta.bundled`: which base is stored (its hash, and whether it came with the extension).
 *
 * The base is always recoverable: the bundled one from the extension, an imported one
 * from the stores (the builder recovers its catalog from its entries). Every change is
 * computed first and written in one transaction, so a failure leaves the old state.
 */
import { isHttpUrl } from '../article/url';
import { MAX_ARTICLE_CHARS, MAX_NOTE_CHARS } from '../limits';
import { addArticle, buildDossier, DossierBuildError, inputFromDossier, removeArticle } from '../dossier/build';
import { parseIsoDate } from '../dossier/build/dates';
import { QuoteIndex, showQuote } from '../dossier/build/validate';
import {
  ENTRY_KINDS,
  type Article,
  type Dossier,
  type Entry,
  type EntryKind,
  type EvidenceRef,
  type Lang,
  type SourceRef,
} from '../dossier/types';
import { matchKey } from '../matching';
import type { BundledMeta, KontextDatabase, Note } from './db';
import { withOwnFindings } from './own-evidence';

/** The reader's own data, as exported. */
export interface OwnData {
  articles: Article[];
  entries: Entry[];
  notes: Note[];
  hidden: string[];
}

export interface StoredState {
  meta: BundledMeta | undefined;
  /** The effective dossier: base articles and the reader's articles, merged entries, timeline. */
  dossier: Dossier;
  own: OwnData;
}

export const OWN_ENTRY_PREFIX = 'own-';
export const OWN_ARTICLE_PREFIX = 'own-article-';
/** Longest article a reader may paste (characters). */

/** An entry as the card gets it: with the reader's note and the evidence from the reader's articles. */
export type AnnotatedEntry = Entry & { note?: string; readerEvidence?: EvidenceRef[] };

export async function readStoredState(db: KontextDatabase): Promise<StoredState> {
  const tx = db.transaction(
    ['meta', 'entries', 'articles', 'timeline', 'notes', 'ownArticles', 'ownEntries', 'hiddenEntries'],
    'readonly',
  );
  const [meta, entries, articles, timeline, notes, ownArticles, ownEntries, hidden] = await Promise.all([
    tx.objectStore('meta').get('bundled'),
    tx.objectStore('entries').getAll(),
    tx.objectStore('articles').getAll(),
    tx.objectStore('timeline').getAll(),
    tx.objectStore('notes').getAll(),
    tx.objectStore('ownArticles').getAll(),
    tx.objectStore('ownEntries').getAll(),
    tx.objectStore('hiddenEntries').getAllKeys(),
  ]);
  await tx.done;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    meta,
    dossier: {
      schemaVersion: meta?.schemaVersion ?? 1,
      hash: meta?.effectiveHash ?? meta?.hash ?? '',
      ...(meta?.story ? { story: meta.story } : {}),
      articles: [...articles, ...ownArticles].sort(byId),
      entries: entries.sort(byId),
      timeline: timeline.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...event }) => event),
    },
    own: { articles: ownArticles.sort(byId), entries: ownEntries.sort(byId), notes, hidden: hidden.map(String) },
  };
}

interface WriteState {
  /** The base dossier's identity. */
  base: { hash: string; schemaVersion: number; source: 'bundled' | 'imported' };
  /** Base rebuilt with the reader's articles (those with `addedByReader`). */
  effective: Dossier;
  /** When given, the reader's entries, notes and hidden ids are replaced by these. */
  own?: Omit<OwnData, 'articles'>;
}

/** Writes the whole dossier state in one transaction: either all of it lands or none. */
async function writeState(db: KontextDatabase, state: WriteState): Promise<void> {
  const tx = db.transaction(
    ['meta', 'entries', 'articles', 'timeline', 'notes', 'ownArticles', 'ownEntries', 'hiddenEntries'],
    'readwrite',
  );
  const store = <
    N extends 'entries' | 'articles' | 'timeline' | 'ownArticles' | 'notes' | 'ownEntries' | 'hiddenEntries',
  >(
    name: N,
  ) => tx.objectStore(name);
  try {
    const clearing = [
      store('entries').clear(),
      store('articles').clear(),
      store('timeline').clear(),
      store('ownArticles').clear(),
    ];
    if (state.own) clearing.push(store('notes').clear(), store('ownEntries').clear(), store('hiddenEntries').clear());
    await Promise.all(clearing);
    const { effective } = state;
    await Promise.all([
      ...effective.entries.map((entry) => store('entries').put(entry)),
      ...effective.articles.map((article) =>
        article.addedByReader ? store('ownArticles').put(article) : store('articles').put(article),
      ),
      ...effective.timeline.map((event, seq) => store('timeline').put({ ...event, seq })),
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
async function baseOf(effective: Dossier): Promise<Dossier> {
  const input = inputFromDossier(effective);
  return buildDossier({ ...input, articles: input.articles.filter((a) => !a.addedByReader) });
}

/** Why a reader action was refused, in both UI languages. */
export class ReaderDataError extends Error {
  constructor(
    readonly text: { de: string; en: string },
    readonly problems: string[] = [],
  ) {
    super(text.en);
    this.name = 'ReaderDataError';
  }
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
  if (!title) throw new ReaderDataError({ de: 'Bitte einen Titel angeben.', en: 'Please give a title.' });
  if (!text)
    throw new ReaderDataError({ de: 'Bitte den Text des Artikels einfügen.', en: 'Please paste the article text.' });
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new ReaderDataError({
      de: `Der Text ist zu lang (höchstens ${MAX_ARTICLE_CHARS.toLocaleString('de-DE')} Zeichen).`,
      en: `The text is too long (at most ${MAX_ARTICLE_CHARS.toLocaleString('en-GB')} characters).`,
    });
  }
  if (date !== undefined && !parseIsoDate(date)) {
    throw new ReaderDataError({
      de: `Das Datum „${date}“ ist keines: bitte JJJJ-MM-TT, JJJJ-MM oder JJJJ.`,
      en: `“${date}” is not a date: please use YYYY-MM-DD, YYYY-MM or YYYY.`,
    });
  }
  const url = input.url?.trim() || undefined;
  if (url !== undefined && !isHttpUrl(url)) {
    throw new ReaderDataError({
      de: `„${url}“ ist keine Web-Adresse: bitte eine Adresse mit http:// oder https:// angeben oder das Feld leer lassen.`,
      en: `“${url}” is not a web address: please give one starting with http:// or https://, or leave the field empty.`,
    });
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
    summary: { de: sentences.map((s) => s.de).join(' '), en: sentences.map((s) => s.en).join(' ') },
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

/** Problems with an own entry's names: empty, markup, or a name another entry already has. */
export function ownEntryProblems(entry: Entry, others: readonly Entry[]): { de: string; en: string } | null {
  if (!entry.name.de.trim()) return { de: 'Bitte einen Namen angeben.', en: 'Please give a name.' };
  if (!(ENTRY_KINDS as readonly string[]).includes(entry.kind)) return { de: 'Unbekannte Art.', en: 'Unknown kind.' };
  for (const alias of entry.aliases) {
    if (/[<>]/.test(alias)) {
      return {
        de: `„${alias}“ enthält < oder >: so heißt kein Name.`,
        en: `“${alias}” contains < or >: no name does.`,
      };
    }
    if (alias.length > 200)
      return { de: `„${alias.slice(0, 40)}…“ ist zu lang.`, en: `“${alias.slice(0, 40)}…” is too long.` };
  }
  const keys = new Map<string, Entry>();
  for (const other of others) {
    if (other.id === entry.id) continue;
    for (const alias of other.aliases) keys.set(matchKey(alias), other);
  }
  for (const alias of entry.aliases) {
    const key = matchKey(alias);
    if (key === '') return { de: `„${alias}“ ist kein Name.`, en: `“${alias}” is not a name.` };
    const taken = keys.get(key);
    if (taken) {
      return {
        de: `„${alias}“ bezeichnet schon den Eintrag „${taken.name.de}“.`,
        en: `“${alias}” already names the entry “${taken.name.en}”.`,
      };
    }
  }
  return null;
}

/** An own entry without the summary sentences that quote an article. */
function withoutArticle(entry: Entry, articleId: string): Entry {
  const sentences = entry.summarySentences.filter((x) => !x.sources.some((src) => src.article === articleId));
  return {
    ...entry,
    summarySentences: sentences,
    summary: { de: sentences.map((x) => x.de).join(' '), en: sentences.map((x) => x.en).join(' ') },
  };
}

/**
 * Problems with an own entry's summary: every sentence must be the exact words of a stored article
 * (the builder's grounding rule, with its quote finder), so an own entry stays "built from the articles".
 */
export function ownSummaryProblems(entry: Entry, articles: readonly Article[]): { de: string; en: string } | null {
  const quotes = new QuoteIndex(articles);
  for (const sentence of entry.summarySentences) {
    for (const source of sentence.sources) {
      if (!quotes.hasArticle(source.article) || !source.quote.trim() || !quotes.locate(source)) {
        return {
          de: `Der Satz „${showQuote(source.quote)}“ steht so in keinem gespeicherten Artikel.`,
          en: `The sentence “${showQuote(source.quote)}” is not in any stored article as given.`,
        };
      }
    }
  }
  return null;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function slug(text: string): string {
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
}

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  mode: ImportMode;
  /** False when merging kept the current dossier although the file's base differs. */
  baseTaken: boolean;
  articles: number;
  entries: number;
  notes: number;
  hidden: number;
}

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
   * Seeds the bundled dossier when it changed (install, update), rebuilt with the
   * reader's articles. An imported base stays until the reader resets. Returns whether it wrote.
   */
  seed(): Promise<boolean> {
    return this.serial(async () => {
      const meta = await this.db.get('meta', 'bundled');
      if (meta?.source === 'imported') return false;
      if (meta?.hash === this.bundled.hash && meta.schemaVersion === this.bundled.schemaVersion) return false;
      const own = await this.db.getAll('ownArticles');
      let effective = this.bundled;
      try {
        effective = await withReaderArticles(this.bundled, own);
      } catch (error) {
        // The reader's articles stay stored; the dossier is the bundled one until they build again.
        console.warn('Kontext: reader articles do not build with the new dossier', error);
      }
      await writeState(this.db, { base: this.baseIdentity(this.bundled), effective });
      return true;
    });
  }

  /** Adds an article; one with the same address as an article the reader added replaces it (same id). */
  addArticle(input: NewArticle): Promise<{ id: string; entries: string[]; updated: boolean }> {
    return this.serial(async () => {
      const clean = checkNewArticle(input);
      const state = await readStoredState(this.db);
      const previous = clean.url
        ? state.dossier.articles.find((a) => a.addedByReader && a.url === clean.url)
        : undefined;
      const id = previous?.id ?? `${OWN_ARTICLE_PREFIX}${randomId()}`;
      const article: Article = { id, ...clean, addedByReader: true };
      const base = previous ? await this.build(() => removeArticle(state.dossier, previous.id)) : state.dossier;
      const effective = await this.build(() => addArticle(base, article));
      await writeState(this.db, { base: this.currentBase(state), effective });
      return { id, entries: entriesMentioning(effective, id), updated: previous !== undefined };
    });
  }

  removeArticle(id: string): Promise<void> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      const effective = await this.build(() => removeArticle(state.dossier, id));
      // Own entries keep no sentence of an article that is gone: every quote stays grounded.
      const cites = (e: Entry) => e.summarySentences.some((x) => x.sources.some((src) => src.article === id));
      const own = state.own.entries.some(cites)
        ? {
            entries: state.own.entries.map((e) => (cites(e) ? withoutArticle(e, id) : e)),
            notes: state.own.notes,
            hidden: state.own.hidden,
          }
        : undefined;
      await writeState(this.db, { base: this.currentBase(state), effective, ...(own ? { own } : {}) });
    });
  }

  saveOwnEntry(input: OwnEntryInput): Promise<Entry> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      if (input.id !== undefined && !state.own.entries.some((e) => e.id === input.id)) {
        throw new ReaderDataError({
          de: 'Diesen eigenen Eintrag gibt es nicht mehr.',
          en: 'This own entry no longer exists.',
        });
      }
      const taken = new Set([...state.dossier.entries, ...state.own.entries].map((e) => e.id));
      let id = input.id;
      if (id === undefined) {
        const stem = `${OWN_ENTRY_PREFIX}${slug(input.name)}`;
        id = stem;
        for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
      }
      const entry = ownEntry(id, input);
      const problem =
        ownEntryProblems(entry, [...state.dossier.entries, ...state.own.entries]) ??
        ownSummaryProblems(entry, state.dossier.articles);
      if (problem) throw new ReaderDataError(problem);
      const note = input.note?.trim() ?? '';
      const tx = this.db.transaction(['ownEntries', 'notes'], 'readwrite');
      // Observed at once: when a write fails, the transaction's own rejection is not left unhandled.
      tx.done.catch(() => undefined);
      await Promise.all([
        tx.objectStore('ownEntries').put(entry),
        note
          ? tx.objectStore('notes').put({ entry: id, text: note.slice(0, MAX_NOTE_CHARS), updatedAt: Date.now() })
          : tx.objectStore('notes').delete(id),
      ]);
      await tx.done;
      return entry;
    });
  }

  deleteOwnEntry(id: string): Promise<void> {
    return this.serial(async () => {
      if (!id.startsWith(OWN_ENTRY_PREFIX))
        throw new ReaderDataError({
          de: 'Nur eigene Einträge lassen sich löschen.',
          en: 'Only own entries can be deleted.',
        });
      const tx = this.db.transaction(['ownEntries', 'notes', 'hiddenEntries'], 'readwrite');
      await Promise.all([
        tx.objectStore('ownEntries').delete(id),
        tx.objectStore('notes').delete(id),
        tx.objectStore('hiddenEntries').delete(id),
      ]);
      await tx.done;
    });
  }

  setNote(entry: string, text: string): Promise<void> {
    return this.serial(async () => {
      const clean = text.trim();
      if (clean.length > MAX_NOTE_CHARS) {
        throw new ReaderDataError({
          de: `Notizen haben höchstens ${MAX_NOTE_CHARS} Zeichen.`,
          en: `Notes have at most ${MAX_NOTE_CHARS} characters.`,
        });
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

  /** Back to the bundled dossier; the reader's own data stays unless `dropOwn`. */
  reset(dropOwn: boolean): Promise<void> {
    return this.serial(async () => {
      const own = dropOwn ? [] : await this.db.getAll('ownArticles');
      const effective = await this.build(() => withReaderArticles(this.bundled, own));
      await writeState(this.db, {
        base: this.baseIdentity(this.bundled),
        effective,
        ...(dropOwn ? { own: { entries: [], notes: [], hidden: [] } } : {}),
      });
    });
  }

  /**
   * Imports a validated file. `replace`: the file's dossier and own data become the
   * reader's. `merge`: the current dossier stays; the file's articles, own entries,
   * notes and hidden entries are added (the file's version wins on the same id).
   */
  importData(payload: ImportPayload, mode: ImportMode): Promise<ImportSummary> {
    return this.serial(async () => {
      const state = await readStoredState(this.db);
      const fileOwnArticles = payload.dossier.articles.filter((a) => a.addedByReader);
      let base: WriteState['base'];
      let effective: Dossier;
      let own: Omit<OwnData, 'articles'>;
      let baseTaken = true;
      if (mode === 'replace') {
        const fileBase = await this.build(() => baseOf(payload.dossier));
        effective = await this.build(() => withReaderArticles(fileBase, fileOwnArticles));
        base = this.baseIdentity(fileBase);
        own = payload.own;
      } else {
        const currentBase = await this.build(() => baseOf(state.dossier));
        const fileBase = payload.dossier.articles.some((a) => a.addedByReader)
          ? await this.build(() => baseOf(payload.dossier))
          : payload.dossier;
        baseTaken = fileBase.hash === currentBase.hash;
        const articles = mergeById(state.own.articles, fileOwnArticles);
        effective = await this.build(() => withReaderArticles(currentBase, articles));
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
          throw new ReaderDataError({
            de: `Der eigene Eintrag „${entry.id}“ hat dieselbe Kennung wie ein Eintrag des Dossiers.`,
            en: `The own entry “${entry.id}” has the same id as an entry of the dossier.`,
          });
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
      await writeState(this.db, { base, effective, own });
      return {
        mode,
        baseTaken,
        articles: effective.articles.filter((a) => a.addedByReader).length,
        entries: own.entries.length,
        notes: own.notes.length,
        hidden: own.hidden.length,
      };
    });
  }

  private baseIdentity(base: Dossier): WriteState['base'] {
    return {
      hash: base.hash,
      schemaVersion: base.schemaVersion,
      source: base.hash === this.bundled.hash ? 'bundled' : 'imported',
    };
  }

  private currentBase(state: StoredState): WriteState['base'] {
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
        throw new ReaderDataError(
          { de: 'Das Dossier ließe sich so nicht bauen:', en: 'The dossier would not build like this:' },
          error.problems.slice(0, 20),
        );
      }
      throw error;
    }
  }
}

function mergeById<T extends { id: string }>(mine: readonly T[], theirs: readonly T[]): T[] {
  return mergeBy(mine, theirs, (x) => x.id);
}

function mergeBy<T>(mine: readonly T[], theirs: readonly T[], key: (x: T) => string): T[] {
  const out = new Map(mine.map((x) => [key(x), x]));
  for (const x of theirs) out.set(key(x), x);
  return [...out.values()];
}

/** The reader's note and the evidence from the reader's articles, added to entries for the card. */
export async function annotateEntries(db: KontextDatabase, entries: readonly Entry[]): Promise<AnnotatedEntry[]> {
  const tx = db.transaction(['notes', 'ownArticles', 'articles'], 'readonly');
  const ownEntries = entries.filter((e) => e.id.startsWith(OWN_ENTRY_PREFIX));
  const [notes, ownIds, articles] = await Promise.all([
    Promise.all(entries.map((e) => tx.objectStore('notes').get(e.id))),
    tx.objectStore('ownArticles').getAllKeys(),
    // Only an own entry needs the articles: the builder never looked for it in them.
    ownEntries.length > 0
      ? Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('ownArticles').getAll()]).then(([a, b]) => [
          ...a,
          ...b,
        ])
      : [],
  ]);
  await tx.done;
  const own = new Set(ownIds.map(String));
  const withFindings = new Map(withOwnFindings(ownEntries, articles).map((e) => [e.id, e]));
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
    return {
      ...entry,
      ...(note ? { note } : {}),
      ...(readerEvidence.length > 0 ? { readerEvidence } : {}),
    };
  });
}
