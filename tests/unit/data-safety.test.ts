/**
 * The reader's data survives: every earlier schema version (a fixture database per
 * version, made by that version's code) opens with the current code and seeds the new
 * bundled dossier without losing a note, an own article, an own entry or a hidden entry;
 * an upgrade blocked by an old page gives a clear message and loses nothing; a full disk
 * (QuotaExceededError, thrown or as the transaction's error) gives a clear message and
 * leaves the store exactly as it was.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BackgroundService } from '../../src/background/service';
import { buildDossier } from '../../src/dossier/build';
import { fixture } from '../../src/dossier/build/test-fixture';
import { BUNDLED_STORY } from '../../src/dossier/catalog/story';
import type { Dossier } from '../../src/dossier/types';
import { DB_VERSION, getAllEntries, openDossierDB, StorageError, type KontextDatabase } from '../../src/storage/db';
import { annotateEntries, DossierStore, readStoredState } from '../../src/storage/dossier-store';
import { storyView } from '../../src/storage/reader-rules';
import { describeError } from '../../src/ui/errors';

interface DbFixture {
  version: number;
  stores: Record<string, { keyPath: string; indexes: { name: string; keyPath: string }[]; records: unknown[] }>;
}

const FIXTURES = join(import.meta.dirname, 'fixtures', 'db');
const fixtures = readdirSync(FIXTURES)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => ({ name, data: JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as DbFixture }))
  .sort((a, b) => a.data.version - b.data.version);

const READER_STORES = ['notes', 'ownArticles', 'ownEntries', 'hiddenEntries', 'stories'] as const;

/**
 * A fixture's records as the upgrade ladder leaves them: written out per step, so a step
 * that loses or bends a record fails here. Step 2 (stories): the reader's data goes into the
 * first story, the one the stored dossier tells; notes and hidden entries stay by entry.
 */
function asUpgraded(data: DbFixture): Record<string, unknown[]> {
  const out = Object.fromEntries(Object.entries(data.stores).map(([name, spec]) => [name, spec.records]));
  if (data.version < 2) {
    const meta = (out.meta ?? []) as { key: string; seededAt: number; story?: { id: string; name: unknown } }[];
    // A dossier stored before stories named none: it is the bundled one's.
    const story = meta.find((m) => m.key === 'bundled')?.story ?? BUNDLED_STORY;
    out.ownArticles = (out.ownArticles ?? []).map((a) => ({ ...(a as object), story: story.id }));
    out.stories = [
      {
        id: story.id,
        name: story.name,
        enabled: true,
        bundled: true,
        created: meta[0]!.seededAt,
        entries: (out.ownEntries ?? []).map((e) => (e as { id: string }).id),
      },
    ];
  }
  return out;
}
let bundled: Dossier;
let updated: Dossier;
let counter = 0;
const faults = { injected: 0 };

