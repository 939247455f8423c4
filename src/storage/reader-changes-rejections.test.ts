/**
 * Rejected proposals as the reader's data: in the full export and the story pack, taken back in by an
 * import (checked with the rest of the file; a bad one refuses the whole file), and gone with the story.
 */
import 'fake-indexeddb/auto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import { BUNDLED_STORY } from '../dossier/catalog/story';
import type { Dossier } from '../dossier/types';
import { cacheProposals, cachedProposals } from '../dossier-page/proposal-cache';
import { allRejections, rejectedKeys, rememberRejection } from '../dossier-page/rejections';
import { exportFile } from '../import-export/export-file';
import { storyPackFile } from '../import-export/story-pack';
import { describeError } from '../ui/errors';
import { readStoredState } from './dossier-store';
import { applyReaderChange } from './reader-changes';
import { firstStoryOf } from './reader-rules';
import { freshStore } from './test-store';

let bundled: Dossier;
beforeAll(async () => {
  bundled = await buildDossier({ ...fixture(), story: BUNDLED_STORY });
});
beforeEach(() => fakeBrowser.reset());

/** A reader with a story of their own and rejections in it and in the first story; their full export. */
async function readerWithRejections() {
  const { db, store } = await freshStore(bundled);
  const story = await store.createStory({ de: 'Hafen', en: 'Port' });
  const first = firstStoryOf((await readStoredState(db)).stories)!.id;
  await rememberRejection(first, ['bezug']);
  await rememberRejection(story.id, ['independent premium', 'kreml']);
  const file = await exportFile(await readStoredState(db), new Date(), await allRejections());
  return { db, store, story, first, file };
}

describe('rejected proposals in the export', () => {
  it('go with each story in the full export and come back with a replace import elsewhere', async () => {
    const { story, file } = await readerWithRejections();
    expect(file.stories?.find((s) => s.id === story.id)?.rejected).toEqual(['independent premium', 'kreml']);
    expect(file.stories?.find((s) => s.first)?.rejected).toEqual(['bezug']);

    fakeBrowser.reset(); // another install
    const other = await freshStore(bundled);
    const result = await applyReaderChange(other.store, { op: 'import', text: JSON.stringify(file), mode: 'replace' });
    expect(result).toMatchObject({ ok: true });
    // The summary the page shows carries nothing about stories' ids.
    if (result.ok) expect(Object.keys(result.imported!)).not.toContain('storyIds');
    const first = firstStoryOf((await readStoredState(other.db)).stories)!.id;
    expect([...(await rejectedKeys(first))]).toEqual(['bezug']);
    expect([...(await rejectedKeys(story.id))]).toEqual(['independent premium', 'kreml']);
  });

  it('are added to the reader’s by a merge import; a replace import keeps only the file’s', async () => {
    const { store, story, first, file } = await readerWithRejections();
    await rememberRejection(first, ['moskau']);
    await applyReaderChange(store, { op: 'import', text: JSON.stringify(file), mode: 'merge' });
    expect([...(await rejectedKeys(first))].sort()).toEqual(['bezug', 'moskau']);
    await applyReaderChange(store, { op: 'import', text: JSON.stringify(file), mode: 'replace' });
    expect([...(await rejectedKeys(first))]).toEqual(['bezug']);
    expect([...(await rejectedKeys(story.id))]).toEqual(['independent premium', 'kreml']);
  });

  it('an export from before rejections went with it still imports, and keeps the reader’s on merge', async () => {
    const { store, story, first, file } = await readerWithRejections();
    const older = {
      ...file,
      stories: file.stories!.map(({ rejected: _rejected, ...s }) => s),
    };
    expect(JSON.stringify(older)).not.toContain('rejected');
    expect(await applyReaderChange(store, { op: 'import', text: JSON.stringify(older), mode: 'merge' })).toMatchObject({
      ok: true,
    });
    expect([...(await rejectedKeys(first))]).toEqual(['bezug']);
    expect([...(await rejectedKeys(story.id))]).toEqual(['independent premium', 'kreml']);
  });

  it('a file with a bad rejection is refused whole, said in German and English, nothing written', async () => {
    const { db, store, story, file } = await readerWithRejections();
    const bad = structuredClone(file);
    const at = bad.stories!.findIndex((s) => s.id === story.id);
    bad.stories![at]!.rejected = ['<img src=x onerror=alert(1)>', 'kreml'];
    bad.stories![at]!.name = { de: 'Anders', en: 'Other' };
    const before = await readStoredState(db);
    const rejectionsBefore = await allRejections();
    const result = await applyReaderChange(store, { op: 'import', text: JSON.stringify(bad), mode: 'replace' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeError(result.error, 'de')).toBe('Die Datei wurde nicht importiert; nichts wurde geändert.');
    expect(describeError(result.error, 'en')).toBe('The file was not imported; nothing was changed.');
    expect(result.problems.map((p) => p.path)).toEqual([`stories[${at}].rejected[0]`]);
    expect(describeError(result.problems[0]!.error, 'de')).toContain('enthält < oder >');
    expect(describeError(result.problems[0]!.error, 'en')).toContain('contains < or >');
    expect(await readStoredState(db)).toEqual(before);
    expect(await allRejections()).toEqual(rejectionsBefore);

    // Not a list: refused as well, with the type it expected.
    const notList = structuredClone(file);
    (notList.stories![at] as { rejected: unknown }).rejected = 'kreml';
    const second = await applyReaderChange(store, {
      op: 'import',
      text: JSON.stringify(notList),
      mode: 'merge',
    });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.problems.map((p) => p.path)).toEqual([`stories[${at}].rejected`]);
    expect(await allRejections()).toEqual(rejectionsBefore);
  });

  it('a story pack carries its story’s rejections to the story it becomes', async () => {
    const { db, story } = await readerWithRejections();
    const pack = await storyPackFile(await readStoredState(db), story.id, new Date(), [
      ...(await rejectedKeys(story.id)),
    ]);
    expect(pack?.rejected).toEqual(['independent premium', 'kreml']);
    fakeBrowser.reset();
    const other = await freshStore(bundled);
    const result = await applyReaderChange(other.store, { op: 'importStory', text: JSON.stringify(pack) });
    expect(result.ok).toBe(true);
    const storyId = result.ok ? result.storyId! : '';
    expect([...(await rejectedKeys(storyId))]).toEqual(['independent premium', 'kreml']);
    // The story the pack came from is not in this install: nothing is kept for it.
    expect(Object.keys(await allRejections())).toEqual([storyId]);
  });
});

