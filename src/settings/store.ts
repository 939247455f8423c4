/**
 * The browser side of settings: the items in `storage.sync` every context reads and
 * watches (stored-settings.ts says how). Writes are awaited by the callers and fail
 * with a reader's message; a first read migrates the single object of earlier versions.
 */
import browser from 'webextension-polyfill';
import { coded, codedErrorOf, type CodedError } from '../errors';
import { resolveSettings, type Settings } from './settings';
import { changesSettings, legacyMigration, readSettings, settingsChange, type StoredItems } from './stored-settings';

const sync = () => browser.storage.sync;

async function storedItems(): Promise<StoredItems> {
  return await sync().get(null);
}

/** Writes one change: the new items first, then the removals (a reader of both sees no gap). */
async function apply(change: { set: StoredItems; remove: string[] }): Promise<void> {
  if (Object.keys(change.set).length > 0) await sync().set(change.set);
  if (change.remove.length > 0) await sync().remove(change.remove);
}

export async function loadSettings(): Promise<Settings> {
  const items = await storedItems();
  const migration = legacyMigration(items);
  // Best effort: the settings read are right either way; the next read migrates again.
  if (migration) await apply(migration).catch(() => undefined);
  return readSettings(items);
}

/** Changes some settings; rejects (storage full, sync quota) with nothing half-written that matters. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const items = await storedItems();
  const migration = legacyMigration(items);
  if (migration) await apply(migration);
  const current = migration ? await storedItems() : items;
  await apply(settingsChange(current, patch));
  return resolveSettings({ ...readSettings(current), ...patch });
}

/** What a failed settings write says to the reader: the site list's own code, else "not saved". */
export function settingsErrorOf(error: unknown): CodedError {
  return codedErrorOf(error, coded('settingsNotSaved'));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync') return;
    if (!changesSettings(Object.keys(changes))) return;
    void loadSettings().then(onChange, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * For a page that read its settings before it could listen: listens, then reads once more,
 * so a change made in between (another tab, a test) is not missed.
 */
export function followSettings(onChange: (settings: Settings) => void): () => void {
  const stop = watchSettings(onChange);
  void loadSettings().then(onChange, () => undefined);
  return stop;
}
