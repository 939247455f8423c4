/**
 * The dossier store: IndexedDB, owned by the background. Bundled data (entries,
 * articles, timeline) is replaced wholesale when the bundled dossier changes;
 * the reader's own data lives in separate stores that seeding never touches.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Article, Dossier, Entry, TimelineEvent } from '../dossier/types';

export const DB_NAME = 'kontext';
/** Bump with a new step in `upgrade` below; never edit an old step. */
export const DB_VERSION = 1;

export interface BundledMeta {
  key: 'bundled';
  hash: string;
  schemaVersion: number;
  seededAt: number;
  /** `imported`: the reader replaced the bundled dossier with a file; seeding leaves it until a reset. */
  source?: 'bundled' | 'imported';
  /** Hash of the stored dossier with the reader's articles merged in. */
  effectiveHash?: string;
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
}

export type KontextDatabase = IDBPDatabase<KontextDB>;

export function openDossierDB(name = DB_NAME): Promise<KontextDatabase> {
  return openDB<KontextDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
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
    },
  });
}

/**
 * Makes the bundled part of the store equal to `dossier`, in one transaction so a
 * crash leaves either the old or the new dossier, never a mix. Returns whether it wrote.
 */
export async function seedBundledDossier(db: KontextDatabase, dossier: Dossier): Promise<boolean> {
  const current = await db.get('meta', 'bundled');
  if (current?.hash === dossier.hash && current.schemaVersion === dossier.schemaVersion) {
    return false;
  }
  const tx = db.transaction(['meta', 'entries', 'articles', 'timeline'], 'readwrite');
  const entries = tx.objectStore('entries');
  const articles = tx.objectStore('articles');
  const timeline = tx.objectStore('timeline');
  await Promise.all([entries.clear(), articles.clear(), timeline.clear()]);
  await Promise.all([
    ...dossier.entries.map((entry) => entries.put(entry)),
    ...dossier.articles.map((article) => articles.put(article)),
    ...dossier.timeline.map((event, seq) => timeline.put({ ...event, seq })),
    tx.objectStore('meta').put({
      key: 'bundled',
      hash: dossier.hash,
      schemaVersion: dossier.schemaVersion,
      seededAt: Date.now(),
    }),
  ]);
  await tx.done;
  return true;
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

export async function getAllArticles(db: KontextDatabase): Promise<Article[]> {
  const [bundled, own] = await Promise.all([db.getAll('articles'), db.getAll('ownArticles')]);
  return [...bundled, ...own];
}

export async function getEntriesById(db: KontextDatabase, ids: readonly string[]): Promise<Entry[]> {
  const tx = db.transaction(['entries', 'ownEntries'], 'readonly');
  const found = await Promise.all(
    ids.map(async (id) => (await tx.objectStore('entries').get(id)) ?? tx.objectStore('ownEntries').get(id)),
  );
  await tx.done;
  return found.filter((entry): entry is Entry => entry !== undefined);
}
