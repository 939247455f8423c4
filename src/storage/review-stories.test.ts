/**
 * REVIEW (failing on purpose): defects found in the stories work. Each test states what
 * the reader expects; remove or fix when the defect is fixed.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import { BUNDLED_STORY } from '../dossier/catalog/story';
import type { Dossier } from '../dossier/types';
import { exportFile } from '../import-export/export-file';
import { checkImportText } from '../import-export/import-file';
import { storyPackFile } from '../import-export/story-pack';
import { openDossierDB } from './db';
import { DossierStore, readStoredState } from './dossier-store';

let bundled: Dossier;
let counter = 0;
beforeAll(async () => {
  bundled = await buildDossier({ ...fixture(), story: BUNDLED_STORY });
});
async function freshStore() {
  const db = await openDossierDB(`review-${++counter}`);
  const store = new DossierStore(db, bundled);
  await store.seed();
  return { db, store };
}
const check = (text: string) => {
  const c = checkImportText(text);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return c.file;
};

describe('REVIEW: stories keep the reader’s data', () => {
});

describe('REVIEW: a file’s story with the first story’s id', () => {
  it('does not overwrite the first story (merge)', async () => {
    const { db, store } = await freshStore();
    const file = await exportFile(await readStoredState(db));
    // A file (hand-edited, or from a build whose first story had another id) names a story of
    // the reader's own with this install's first story id.
    file.stories!.push({ id: BUNDLED_STORY.id, name: { de: 'X', en: 'X' }, enabled: false, created: 1, entries: [], articles: [] });
    file.stories![0] = { ...file.stories![0]!, id: 'other-first' };
    const checked = checkImportText(JSON.stringify(file));
    if (!checked.ok) return; // refused: fine
    await store.importData(checked.file, 'merge');
    const after = await readStoredState(db);
    expect(after.stories.find((s) => s.bundled)?.id).toBe(BUNDLED_STORY.id);
    expect(after.stories.find((s) => s.id === BUNDLED_STORY.id)?.enabled).toBe(true);
  });
});
