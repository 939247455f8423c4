/** For tests: a seeded store over a fresh IndexedDB of its own (fake-indexeddb in Node). */
import type { Dossier } from '../dossier/types';
import { openDossierDB } from './db';
import { DossierStore } from './dossier-store';

let opened = 0;

export async function freshStore(base: Dossier) {
  const db = await openDossierDB(`test-store-${++opened}`);
  const store = new DossierStore(db, base);
  await store.seed();
  return { db, store };
}