describe('an accepted proposal in a story of the reader’s own', () => {
  it('quotes that story’s article and still goes through export and import', async () => {
    const { db, store } = await freshStore(bundled);
    const story = await store.createStory({ de: 'Hafen', en: 'Port' });
    const text = 'Am 9. Juni lag der Frachter Angara im Hafen von Rason.';
    const { id: article } = await store.addArticle({ title: 'Frachter', language: 'de', text }, story.id);
    await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept', summary: [{ article, quote: text }] }, [
      story.id,
    ]);
    const file = await exportFile(await readStoredState(db), new Date(), await allRejections());
    const other = await freshStore(bundled);
    const result = await applyReaderChange(other.store, { op: 'import', text: JSON.stringify(file), mode: 'replace' });
    expect(result).toMatchObject({ ok: true });
    const entry = (await readStoredState(other.db)).own.entries.find((e) => e.name.de === 'Angara');
    expect(entry?.summarySentences[0]?.sources).toEqual([{ article, quote: text }]);
  });
});

describe('the stored proposals of a story', () => {
  it('are for the key they were computed for, and go with the story or the reader’s own data', async () => {
    const { store } = await freshStore(bundled);
    const kept = await store.createStory({ de: 'Behalten' });
    const gone = await store.createStory({ de: 'Weg' });
    await cacheProposals(kept.id, 'k1', []);
    await cacheProposals(gone.id, 'k1', []);
    expect(await cachedProposals(kept.id, 'k1')).toEqual([]);
    expect(await cachedProposals(kept.id, 'k2')).toBeNull();
    await applyReaderChange(store, { op: 'deleteStory', id: gone.id });
    expect(await cachedProposals(gone.id, 'k1')).toBeNull();
    expect(await cachedProposals(kept.id, 'k1')).toEqual([]);
    await applyReaderChange(store, { op: 'reset', dropOwn: true });
    expect(await cachedProposals(kept.id, 'k1')).toBeNull();
  });
});
