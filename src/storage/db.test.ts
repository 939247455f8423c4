import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Dossier, Entry } from '../dossier/types';
import { getAllEntries, getBundledMeta, getEntriesById, openDossierDB, type KontextDatabase } from './db';
import { DossierStore } from './dossier-store';

/** Seeding as the background does it. */
const seedBundledDossier = (db: KontextDatabase, bundled: Dossier): Promise<boolean> =>
  new DossierStore(db, bundled).seed();

let dbCounter = 0;
const freshDB = () => openDossierDB(`kontext-test-${++dbCounter}`);

function entry(id: string): Entry {
  return {
    id,
    kind: 'place',
    name: { de: id, en: id },
    aliases: [id],
    role: { de: '', en: '' },
    summary: { de: 's', en: 's' },
    summarySentences: [],
    facts: [],
    related: [],
    evidence: [],
    sources: [{ article: 'a', quote: 'q' }],
    match: {},
    importance: 1,
    mentions: {},
  };
}

function dossier(hash: string, ids: string[]): Dossier {
  return {
    schemaVersion: 1,
    hash,
    articles: [{ id: 'a', title: 'A', language: 'de', text: 'q' }],
    entries: ids.map(entry),
    timeline: [{ date: '2025-04-28', text: { de: 't', en: 't' }, entries: ids, sources: [] }],
  };
}

describe('dossier store', () => {
  it('seeds the bundled dossier once per hash', async () => {
    const db = await freshDB();
    expect(await seedBundledDossier(db, dossier('h1', ['kursk', 'kiew']))).toBe(true);
    expect(await seedBundledDossier(db, dossier('h1', ['kursk', 'kiew']))).toBe(false);
    expect((await getBundledMeta(db))?.hash).toBe('h1');
    expect((await getAllEntries(db)).map((e) => e.id).sort()).toEqual(['kiew', 'kursk']);
  });

  it('replaces bundled entries on a new hash and keeps the reader data', async () => {
    const db = await freshDB();
    await seedBundledDossier(db, dossier('h1', ['kursk', 'kiew']));
    await db.put('notes', { entry: 'kursk', text: 'meine Notiz', updatedAt: 1 });
    await db.put('ownEntries', { ...entry('mein-eintrag') });
    await seedBundledDossier(db, dossier('h2', ['kursk']));
    expect((await getAllEntries(db)).map((e) => e.id).sort()).toEqual(['kursk', 'mein-eintrag']);
    expect(await db.get('notes', 'kursk')).toMatchObject({ text: 'meine Notiz' });
    expect(await db.count('timeline')).toBe(1);
  });

  it('looks entries up by id across bundled and own entries, skipping unknown ids', async () => {
    const db = await freshDB();
    await seedBundledDossier(db, dossier('h1', ['kursk']));
    await db.put('ownEntries', entry('mein-eintrag'));
    const found = await getEntriesById(db, ['mein-eintrag', 'nope', 'kursk']);
    expect(found.map((e) => e.id)).toEqual(['mein-eintrag', 'kursk']);
  });

  it('hides entries the reader hid', async () => {
    const db = await freshDB();
    await seedBundledDossier(db, dossier('h1', ['kursk', 'kiew']));
    await db.put('hiddenEntries', { entry: 'kiew' });
    expect((await getAllEntries(db)).map((e) => e.id)).toEqual(['kursk']);
  });
});
