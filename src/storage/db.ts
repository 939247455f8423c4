/**
 * The dossier store: IndexedDB. The background is its one writer (seeding and the
 * reader's changes); the extension's pages open it too, to read (ADR 0005). Bundled
 * data (entries, articles, timeline) is replaced wholesale when the bundled dossier
 * changes; the reader's own data lives in separate stores that seeding never touches.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { BUNDLED_STORY } from '../dossier/catalog/story';
import type { Article, Entry, Localized, Story, TimelineEvent } from '../dossier/types';
import { coded, ReaderError } from '../errors';
import { requestPersistentStorage } from './persistence';

export const DB_NAME = 'kontext';
/** Bump with a new step in `upgrade` below; never edit an old step. */
export const DB_VERSION = 2;

/**
 * One of the reader's stories. The first (`bundled`) is the stored base dossier's story: its
 * entries are the base dossier's, its articles the base's and the reader's own for it. A
 * story of the reader's own is its articles and its `entries`.
 */
export interface StoredStory {
  id: string;
  name: Localized;
  /** A switched-off story marks nothing on pages. */
  enabled: boolean;
  /** The base dossier's story: it can be switched off, never deleted or renamed. */
  bundled: boolean;
  created: number;
  /**
   * The reader's entries of this story (own entries, or base entries a story of the
   * reader's shares): an entry belongs to every story that lists it.
   */
  entries: string[];
}

export interface BundledMeta {
  key: 'bundled';
  hash: string;
  schemaVersion: number;
  seededAt: number;
  /** `imported`: the reader replaced the bundled dossier with a file; seeding leaves it until a reset. */
  source?: 'bundled' | 'imported';
  /** Hash of the stored dossier with the reader's articles merged in. */
  effectiveHash?: string;
  /** The story the stored dossier tells (absent for dossiers stored before stories existed). */
  story?: Story;
}

export interface Note {
  entry: string;
  text: string;
  updatedAt: number;
}

export interface KontextDB extends DBSchema {
  meta: { key: string; value: BundledMeta };
  entries: { key: string; value: Entry; indexes: { kind: string } };
  articles: { key: string; value: Article };
  timeline: { key: number; value: TimelineEvent & { seq: number } };
  // The reader's own data: created now so later versions only add, never move.
  notes: { key: string; value: Note };
  ownArticles: { key: string; value: Article };
  ownEntries: { key: string; value: Entry };
  hiddenEntries: { key: string; value: { entry: string } };
  stories: { key: string; value: StoredStory };
}

export type KontextDatabase = IDBPDatabase<KontextDB>;

/** How long an upgrade waits for an older connection (another extension page) to let go. */
export const BLOCKED_TIMEOUT_MS = 10_000;

/** The store could not be opened or written: its code (`storageBlocked`, `storageQuota`) says why. */
export class StorageError extends ReaderError {
  constructor(readonly reason: 'blocked' | 'quota') {
    super(coded(reason === 'blocked' ? 'storageBlocked' : 'storageQuota'));
    this.name = 'StorageError';
  }
}

/** A write that failed for lack of space, however the browser reports it (thrown, or as the transaction's error). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  const inner = error as { inner?: { name?: unknown }; cause?: { name?: unknown } } | null;
  return (
    name === 'QuotaExceededError' ||
    inner?.inner?.name === 'QuotaExceededError' ||
    inner?.cause?.name === 'QuotaExceededError'
  );
}

/** The reader-facing error for a failed write, or null when it is not a storage condition. */
export function storageErrorOf(error: unknown): StorageError | null {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota');
  return null;
}

