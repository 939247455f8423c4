import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../background/match-index';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import { BUNDLED_STORY } from '../dossier/catalog/story';
import type { Dossier } from '../dossier/types';
import { exportFile } from '../import-export/export-file';
import { checkImportText } from '../import-export/import-file';
import { storyPackFile } from '../import-export/story-pack';
import { openDossierDB } from './db';
import { freshStore as seededStore } from './test-store';
import { applyReaderChange } from './reader-changes';
import { annotateEntries, DossierStore, readStoredState } from './dossier-store';
import { markingStories, storyView, type ReaderState } from './reader-rules';

/** A refusal with this code (and these parameters, where given). */
const code = (name: string, params?: object) => ({ coded: { code: name, ...(params ? { params } : {}) } });

let bundled: Dossier;

beforeAll(async () => {
  bundled = await buildDossier({ ...fixture(), story: BUNDLED_STORY });
});

const freshStore = (base = bundled) => seededStore(base);
let counter = 0;

const RASON = {
  title: 'Frachter im Hafen von Rason',
  outlet: 'Hafenbote',
  date: '2025-06-10',
  language: 'de' as const,
  text: 'Am 9. Juni lag der Frachter Angara im Hafen von Rason. Die Angara fuhr unter russischer Flagge.',
  url: 'https://hafenbote.example/angara',
};

const marking = (state: ReaderState) =>
  markingStories(
    state.stories,
    state.dossier.entries,
    state.own.entries,
    new Set(state.own.hidden),
    state.dossier.story,
  );

