import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import type { Lang } from '../dossier/types';
import { describeError } from '../ui/errors';
import { openDossierDB } from './db';
import { applyReaderChange, type ReaderChangeResult } from './reader-changes';
import { DossierStore } from './dossier-store';

/** What the reader is told about a refused change. */
function said(result: ReaderChangeResult, lang: Lang = 'en'): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : describeError(result.error, lang);
}

let stores = 0;

async function store() {
  const db = await openDossierDB(`reader-changes-${++stores}`);
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
      const result = await applyReaderChange(s, bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'changeInvalid' } });
      expect(said(result, 'de')).toBe('Ungültige Änderung.');
    }
    expect(await db.count('notes')).toBe(0);
  });

  it('answers a refused change in both languages, and an import with the places of its problems', async () => {
    const { s } = await store();
    const refused = await applyReaderChange(s, {
      op: 'saveOwnEntry',
      entry: { name: 'X', aliases: ['Region Kursk'], kind: 'place' },
    });
    expect(said(refused, 'de')).toContain('Region Kursk');
    expect(said(refused, 'en')).toContain('already names');
    const bad = await applyReaderChange(s, {
      op: 'import',
      text: '{"schemaVersion": 1, "entries": [1]}',
      mode: 'merge',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(said(bad)).toBe('The file was not imported; nothing was changed.');
      expect(bad.problems.map((p) => p.path)).toContain('entries[0]');
    }
  });

  it('says which limit a text just over it breaks, not only that the change is invalid', async () => {
    const { s } = await store();
    const article = { title: 'T', language: 'de', text: 'Kursk. '.repeat(146_000) };
    expect(article.text.length).toBeGreaterThan(1_000_000);
    expect(said(await applyReaderChange(s, { op: 'addArticle', article }))).toBe(
      'The text is too long (at most 1,000,000 characters).',
    );
    expect(said(await applyReaderChange(s, { op: 'setNote', entry: 'kursk', text: 'n'.repeat(10_001) }))).toMatch(
      /at most 10[,.]?000 characters/,
    );
  });

  it('applies a valid change', async () => {
    const { db, s } = await store();
    expect(await applyReaderChange(s, { op: 'setNote', entry: 'kursk', text: 'n' })).toEqual({ ok: true });
    expect((await db.get('notes', 'kursk'))?.text).toBe('n');
  });
});