export function openDossierDB(
  name = DB_NAME,
  { version = DB_VERSION, blockedTimeoutMs = BLOCKED_TIMEOUT_MS }: { version?: number; blockedTimeoutMs?: number } = {},
): Promise<KontextDatabase> {
  // Whoever opens the reader's data asks that it be kept (persistence.ts); opening does not wait.
  void requestPersistentStorage();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let gaveUp = false;
  let giveUp: (error: StorageError) => void = () => undefined;
  const blocked = new Promise<never>((_, reject) => {
    giveUp = reject;
  });
  const open = openDB<KontextDB>(name, version, {
    // An older connection (a page of the previous version) does not let go: wait a while, then say so.
    blocked: () => {
      timer ??= setTimeout(() => {
        gaveUp = true;
        giveUp(new StorageError('blocked'));
      }, blockedTimeoutMs);
    },
    // A newer version wants to upgrade: this connection steps aside instead of blocking it.
    blocking: () => void open.then((db) => db.close()),
    upgrade(db, oldVersion, _newVersion, transaction) {
      // The upgrade ladder: each step runs once, in order, from the stored version.
      if (oldVersion < 1) {
        db.createObjectStore('meta', { keyPath: 'key' });
        db.createObjectStore('entries', { keyPath: 'id' }).createIndex('kind', 'kind');
        db.createObjectStore('articles', { keyPath: 'id' });
        db.createObjectStore('timeline', { keyPath: 'seq' });
        db.createObjectStore('notes', { keyPath: 'entry' });
        db.createObjectStore('ownArticles', { keyPath: 'id' });
        db.createObjectStore('ownEntries', { keyPath: 'id' });
        db.createObjectStore('hiddenEntries', { keyPath: 'entry' });
      }
      if (oldVersion < 2) {
        db.createObjectStore('stories', { keyPath: 'id' });
        void intoFirstStory(transaction).catch(() => transaction.abort());
      }
    },
  });
  // Opened after all, too late: close it so it blocks nobody.
  void open.then(
    (db) => gaveUp && db.close(),
    () => undefined,
  );
  return Promise.race([open, blocked]).finally(() => clearTimeout(timer));
}

/**
 * Schema step 2: stories. What the reader made so far belongs to the first story, the one
 * the stored dossier tells: their articles get its id, their own entries are listed in it.
 * Notes and hidden entries are kept by entry, so they follow their entries into it.
 * A fresh install has nothing yet: seeding creates the first story.
 */
async function intoFirstStory(tx: IDBPTransaction<KontextDB, StoreNames<KontextDB>[], 'versionchange'>): Promise<void> {
  const [meta, articles, ownEntryIds] = await Promise.all([
    tx.objectStore('meta').get('bundled'),
    tx.objectStore('ownArticles').getAll(),
    tx.objectStore('ownEntries').getAllKeys(),
  ]);
  if (!meta && articles.length === 0 && ownEntryIds.length === 0) return;
  const story = meta?.story ?? BUNDLED_STORY;
  await Promise.all([
    tx.objectStore('stories').put({
      id: story.id,
      name: story.name,
      enabled: true,
      bundled: true,
      created: meta?.seededAt ?? Date.now(),
      entries: ownEntryIds.map(String),
    }),
    ...articles.map((article) => tx.objectStore('ownArticles').put({ ...article, story: story.id })),
  ]);
}

export async function getBundledMeta(db: KontextDatabase): Promise<BundledMeta | undefined> {
  return db.get('meta', 'bundled');
}

export async function getAllEntries(db: KontextDatabase): Promise<Entry[]> {
  const [bundled, own, hidden] = await Promise.all([
    db.getAll('entries'),
    db.getAll('ownEntries'),
    db.getAllKeys('hiddenEntries'),
  ]);
  const hiddenSet = new Set(hidden);
  return [...bundled, ...own].filter((entry) => !hiddenSet.has(entry.id));
}

export async function getEntriesById(db: KontextDatabase, ids: readonly string[]): Promise<Entry[]> {
  const tx = db.transaction(['entries', 'ownEntries'], 'readonly');
  const found = await Promise.all(
    ids.map(async (id) => (await tx.objectStore('entries').get(id)) ?? tx.objectStore('ownEntries').get(id)),
  );
  await tx.done;
  return found.filter((entry): entry is Entry => entry !== undefined);
}
