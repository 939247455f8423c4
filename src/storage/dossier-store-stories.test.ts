/** What imports and story edits keep of the reader's data across stories. */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import { BUNDLED_STORY } from '../dossier/catalog/story';
import type { Dossier } from '../dossier/types';
import { exportFile } from '../import-export/export-file';
import { checkImportText } from '../import-export/import-file';
import { storyPackFile } from '../import-export/story-pack';
import { freshStore as seededStore } from './test-store';
import { readStoredState } from './dossier-store';
import { otherStoriesHolding, ownEntry } from './reader-rules';

/** A refusal with this code. */
const code = (name: string) => ({ coded: { code: name } });

let bundled: Dossier;
beforeAll(async () => {
  bundled = await buildDossier({ ...fixture(), story: BUNDLED_STORY });
});
const freshStore = (base = bundled) => seededStore(base);
const RASON_ARTICLE = {
  title: 'Frachter im Hafen von Rason',
  outlet: 'Hafenbote',
  date: '2025-06-10',
  language: 'de' as const,
  text: 'Am 9. Juni lag der Frachter Angara im Hafen von Rason.',
};
const checked = (text: string) => {
  const c = checkImportText(text);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.file;
};

describe('merge import and stories', () => {
  it('keeps entries added to a story since the file was exported, and the story’s switch', async () => {
    const { db, store } = await freshStore();
    const story = await store.createStory({ de: 'Hafen' });
    await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept' }, [story.id]);
    const file = checked(JSON.stringify(await exportFile(await readStoredState(db))));
    const later = await store.saveOwnEntry({ name: 'Rason-Frachter', aliases: [], kind: 'concept' }, [story.id]);
    await store.setStoryEnabled(story.id, false);
    await store.importData(file, 'merge');
    const after = (await readStoredState(db)).stories.find((s) => s.id === story.id)!;
    expect(after.entries).toEqual(expect.arrayContaining([later.id, 'own-angara']));
    expect(after.enabled).toBe(false);
  });

  it('puts an own entry that no story holds into the first story', async () => {
    const { db, store } = await freshStore();
    const file = checked(JSON.stringify(await exportFile(await readStoredState(db))));
    file.own.entries = [ownEntry('own-stray', { name: 'Streuner', aliases: [], kind: 'concept' })];
    file.stories = file.stories!.map((s) => ({ ...s, entries: [] }));
    await store.importData(checked(JSON.stringify(file)), 'merge');
    const first = (await readStoredState(db)).stories.find((s) => s.bundled)!;
    expect(first.entries).toContain('own-stray');
  });
});

describe('a story pack given to the full import', () => {
  it.each(['replace', 'merge'] as const)('is refused (%s) and changes nothing', async (mode) => {
    const { db, store } = await freshStore();
    const story = await store.createStory({ de: 'Hafen' });
    await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept' }, [story.id]);
    await store.saveOwnEntry({ name: 'Meine Notizfigur', aliases: [], kind: 'person', note: 'wichtig' });
    const pack = checked(JSON.stringify(await storyPackFile(await readStoredState(db), story.id)));
    expect(pack.kind).toBe('story-pack');
    const before = await readStoredState(db);
    await expect(store.importData(pack, mode)).rejects.toMatchObject(code('importIsStoryPack'));
    expect(await readStoredState(db)).toEqual(before);
  });

  it('is still imported as a story', async () => {
    const { db, store } = await freshStore();
    const story = await store.createStory({ de: 'Hafen' });
    await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept' }, [story.id]);
    const pack = checked(JSON.stringify(await storyPackFile(await readStoredState(db), story.id)));
    const reader = await freshStore();
    const { entries } = await reader.store.importStory(pack);
    expect(entries).toBe(1);
  });
});

