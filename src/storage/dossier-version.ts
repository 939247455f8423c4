/**
 * A counter in storage.local that the background bumps whenever the dossier
 * changes (seeded anew, the reader added an article or an entry, hid one…).
 * Content scripts watch it and fetch a fresh match index: pages update without reload.
 */
import { storage } from '#imports';
import { DOSSIER_VERSION_KEY } from './dossier-version-key';

const versionItem = storage.defineItem<number>(`local:${DOSSIER_VERSION_KEY}`, { fallback: 0 });

export async function bumpDossierVersion(): Promise<void> {
  await versionItem.setValue((await versionItem.getValue()) + 1);
}

export function watchDossierVersion(onChange: () => void): () => void {
  return versionItem.watch(() => onChange());
}