/** Writes a fixture as the raw database an older release left behind (no current code involved). */
async function restore(name: string, data: DbFixture): Promise<void> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name, data.version);
    request.onupgradeneeded = () => {
      for (const [store, spec] of Object.entries(data.stores)) {
        const created = request.result.createObjectStore(store, { keyPath: spec.keyPath });
        for (const index of spec.indexes) created.createIndex(index.name, index.keyPath);
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(Object.keys(data.stores), 'readwrite');
  for (const [store, spec] of Object.entries(data.stores))
    for (const record of spec.records) tx.objectStore(store).put(record);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function readerData(db: KontextDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const store of READER_STORES) out[store] = await db.getAll(store);
  return out;
}

const sortById = (records: unknown[]) =>
  [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

beforeAll(async () => {
  bundled = await buildDossier(fixture());
  // The next release's bundled dossier: one summary changed, so the hash differs and seeding runs.
  const input = fixture();
  input.catalog[0]!.summary[0]!.de += ' (aktualisiert)';
  updated = await buildDossier(input);
  expect(updated.hash).not.toBe(bundled.hash);
});

afterAll(() => console.log(`[data-safety] faults injected: ${faults.injected}`));

describe('schema upgrades keep the reader data', () => {
  it('has a fixture database for every schema version up to the current one', () => {
    expect(fixtures.map((f) => f.data.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  for (const { name, data } of fixtures) {
    it(`opens ${name} (schema v${data.version}) with the current code and seeds a new dossier without losing anything`, async () => {
      const dbName = `upgrade-${name}-${++counter}`;
      await restore(dbName, data);
      const db = await openDossierDB(dbName);
      expect(db.version).toBe(DB_VERSION);
      const before = await readerData(db);
      const upgraded = asUpgraded(data);
      for (const store of READER_STORES) {
        expect(sortById(before[store]!), store).toEqual(sortById(upgraded[store] ?? []));
      }
      // The update's first start: the new bundled dossier is seeded; the reader's data stays.
      expect(await new DossierStore(db, updated).seed()).toBe(true);
      const after = await readerData(db);
      expect(after.notes).toEqual(before.notes);
      expect(after.ownEntries).toEqual(before.ownEntries);
      expect(after.hiddenEntries).toEqual(before.hiddenEntries);
      // The bundled story's name comes with the release (the reader cannot rename it); the rest stays.
      const releaseName = updated.story?.name ?? BUNDLED_STORY.name;
      expect(after.stories).toEqual(
        (before.stories as { bundled?: boolean }[]).map((s) => (s.bundled ? { ...s, name: releaseName } : s)),
      );
      expect((after.ownArticles as { id: string }[]).map((a) => a.id)).toEqual(
        (before.ownArticles as { id: string }[]).map((a) => a.id),
      );
      // …and is still in effect: own entries listed, hidden ones hidden, notes on their entries.
      const entries = await getAllEntries(db);
      const ids = entries.map((e) => e.id);
      for (const own of before.ownEntries as { id: string }[]) expect(ids).toContain(own.id);
      for (const hidden of before.hiddenEntries as { entry: string }[]) expect(ids).not.toContain(hidden.entry);
      const annotated = await annotateEntries(db, entries);
      for (const note of before.notes as { entry: string; text: string }[]) {
        expect(annotated.find((e) => e.id === note.entry)?.note, note.entry).toBe(note.text);
      }
      // The reader's article of the first story still adds its evidence to the new dossier.
      const state = await readStoredState(db);
      expect(state.dossier.hash).not.toBe(updated.hash);
      // Every article and own entry is in a story, and each story shows its own.
      for (const article of state.own.articles) {
        const view = storyView(state, article.story!);
        expect(
          view?.articles.map((a) => a.id),
          article.id,
        ).toContain(article.id);
      }
      for (const story of state.stories) {
        const view = storyView(state, story.id)!;
        for (const id of story.entries)
          expect(
            view.entries.map((e) => e.id),
            `${story.id} ${id}`,
          ).toContain(id);
      }
      expect(state.stories.filter((s) => s.bundled)).toHaveLength(1);
      db.close();
    });

    it(`opens ${name} through a simulated next version (v${DB_VERSION + 1}) with every record intact`, async () => {
      const dbName = `next-${name}-${++counter}`;
      await restore(dbName, data);
      const db = await openDossierDB(dbName, { version: DB_VERSION + 1 });
      expect(db.version).toBe(DB_VERSION + 1);
      for (const [store, records] of Object.entries(asUpgraded(data))) {
        expect(sortById(await db.getAll(store as never)), store).toEqual(sortById(records));
      }
      db.close();
    });
  }
});

describe('a blocked upgrade', () => {
  it('lets an old Kontext page step aside: its connection closes for the newer version', async () => {
    const dbName = `blocked-own-${++counter}`;
    await restore(dbName, fixtures.at(-1)!.data);
    const old = await openDossierDB(dbName);
    faults.injected++;
    const next = await openDossierDB(dbName, { version: DB_VERSION + 1, blockedTimeoutMs: 2_000 });
    expect(next.version).toBe(DB_VERSION + 1);
    expect(sortById(await next.getAll('notes'))).toEqual(sortById(asUpgraded(fixtures.at(-1)!.data).notes!));
    expect(() => old.transaction('notes')).toThrow();
    next.close();
  });

  it('says clearly what is wrong when another connection never lets go, and loses nothing', async () => {
    const dbName = `blocked-foreign-${++counter}`;
    const data = fixtures.at(-1)!.data;
    await restore(dbName, data);
    // A connection that ignores versionchange (an old page of a release without the handler).
    const holder: IDBDatabase = await new Promise((resolve) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
    });
    faults.injected++;
    const error = await openDossierDB(dbName, { version: DB_VERSION + 1, blockedTimeoutMs: 200 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).reason).toBe('blocked');
    expect(describeError((error as StorageError).coded, 'de')).toMatch(/ältere Kontext-Seite/);
    expect(describeError((error as StorageError).coded, 'en')).toMatch(/older Kontext page/);
    holder.close();
    // The upgrade that waited goes through once the holder let go; the data is all there.
    const db = await openDossierDB(dbName, { version: DB_VERSION + 1 });
    const upgraded = asUpgraded(data);
    for (const store of READER_STORES)
      expect(sortById(await db.getAll(store)), store).toEqual(sortById(upgraded[store]!));
    db.close();
  });
});

describe('a full disk', () => {
  const original = {
    put: IDBObjectStore.prototype.put,
    add: IDBObjectStore.prototype.add,
  };
  let service: BackgroundService;

  beforeEach(async () => {
    // A fresh browser profile for each test: the service opens the default database name.
    globalThis.indexedDB = new IDBFactory();
    await restore('kontext', fixtures.at(-1)!.data);
    service = new BackgroundService(bundled);
    await service.database();
  });

  afterEach(() => {
    IDBObjectStore.prototype.put = original.put;
    IDBObjectStore.prototype.add = original.add;
  });

  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const OPTIONS_PAGE = { id: 'test', url: 'chrome-extension://test/options.html' } as never;

  /**
   * The disk fills up part-way: the first `allowed` writes of the change succeed (with its
   * clears), then a write request fails with QuotaExceededError, which aborts the transaction,
   * as a browser reports it (the request's error event, then the transaction's abort).
   */
  function failWritesAfter(allowed: number): void {
    let puts = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts <= allowed) return original.put.apply(this, args);
      faults.injected++;
      // A real failing request: the same record added twice fails (asynchronously) and aborts
      // the transaction; its error reads as the browser's QuotaExceededError.
      original.put.apply(this, args);
      const failing = original.add.apply(this, args);
      Object.defineProperty(failing, 'error', { get: quota, set: () => undefined });
      return failing;
    };
  }

  const changes = [
    { op: 'setNote', entry: 'kursk', text: 'Eine neue Notiz, die nicht mehr passt.' },
    { op: 'saveOwnEntry', entry: { name: 'Neue Quelle', aliases: ['Neue Quelle'], kind: 'organisation' } },
    {
      op: 'addArticle',
      article: { title: 'Noch ein Artikel', language: 'de', text: 'Kim Jong-un besuchte erneut Kursk.' },
    },
    { op: 'setHidden', entry: 'kursk', hidden: true },
    { op: 'reset', dropOwn: true },
  ];

  for (const change of changes) {
    {
      it(`refuses ${change.op} clearly and keeps every record (QuotaExceededError part-way through the write)`, async () => {
        const db = await service.database();
        const before = await readStoredState(db);
        failWritesAfter(change.op === 'addArticle' || change.op === 'reset' ? 2 : 0);
        const result = await service.handle({ type: 'changeDossier', change: change as never }, OPTIONS_PAGE);
        expect(result).toMatchObject({ ok: false, error: { code: 'storageQuota' } });
        if (result && 'error' in result) {
          expect(describeError(result.error, 'de')).toMatch(/Speicher.*voll/);
          expect(describeError(result.error, 'en')).toMatch(/storage is full/);
        }
        IDBObjectStore.prototype.put = original.put;
        expect(await readStoredState(db)).toEqual(before);
      });
    }
  }
});
