/**
 * How settings are kept in `storage.sync`, the pure part: only what the reader changed,
 * one item per setting, so a second browser that has not synced yet never writes its
 * defaults over the reader's choices (the problem 10ten-ja-reader documents as the
 * "FoxClocks problem"); and the site list in chunks, since one sync item holds at most
 * 8 KB. Reading resolves through `resolveSettings`, so an item of the wrong type or an old
 * version's leftovers never reach the extension.
 */
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './settings';
import { coded, ReaderError } from '../errors';
import { isRecord } from '../guards';

/** Every item Kontext keeps in `storage.sync` starts with this. */
export const ITEM_PREFIX = 'setting.';
/** The site list's chunks: `setting.sites.0`, `setting.sites.1`, … */
export const SITES_PREFIX = `${ITEM_PREFIX}sites.`;
/** The one object earlier versions kept (read once, migrated, removed). */
export const LEGACY_KEY = 'settings';

/** Chrome's `QUOTA_BYTES_PER_ITEM` (key plus JSON value), with room to spare. */
export const MAX_ITEM_BYTES = 8_000;
/** Of Chrome's 102 400 bytes for all of sync: what the site list may take. */
export const MAX_SITES_BYTES = 80_000;

export type StoredItems = Record<string, unknown>;

/** The site list would not fit the sync quota (`bytes` it would take); nothing is written. */
export class SettingsTooLargeError extends ReaderError {
  constructor(readonly bytes: number) {
    super(coded('settingsSitesTooLong'));
    this.name = 'SettingsTooLargeError';
  }
}

const bytes = (key: string, value: unknown): number => new TextEncoder().encode(key + JSON.stringify(value)).length;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The site list in chunks of at most `MAX_ITEM_BYTES` each, keyed by position. */
export function siteChunks(sites: readonly string[]): StoredItems {
  const out: StoredItems = {};
  let chunk: string[] = [];
  let total = 0;
  const flush = (): void => {
    const key = `${SITES_PREFIX}${Object.keys(out).length}`;
    out[key] = chunk;
    total += bytes(key, chunk);
    chunk = [];
  };
  for (const site of sites) {
    const key = `${SITES_PREFIX}${Object.keys(out).length}`;
    if (chunk.length > 0 && bytes(key, [...chunk, site]) > MAX_ITEM_BYTES) flush();
    chunk.push(site);
  }
  if (chunk.length > 0) flush();
  if (total > MAX_SITES_BYTES) throw new SettingsTooLargeError(total);
  return out;
}

/**
 * What to write and what to remove for a change: a setting back at its default is
 * removed, not written, so only the reader's own choices are ever stored.
 */
export function settingsChange(current: StoredItems, patch: Partial<Settings>): { set: StoredItems; remove: string[] } {
  const set: StoredItems = {};
  const remove: string[] = [];
  const existing = Object.keys(current);
  for (const [name, value] of Object.entries(patch) as [keyof Settings, unknown][]) {
    if (value === undefined) continue;
    if (name === 'sites') {
      const chunks = same(value, DEFAULT_SETTINGS.sites) ? {} : siteChunks(value as string[]);
      Object.assign(set, chunks);
      remove.push(...existing.filter((key) => key.startsWith(SITES_PREFIX) && !(key in chunks)));
      continue;
    }
    const key = `${ITEM_PREFIX}${name}`;
    if (same(value, DEFAULT_SETTINGS[name])) {
      if (key in current) remove.push(key);
    } else set[key] = value;
  }
  return { set, remove };
}

/** The settings the stored items say (defaults for the rest); legacy objects are read too. */
export function readSettings(items: StoredItems): Settings {
  const stored = items[LEGACY_KEY];
  const legacy = isRecord(stored) ? stored : {};
  const own: Record<string, unknown> = {};
  const chunks: [number, unknown][] = [];
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith(SITES_PREFIX)) chunks.push([Number(key.slice(SITES_PREFIX.length)), value]);
    else if (key.startsWith(ITEM_PREFIX)) own[key.slice(ITEM_PREFIX.length)] = value;
  }
  if (chunks.length > 0) {
    own.sites = chunks.sort((a, b) => a[0] - b[0]).flatMap(([, value]) => (Array.isArray(value) ? value : []));
  }
  // A setting of its own wins over the legacy object's (it is newer).
  return resolveSettings({ ...legacy, ...own });
}

/** Whether a change to `storage.sync` (its keys) touches the settings. */
export function changesSettings(keys: readonly string[]): boolean {
  return keys.some((key) => key.startsWith(ITEM_PREFIX) || key === LEGACY_KEY);
}

/**
 * The legacy object as a change: its settings that differ from the defaults and that the
 * reader has not set since, item by item; the object itself is then removed.
 */
export function legacyMigration(items: StoredItems): { set: StoredItems; remove: string[] } | null {
  if (!(LEGACY_KEY in items)) return null;
  const legacy = resolveSettings(items[LEGACY_KEY]);
  const patch: Partial<Settings> = {};
  for (const name of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const ownKey =
      name === 'sites' ? Object.keys(items).some((k) => k.startsWith(SITES_PREFIX)) : `${ITEM_PREFIX}${name}` in items;
    if (!ownKey && !same(legacy[name], DEFAULT_SETTINGS[name])) (patch as Record<string, unknown>)[name] = legacy[name];
  }
  const change = settingsChange(items, patch);
  return { set: change.set, remove: [...change.remove, LEGACY_KEY] };
}