describe('making an entry that already exists from a story’s page', () => {
  it('keeps the reader’s note and adds the new text on a line of its own', async () => {
    const { db, store } = await freshStore();
    const base = bundled.entries[0]!;
    await store.setNote(base.id, 'Meine wichtige Notiz');
    const story = await store.createStory({ de: 'Hafen' });
    const saved = await store.saveOwnEntry(
      { name: base.name.de, aliases: [], kind: base.kind, note: 'Notiz für den Hafen' },
      [story.id],
    );
    expect(saved.adopted).toBe(true);
    const notes = (await readStoredState(db)).own.notes;
    expect(notes.find((n) => n.entry === base.id)?.text).toBe('Meine wichtige Notiz\nNotiz für den Hafen');
  });

  it('takes the typed names into an own entry, and shows a hidden entry again', async () => {
    const { db, store } = await freshStore();
    const own = await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept', note: 'alt' });
    await store.setHidden(own.id, true);
    const story = await store.createStory({ de: 'Hafen' });
    const saved = await store.saveOwnEntry({ name: 'Angara', aliases: ['MV Angara'], kind: 'concept' }, [story.id]);
    expect(saved.adopted).toBe(true);
    const state = await readStoredState(db);
    expect(state.own.entries.find((e) => e.id === own.id)?.aliases).toEqual(['Angara', 'MV Angara']);
    expect(state.own.notes.find((n) => n.entry === own.id)?.text).toBe('alt');
    expect(state.own.hidden).not.toContain(own.id);
    expect(state.stories.find((s) => s.id === story.id)?.entries).toContain(own.id);
  });
});

describe('importing a story pack', () => {
  it('does not hide the reader’s entries that the pack’s author hid, only the entries it brings', async () => {
    const { db, store } = await freshStore();
    const base = bundled.entries[0]!;
    const story = await store.createStory({ de: 'Hafen' });
    await store.saveOwnEntry({ name: base.name.de, aliases: [], kind: base.kind }, [story.id]);
    const brought = await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept' }, [story.id]);
    await store.setHidden(base.id, true);
    await store.setHidden(brought.id, true);
    const pack = checked(JSON.stringify(await storyPackFile(await readStoredState(db), story.id)));
    const reader = await freshStore();
    await reader.store.importStory(pack);
    const hidden = (await readStoredState(reader.db)).own.hidden;
    expect(hidden).not.toContain(base.id);
    expect(hidden).toContain(brought.id);
  });
});

describe('a file’s own story with the first story’s id', () => {
  it('becomes a story of its own on merge, and the first story stays as it is', async () => {
    const { db, store } = await freshStore();
    const file = await exportFile(await readStoredState(db));
    // Hand-edited, or from an install whose first story had another id.
    file.stories![0] = { ...file.stories![0]!, id: 'other-first' };
    const article = { ...RASON_ARTICLE, id: 'own-article-x', addedByReader: true };
    file.stories!.push({
      id: BUNDLED_STORY.id,
      name: { de: 'X', en: 'X' },
      enabled: false,
      created: 1,
      entries: [],
      articles: [article],
    });
    await store.importData(checked(JSON.stringify(file)), 'merge');
    const after = await readStoredState(db);
    const first = after.stories.find((s) => s.bundled)!;
    expect(first).toMatchObject({ id: BUNDLED_STORY.id, enabled: true });
    const other = after.stories.find((s) => s.name.de === 'X')!;
    expect(other.id).not.toBe(BUNDLED_STORY.id);
    expect(after.own.articles.find((a) => a.id === 'own-article-x')?.story).toBe(other.id);
  });
});

describe('deleting an own entry in a story’s view', () => {
  it('takes it out of this story only while other stories hold it, keeping its note', async () => {
    const { db, store } = await freshStore();
    const hafen = await store.createStory({ de: 'Hafen' });
    const flotte = await store.createStory({ de: 'Flotte' });
    const entry = await store.saveOwnEntry({ name: 'Angara', aliases: ['MV Angara'], kind: 'concept', note: 'alt' }, [
      hafen.id,
      flotte.id,
    ]);
    const before = await readStoredState(db);
    const keepIn = otherStoriesHolding(entry.id, hafen.id, before.stories);
    expect(keepIn).toEqual([flotte.id]);
    // What the view sends: the entry into the stories that keep it.
    await store.setEntryStories(entry.id, keepIn);
    const after = await readStoredState(db);
    expect(after.stories.find((s) => s.id === hafen.id)?.entries).not.toContain(entry.id);
    expect(after.stories.find((s) => s.id === flotte.id)?.entries).toContain(entry.id);
    expect(after.own.notes.find((n) => n.entry === entry.id)?.text).toBe('alt');
    // In the last story that holds it, delete means delete.
    expect(otherStoriesHolding(entry.id, flotte.id, after.stories)).toEqual([]);
  });
});
