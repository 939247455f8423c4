/** The browser side of settings: the one storage item every context reads and watches. */
import { storage } from '#imports';
import { resolveSettings, type Settings } from './settings';

const settingsItem = storage.defineItem<unknown>('sync:settings');

export async function loadSettings(): Promise<Settings> {
  return resolveSettings(await settingsItem.getValue());
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(resolveSettings(value)));
}