describe('stories', () => {
  it('seeds the first story from the bundled dossier: switched on, not deletable', async () => {
    const { db, store } = await freshStore();
    const { stories } = await readStoredState(db);
    expect(stories).toEqual([
      expect.objectContaining({ id: bundled.story!.id, name: bundled.story!.name, bundled: true, enabled: true }),
    ]);
    await expect(store.deleteStory(bundled.story!.id)).rejects.toMatchObject(code('storyFirstFixed'));
    await expect(store.renameStory(bundled.story!.id, { de: 'X' })).rejects.toMatchObject(code('storyFirstFixed'));
  });

  it('a new story holds its own articles and entries, apart from the first story', async () => {
    const { db, store } = await freshStore();
    const before = await readStoredState(db);
    const story = await store.createStory({ de: 'Hafen von Rason', en: 'Port of Rason' });
    const entry = await store.saveOwnEntry({ name: 'Angara', aliases: ['Frachter Angara'], kind: 'concept' }, [
      story.id,
    ]);
    const added = await store.addArticle(RASON, story.id);
    expect(added).toMatchObject({ story: story.id, entries: [entry.id], updated: false });
    const state = await readStoredState(db);
    // The first story's dossier is untouched by the other story's article.
    expect(state.dossier.articles).toEqual(before.dossier.articles);
    expect(state.dossier.entries).toEqual(before.dossier.entries);
    expect(state.own.articles).toEqual([expect.objectContaining({ id: added.id, story: story.id })]);
    const view = storyView(state, story.id)!;
    expect(view.articles.map((a) => a.id)).toEqual([added.id]);
    expect(view.entries.map((e) => e.id)).toEqual([entry.id]);
    expect(view.entries[0]!.mentions[added.id]).toBe(2);
    // Its dated sentence is an event of its timeline, resolved against the article's date.
    expect(view.timeline).toEqual([
      expect.objectContaining({ date: '2025-06-09', fromReader: true, entries: [entry.id] }),
    ]);
    expect(storyView(state, bundled.story!.id)!.entries.some((e) => e.id === entry.id)).toBe(false);
  });

  it('marks with every story switched on, and nothing of a story switched off', async () => {
    const { db, store } = await freshStore();
    const story = await store.createStory({ de: 'Hafen von Rason' });
    const entry = await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept' }, [story.id]);
    let m = marking(await readStoredState(db));
    expect(m.stories.map((s) => s.story.id)).toEqual([bundled.story!.id, story.id]);
    expect(m.stories[1]!.entries.map((e) => e.id)).toEqual([entry.id]);
    expect(m.entries.some((e) => e.id === entry.id)).toBe(true);
    await store.setStoryEnabled(story.id, false);
    m = marking(await readStoredState(db));
    expect(m.stories.map((s) => s.story.id)).toEqual([bundled.story!.id]);
    expect(m.entries.some((e) => e.id === entry.id)).toBe(false);
    await store.setStoryEnabled(bundled.story!.id, false);
    expect(marking(await readStoredState(db)).entries).toEqual([]);
  });

  it('an entry named again in another story is one entry of both: one alias set, two profiles, the card names both', async () => {
    const { db, store } = await freshStore();
    const a = await store.createStory({ de: 'Pack A' });
    const b = await store.createStory({ de: 'Pack B' });
    const first = await store.saveOwnEntry({ name: 'Putin', aliases: ['Wladimir Putin'], kind: 'person' }, [a.id]);
    const again = await store.saveOwnEntry({ name: 'Wladimir Putin', aliases: [], kind: 'person' }, [b.id]);
    expect(again).toMatchObject({ id: first.id, adopted: true });
    const state = await readStoredState(db);
    expect(state.own.entries.filter((e) => e.name.de.includes('Putin'))).toHaveLength(1);
    const m = marking(state);
    const index = buildMatchIndex(m.entries, [], 'v', m.stories);
    expect(index.aliasSets.filter((set) => set.entry === first.id)).toHaveLength(1);
    expect(index.stories.filter((s) => s.tiers[first.id] === 'story').map((s) => s.id)).toEqual([a.id, b.id]);
    const [card] = await annotateEntries(db, [first]);
    expect(card!.stories?.map((s) => s.name.de)).toEqual(['Pack A', 'Pack B']);
    // A bundled entry named in a story of the reader's joins it too.
    const kursk = await store.saveOwnEntry({ name: 'Kursk', aliases: [], kind: 'place' }, [a.id]);
    expect(kursk).toMatchObject({ id: 'kursk', adopted: true });
    const [kurskCard] = await annotateEntries(db, [kursk]);
    expect(kurskCard!.stories?.map((s) => s.id)).toEqual([bundled.story!.id, a.id]);
  });

  it('deletes a story with its articles and the entries no other story holds; renames and refuses bad names', async () => {
    const { db, store } = await freshStore();
    const a = await store.createStory({ de: 'Alt', en: 'Old' });
    const b = await store.createStory({ en: 'Other' });
    expect(b.name).toEqual({ de: 'Other', en: 'Other' });
    await expect(store.createStory({ de: '  ' })).rejects.toMatchObject(code('storyNoName'));
    await expect(store.renameStory(a.id, { de: '<i>x</i>' })).rejects.toMatchObject(
      code('storyNameMarkup', { name: '<i>x</i>' }),
    );
    await store.renameStory(a.id, { de: 'Neu', en: 'New' });
    const only = await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept', note: 'n' }, [a.id]);
    const shared = await store.saveOwnEntry({ name: 'Rason', aliases: [], kind: 'place' }, [a.id, b.id]);
    await store.addArticle(RASON, a.id);
    expect((await readStoredState(db)).stories.find((s) => s.id === a.id)!.name).toEqual({ de: 'Neu', en: 'New' });
    await store.deleteStory(a.id);
    const state = await readStoredState(db);
    expect(state.stories.map((s) => s.id)).toEqual([bundled.story!.id, b.id]);
    expect(state.own.articles).toEqual([]);
    expect(state.own.entries.map((e) => e.id)).toEqual([shared.id]);
    expect(await db.get('notes', only.id)).toBeUndefined();
  });

  it('moves an article to another story when the same address is added there', async () => {
    const { db, store } = await freshStore();
    const story = await store.createStory({ de: 'Hafen' });
    const kurskArticle = { ...RASON, text: 'Die Kämpfe in der Region Kursk dauern an.' };
    const first = await store.addArticle(kurskArticle);
    expect((await readStoredState(db)).dossier.entries.find((e) => e.id === 'kursk')!.mentions[first.id]).toBe(1);
    const moved = await store.addArticle(kurskArticle, story.id);
    expect(moved).toMatchObject({ id: first.id, updated: true, story: story.id });
    const state = await readStoredState(db);
    expect(state.dossier.entries.find((e) => e.id === 'kursk')!.mentions[first.id]).toBeUndefined();
    expect(state.dossier.articles.some((a) => a.id === first.id)).toBe(false);
    expect(state.own.articles).toEqual([expect.objectContaining({ id: first.id, story: story.id })]);
  });

  it('an article for a new story makes the story with it; a refused article leaves none behind', async () => {
    const { db, store } = await freshStore();
    const added = await applyReaderChange(store, {
      op: 'addArticle',
      article: RASON,
      newStory: { de: 'Hafen von Rason' },
    });
    expect(added).toMatchObject({ ok: true, updated: false });
    const state = await readStoredState(db);
    const story = state.stories.find((s) => s.id === (added as { storyId: string }).storyId)!;
    expect(story.name).toEqual({ de: 'Hafen von Rason', en: 'Hafen von Rason' });
    expect(storyView(state, story.id)!.articles.map((a) => a.title)).toEqual([RASON.title]);
    const refused = await applyReaderChange(store, {
      op: 'addArticle',
      article: { ...RASON, url: 'https://hafenbote.example/other', date: 'gestern' },
      newStory: { de: 'Nie angelegt' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'articleBadDate' } });
    expect((await readStoredState(db)).stories.map((s) => s.name.de)).not.toContain('Nie angelegt');
  });

  it('moves an edited entry into exactly the stories named; none named is the first story', async () => {
    const { db, store } = await freshStore();
    const a = await store.createStory({ de: 'A' });
    const b = await store.createStory({ de: 'B' });
    const entry = await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept' }, [a.id]);
    const storiesOf = async () =>
      (await readStoredState(db)).stories.filter((s) => s.entries.includes(entry.id)).map((s) => s.id);
    await store.saveOwnEntry({ id: entry.id, name: 'Angara', aliases: ['Die Angara'], kind: 'concept' });
    expect(await storiesOf()).toEqual([a.id]);
    await store.saveOwnEntry({ id: entry.id, name: 'Angara', aliases: [], kind: 'concept' }, [b.id, a.id]);
    expect((await storiesOf()).sort()).toEqual([a.id, b.id].sort());
    await store.saveOwnEntry({ id: entry.id, name: 'Angara', aliases: [], kind: 'concept' }, []);
    expect(await storiesOf()).toEqual([BUNDLED_STORY.id]);
  });

  it('puts any entry into exactly the stories named; a dossier entry stays in the first', async () => {
    const { db, store } = await freshStore();
    const a = await store.createStory({ de: 'A' });
    await store.setEntryStories('kursk', [a.id]);
    let state = await readStoredState(db);
    expect(state.stories.find((s) => s.id === a.id)!.entries).toEqual(['kursk']);
    expect(marking(state).stories.map((s) => s.entries.some((e) => e.id === 'kursk'))).toEqual([true, true]);
    await store.setEntryStories('kursk', []);
    state = await readStoredState(db);
    expect(state.stories.find((s) => s.id === a.id)!.entries).toEqual([]);
    expect(marking(state).stories[0]!.entries.some((e) => e.id === 'kursk')).toBe(true);
    await expect(store.setEntryStories('gibt-es-nicht', [a.id])).rejects.toMatchObject(code('entryGone'));
    await expect(store.setEntryStories('kursk', ['story-nope'])).rejects.toMatchObject(code('storyGone'));
  });

  describe('story packs', () => {
    async function storyWithData() {
      const { db, store } = await freshStore();
      const story = await store.createStory({ de: 'Hafen von Rason', en: 'Port of Rason' });
      const angara = await store.saveOwnEntry(
        { name: 'Angara', aliases: ['Frachter Angara'], kind: 'concept', note: 'Unter russischer Flagge?' },
        [story.id],
      );
      await store.saveOwnEntry({ name: 'Kursk', aliases: [], kind: 'place' }, [story.id]);
      await store.addArticle(RASON, story.id);
      return { db, store, story, angara };
    }

    const packText = async (db: Awaited<ReturnType<typeof freshStore>>['db'], id: string) =>
      JSON.stringify(await storyPackFile(await readStoredState(db), id));

    it('round-trips a story: exported, deleted, imported as a new story with its articles, entries, notes and timeline', async () => {
      const { db, store, story, angara } = await storyWithData();
      const text = await packText(db, story.id);
      const before = storyView(await readStoredState(db), story.id)!;
      // A pack passes the import checks like any export file.
      expect(checkImportText(text).ok).toBe(true);
      await store.deleteStory(story.id);
      const result = await applyReaderChange(store, { op: 'importStory', text });
      expect(result).toMatchObject({ ok: true, imported: { articles: 1, entries: 2, notes: 1 } });
      const state = await readStoredState(db);
      const again = storyView(state, (result as { storyId: string }).storyId)!;
      expect(again.story.name).toEqual({ de: 'Hafen von Rason', en: 'Port of Rason' });
      const strip = (articles: typeof before.articles) => articles.map(({ id: _id, story: _story, ...rest }) => rest);
      expect(strip(again.articles)).toEqual(strip(before.articles));
      expect(again.entries.map((e) => e.name.de).sort()).toEqual(['Angara', 'Kursk']);
      expect(again.timeline.map((e) => e.text.de)).toEqual(before.timeline.map((e) => e.text.de));
      // The deleted story's entry came back under its name, with its note; Kursk is the dossier's entry again.
      const angaraAgain = again.entries.find((e) => e.name.de === 'Angara')!;
      expect(angaraAgain.aliases).toEqual(angara.aliases);
      expect(state.own.notes.find((n) => n.entry === angaraAgain.id)?.text).toBe('Unter russischer Flagge?');
      expect(again.entries.find((e) => e.name.de === 'Kursk')!.id).toBe('kursk');
    });

    it('two packs with the same entries: one entry in both stories, one alias set, the card names both', async () => {
      const { db, store, story, angara } = await storyWithData();
      const text = await packText(db, story.id);
      const second = await applyReaderChange(store, { op: 'importStory', text });
      expect(second.ok).toBe(true);
      const state = await readStoredState(db);
      expect(state.own.entries.filter((e) => e.name.de === 'Angara')).toHaveLength(1);
      const m = marking(state);
      const index = buildMatchIndex(m.entries, [], 'v', m.stories);
      expect(index.aliasSets.filter((set) => set.entry === angara.id)).toHaveLength(1);
      const [card] = await annotateEntries(db, [angara]);
      expect(card!.stories?.map((s) => s.id).sort()).toEqual(
        [story.id, (second as { storyId: string }).storyId].sort(),
      );
    });

    it('refuses a bad pack whole, naming the place, and changes nothing', async () => {
      const { db, store, story } = await storyWithData();
      const pack = JSON.parse(await packText(db, story.id));
      pack.own.entries[0].aliases.push('<script>x</script>');
      const before = await readStoredState(db);
      const result = await applyReaderChange(store, { op: 'importStory', text: JSON.stringify(pack) });
      expect(result).toMatchObject({ ok: false, error: { code: 'importRefused' } });
      expect((result as { problems: { path: string }[] }).problems[0]!.path).toMatch(/^own\.entries\[0\]\.aliases/);
      expect(await readStoredState(db)).toEqual(before);
    });
  });
});

