import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import type { Dossier } from '../dossier/types';
import { exportFile } from '../import-export/export-file';
import { checkImportText } from '../import-export/import-file';
import { getAllEntries } from './db';
import { freshStore as seededStore } from './test-store';
import { annotateEntries, DossierStore, readStoredState } from './dossier-store';
import { ReaderDataError } from './reader-rules';

/** A refusal with this code (and these parameters, where given). */
const code = (name: string, params?: object) => ({ coded: { code: name, ...(params ? { params } : {}) } });

let bundled: Dossier;

beforeAll(async () => {
  bundled = await buildDossier(fixture());
});

const freshStore = (base = bundled) => seededStore(base);

const ARTICLE = {
  title: 'Eigener Artikel',
  outlet: 'Lokalblatt',
  date: '2025-05-02',
  language: 'de' as const,
  text: 'Die Kämpfe in der Region Kursk dauern laut Lokalblatt an. Gerassimow äußerte sich nicht.',
};

describe('the reader’s dossier store', () => {
  it('merges an added article into the entries and keeps it apart from the bundled articles', async () => {
    const { db, store } = await freshStore();
    const { id, entries } = await store.addArticle(ARTICLE);
    expect(entries).toEqual(expect.arrayContaining(['kursk', 'gerassimow']));
    const state = await readStoredState(db);
    const kursk = state.dossier.entries.find((e) => e.id === 'kursk')!;
    expect(kursk.mentions[id]).toBe(1);
    expect(kursk.evidence.some((x) => x.article === id && x.quote.includes('dauern laut Lokalblatt an'))).toBe(true);
    expect(state.own.articles.map((a) => a.id)).toEqual([id]);
    expect(await db.count('articles')).toBe(bundled.articles.length);
    const [annotated] = await annotateEntries(db, [kursk]);
    expect(annotated!.readerEvidence?.[0]?.article).toBe(id);
  });

  it('keeps the reader’s article through an update of the bundled dossier', async () => {
    const { db, store } = await freshStore();
    const { id } = await store.addArticle(ARTICLE);
    const input = fixture();
    input.catalog[0]!.role = { de: 'Neue Rolle', en: 'New role' };
    const updated = await buildDossier(input);
    expect(await new DossierStore(db, updated).seed()).toBe(true);
    const state = await readStoredState(db);
    const kursk = state.dossier.entries.find((e) => e.id === 'kursk')!;
    expect(kursk.role.de).toBe('Neue Rolle');
    expect(kursk.mentions[id]).toBe(1);
  });

  it('refuses a bad article and changes nothing', async () => {
    const { db, store } = await freshStore();
    const before = await readStoredState(db);
    await expect(store.addArticle({ ...ARTICLE, date: '28.04.2025' })).rejects.toBeInstanceOf(ReaderDataError);
    await expect(store.addArticle({ ...ARTICLE, text: '   ' })).rejects.toMatchObject(code('articleNoText'));
    expect(await readStoredState(db)).toEqual(before);
  });

  it('updates the article added from the same address instead of adding it twice', async () => {
    const { db, store } = await freshStore();
    const url = 'https://example.org/kursk';
    const first = await store.addArticle({ ...ARTICLE, url, author: 'A. Autorin' });
    expect(first.updated).toBe(false);
    const again = await store.addArticle({
      ...ARTICLE,
      url,
      title: 'Neuer Titel',
      text: 'Gerassimow sprach in Kursk.',
    });
    expect(again).toMatchObject({ id: first.id, updated: true });
    const state = await readStoredState(db);
    expect(state.own.articles).toHaveLength(1);
    expect(state.own.articles[0]).toMatchObject({
      id: first.id,
      title: 'Neuer Titel',
      url,
      text: 'Gerassimow sprach in Kursk.',
    });
    // Another address is another article.
    await store.addArticle({ ...ARTICLE, url: 'https://example.org/other' });
    expect((await readStoredState(db)).own.articles).toHaveLength(2);
    // Only web addresses are recorded.
    await expect(store.addArticle({ ...ARTICLE, url: 'javascript:alert(1)' })).rejects.toMatchObject(
      code('articleBadUrl', { url: 'javascript:alert(1)' }),
    );
  });

  it('removes a reader article again', async () => {
    const { db, store } = await freshStore();
    const { id } = await store.addArticle(ARTICLE);
    await store.removeArticle(id);
    const state = await readStoredState(db);
    expect(state.own.articles).toEqual([]);
    expect(state.dossier.entries).toEqual((await readStoredState((await freshStore()).db)).dossier.entries);
  });

  it('saves own entries, refusing names another entry has', async () => {
    const { db, store } = await freshStore();
    const entry = await store.saveOwnEntry({
      name: 'Lokalblatt',
      aliases: ['Das Lokalblatt'],
      kind: 'organisation',
      note: 'Kleine Zeitung',
    });
    expect(entry.id).toBe('own-lokalblatt');
    expect((await getAllEntries(db)).some((e) => e.id === 'own-lokalblatt')).toBe(true);
    expect((await db.get('notes', 'own-lokalblatt'))?.text).toBe('Kleine Zeitung');
    await expect(
      store.saveOwnEntry({ name: 'Mein Kursk', aliases: ['region kursk'], kind: 'place' }),
    ).rejects.toMatchObject(code('aliasTaken', { alias: 'region kursk', entry: { de: 'Kursk', en: 'Kursk' } }));
    await expect(store.saveOwnEntry({ name: '<b>x</b>', aliases: [], kind: 'place' })).rejects.toMatchObject(
      code('aliasMarkup'),
    );
    await store.deleteOwnEntry('own-lokalblatt');
    expect(await db.get('notes', 'own-lokalblatt')).toBeUndefined();
  });

  it('refuses a name no page would show marked, and keeps names that start oddly but are found', async () => {
    const { db, store } = await freshStore();
    for (const name of ['#MeToo', '.NET', '§ 218']) {
      await expect(store.saveOwnEntry({ name, aliases: [], kind: 'concept' })).rejects.toMatchObject(
        code('aliasNotFindable', { alias: name }),
      );
    }
    await expect(
      store.saveOwnEntry({ name: 'MeToo', aliases: ['#MeToo-Bewegung'], kind: 'concept' }),
    ).rejects.toMatchObject(code('aliasNotFindable', { alias: '#MeToo-Bewegung' }));
    for (const name of ['C++', 'St.Petersburg', 'Ernst & Young', '习近平', 'AfD']) {
      await expect(store.saveOwnEntry({ name, aliases: [], kind: 'organisation' })).resolves.toMatchObject({
        name: { de: name },
      });
    }
    expect((await getAllEntries(db)).filter((e) => e.id.startsWith('own-'))).toHaveLength(5);
  });

  it('keeps notes and hidden entries', async () => {
    const { db, store } = await freshStore();
    await store.setNote('kursk', '  Meine Notiz ');
    await store.setHidden('gerassimow', true);
    const [kursk] = await annotateEntries(
      db,
      (await getAllEntries(db)).filter((e) => e.id === 'kursk'),
    );
    expect(kursk!.note).toBe('Meine Notiz');
    expect((await getAllEntries(db)).some((e) => e.id === 'gerassimow')).toBe(false);
    await store.setNote('kursk', '');
    expect(await db.get('notes', 'kursk')).toBeUndefined();
  });

  it('round-trips an export through a replacing import', async () => {
    const { db, store } = await freshStore();
    await store.addArticle(ARTICLE);
    await store.saveOwnEntry({ name: 'Lokalblatt', aliases: [], kind: 'organisation', note: 'n' });
    await store.setNote('kursk', 'Notiz');
    await store.setHidden('gerassimow', true);
    const exported = await exportFile(await readStoredState(db));
    const check = checkImportText(JSON.stringify(exported));
    expect(check.ok).toBe(true);
    if (!check.ok) return;

    const other = await freshStore();
    const summary = await other.store.importData(check.file, 'replace');
    expect(summary).toMatchObject({ articles: 1, entries: 1, notes: 2, hidden: 1, baseTaken: true });
    const again = await exportFile(await readStoredState(other.db));
    expect({ ...again, exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    expect((await other.db.get('meta', 'bundled'))?.source).toBe('bundled');
  });

  it('merges an import into the reader’s own data', async () => {
    const source = await freshStore();
    await source.store.saveOwnEntry({ name: 'Lokalblatt', aliases: [], kind: 'organisation' });
    await source.store.setNote('kursk', 'aus der Datei');
    const check = checkImportText(JSON.stringify(await exportFile(await readStoredState(source.db))));
    if (!check.ok) throw new Error('export does not check');
    const { db, store } = await freshStore();
    await store.setNote('gerassimow', 'meine');
    await store.importData(check.file, 'merge');
    const state = await readStoredState(db);
    expect(state.own.notes.map((n) => n.entry).sort()).toEqual(['gerassimow', 'kursk']);
    expect(state.own.entries.map((e) => e.id)).toEqual(['own-lokalblatt']);
  });

  it('an import the builder refuses changes nothing', async () => {
    const { db, store } = await freshStore();
    await store.setNote('kursk', 'bleibt');
    const before = await readStoredState(db);
    const check = checkImportText(JSON.stringify(await exportFile(before)));
    if (!check.ok) throw new Error('export does not check');
    check.file.dossier.entries.find((e) => e.facts.length > 0)!.facts[0]!.sources[0]!.quote =
      'Diese Worte stehen in keinem Artikel';
    await expect(store.importData(check.file, 'replace')).rejects.toMatchObject(code('dossierWouldNotBuild'));
    expect(await readStoredState(db)).toEqual(before);
  });

  it('an imported dossier stays until the reader resets to the bundled one', async () => {
    const input = fixture();
    input.catalog[0]!.role = { de: 'Andere Rolle', en: 'Other role' };
    const other = await buildDossier(input);
    const { db, store } = await freshStore();
    await store.setNote('kursk', 'bleibt');
    const check = checkImportText(JSON.stringify({ ...other }));
    if (!check.ok) throw new Error('dossier does not check');
    await store.importData(check.file, 'replace');
    expect((await db.get('meta', 'bundled'))?.source).toBe('imported');
    expect(await store.seed()).toBe(false);
    await store.reset(false);
    const meta = await db.get('meta', 'bundled');
    expect(meta?.source).toBe('bundled');
    expect(meta?.hash).toBe(bundled.hash);
    // Replacing with a bare dossier replaced the own data too; a reset keeps what there is.
    await store.setNote('kursk', 'neu');
    await store.reset(true);
    expect(await db.count('notes')).toBe(0);
  });

  it('an accepted proposal becomes an own entry with its role and grounded summary; quotes must be verbatim', async () => {
    const { db, store } = await freshStore();
    const { id } = await store.addArticle(ARTICLE);
    const quote = 'Die Kämpfe in der Region Kursk dauern laut Lokalblatt an.';
    const entry = await store.saveOwnEntry({
      name: 'Lokalblatt',
      aliases: ['LB'],
      kind: 'organisation',
      role: 'Zeitung',
      summary: [{ article: id, quote }],
      caseSensitive: ['LB'],
    });
    expect(entry.role).toEqual({ de: 'Zeitung', en: 'Zeitung' });
    expect(entry.summarySentences).toEqual([{ de: quote, en: quote, sources: [{ article: id, quote }] }]);
    // A sentence the article does not contain is refused, and nothing is written.
    await expect(
      store.saveOwnEntry({
        name: 'Testblatt',
        aliases: [],
        kind: 'organisation',
        summary: [{ article: id, quote: 'Die Kämpfe in der Region Kursk sind vorbei.' }],
      }),
    ).rejects.toThrow(/summaryNotQuoted/);
    expect((await readStoredState(db)).own.entries.map((e) => e.name.de)).toEqual(['Lokalblatt']);
    // An export with it imports again: sentences, role and match rules are a valid own entry.
    const exported = checkImportText(JSON.stringify(await exportFile(await readStoredState(db))));
    expect(exported.ok).toBe(true);
    // Removing the article takes its sentences out of the own entry: no quote points nowhere.
    await store.removeArticle(id);
    const [kept] = (await readStoredState(db)).own.entries;
    expect(kept!.summarySentences).toEqual([]);
    expect(kept!.role.de).toBe('Zeitung');
  });
});
