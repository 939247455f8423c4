import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import { openDossierDB } from './db';
import { applyReaderChange } from './reader-changes';
import { DossierStore } from './dossier-store';

async function store() {
  const db = await openDossierDB(`reader-changes-${Math.random()}`);
  const s = new DossierStore(db, await buildDossier(fixture()));
  await s.seed();
  return { db, s };
}

describe('reader changes as messages', () => {
  it('refuses messages of the wrong shape without touching the store', async () => {
    const { db, s } = await store();
    for (const bad of [
      null,
      'x',
      { op: 'nope' },
      { op: 'setNote', entry: 'kursk' },
      { op: 'setHidden', entry: 'kursk', hidden: 'yes' },
    ]) {
      expect(await applyReaderChange(s, bad)).toMatchObject({ ok: false, error: { en: 'Invalid change.' } });
    }
    expect(await db.count('notes')).toBe(0);
  });

  it('answers a refused change in both languages, and an import with the places of its problems', async () => {
    const { s } = await store();
    const refused = await applyReaderChange(s, {
      op: 'saveOwnEntry',
      entry: { name: 'X', aliases: ['Region Kursk'], kind: 'place' },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { de: expect.stringContaining('Region Kursk'), en: expect.stringContaining('already names') },
    });
    const bad = await applyReaderChange(s, {
      op: 'import',
      text: '{"schemaVersion": 1, "entries": [1]}',
      mode: 'merge',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.en).toBe('The file was not imported; nothing was changed.');
      expect(bad.problems.map((p) => p.path)).toContain('entries[0]');
    }
  });

  it('says which limit a text just over it breaks, not only that the change is invalid', async () => {
    const { s } = await store();
    const article = { title: 'T', language: 'de', text: 'Kursk. '.repeat(146_000) };
    expect(article.text.length).toBeGreaterThan(1_000_000);
    expect(await applyReaderChange(s, { op: 'addArticle', article })).toMatchObject({
      ok: false,
      error: { en: 'The text is too long (at most 1,000,000 characters).' },
    });
    expect(await applyReaderChange(s, { op: 'setNote', entry: 'kursk', text: 'n'.repeat(10_001) })).toMatchObject({
      ok: false,
      error: { en: expect.stringMatching(/at most 10[,.]?000 characters/) },
    });
  });

  it('applies a valid change', async () => {
    const { db, s } = await store();
    expect(await applyReaderChange(s, { op: 'setNote', entry: 'kursk', text: 'n' })).toEqual({ ok: true });
    expect((await db.get('notes', 'kursk'))?.text).toBe('n');
  });
});