describe('the full export', () => {
  it('carries the reader’s stories with their articles: replaced after changes, they come back', async () => {
    const db = await openDossierDB(`stories-export-${++counter}`);
    const store = new DossierStore(db, bundled);
    await store.seed();
    const story = await store.createStory({ de: 'Hafen von Rason', en: 'Port of Rason' });
    await store.saveOwnEntry({ name: 'Angara', aliases: [], kind: 'concept', note: 'Schiff' }, [story.id]);
    await store.addArticle(RASON, story.id);
    await store.setStoryEnabled(story.id, false);
    await store.addArticle({ ...RASON, url: 'https://example.org/kursk', text: 'Kämpfe in der Region Kursk.' });
    const before = await readStoredState(db);
    const text = JSON.stringify(await exportFile(before));
    const check = checkImportText(text);
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.file.stories?.map((s) => s.id)).toEqual([BUNDLED_STORY.id, story.id]);
    await store.deleteStory(story.id);
    await store.importData(check.file, 'replace');
    const after = await readStoredState(db);
    expect(after.stories).toEqual(before.stories);
    expect(after.own).toEqual(before.own);
    expect(after.dossier).toEqual(before.dossier);
    // A file from before stories: the reader's stories stay as they are.
    const { stories: _stories, ...old } = JSON.parse(text);
    const oldCheck = checkImportText(JSON.stringify(old));
    if (!oldCheck.ok) throw new Error('the old file is refused');
    await store.importData(oldCheck.file, 'replace');
    expect((await readStoredState(db)).stories.map((s) => s.id)).toEqual([BUNDLED_STORY.id, story.id]);
  });

  it('refuses a story that names an unknown entry, naming the place', async () => {
    const db = await openDossierDB(`stories-export-${++counter}`);
    const store = new DossierStore(db, bundled);
    await store.seed();
    await store.createStory({ de: 'Leer' });
    const file = await exportFile(await readStoredState(db));
    file.stories![1]!.entries.push('gibt-es-nicht');
    const check = checkImportText(JSON.stringify(file));
    expect(check).toMatchObject({
      ok: false,
      problems: [{ path: 'stories[1].entries[0]', error: { code: 'importUnknownEntry' } }],
    });
  });
});
