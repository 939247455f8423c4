import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings';
import { coded } from '../errors';
import { loadSettings, settingsErrorOf, updateSettings, watchSettings } from './store';
import {
  ITEM_PREFIX,
  LEGACY_KEY,
  legacyMigration,
  MAX_ITEM_BYTES,
  readSettings,
  SettingsTooLargeError,
  settingsChange,
  siteChunks,
  type StoredItems,
} from './stored-settings';

/** What a sync item costs against the browser's per-item quota. */
const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Two browsers' writes meeting in sync: per item, the later write wins. */
function syncBoth(...writes: StoredItems[]): StoredItems {
  return Object.assign({}, ...writes);
}

describe('settings in storage.sync', () => {
  it('stores only what the reader changed, and nothing once it is back at the default', () => {
    expect(settingsChange({}, { paused: true, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs })).toEqual({
      set: { [`${ITEM_PREFIX}paused`]: true },
      remove: [],
    });
    expect(settingsChange({ [`${ITEM_PREFIX}paused`]: true }, { paused: false })).toEqual({
      set: {},
      remove: [`${ITEM_PREFIX}paused`],
    });
  });

  it("keeps the reader's site list when a second browser that has not synced yet changes something", () => {
    // Browser A: the reader switches Kontext off on two sites.
    const a = settingsChange({}, { sites: ['example.org', 'news.example'] }).set;
    // Browser B, not synced yet, still at the defaults: the reader pauses there.
    const b = settingsChange({}, { paused: true }).set;
    // The items meet in sync, B's write last: nothing of A's is overwritten.
    const merged = syncBoth(a, b);
    expect(readSettings(merged)).toMatchObject({ sites: ['example.org', 'news.example'], paused: true });
    // The single object of earlier versions lost A's sites exactly here.
    const legacyA = { [LEGACY_KEY]: { ...DEFAULT_SETTINGS, sites: ['example.org', 'news.example'] } };
    const legacyB = { [LEGACY_KEY]: { ...DEFAULT_SETTINGS, paused: true } };
    expect(readSettings(syncBoth(legacyA, legacyB)).sites).toEqual([]);
  });

  it('splits a long site list into items within the per-item quota, and reads it back in order', () => {
    const sites = Array.from({ length: 1500 }, (_, i) => `site-${i}.example-with-a-rather-long-name.org`);
    const items = siteChunks(sites);
    expect(Object.keys(items).length).toBeGreaterThan(1);
    for (const [key, value] of Object.entries(items))
      expect(itemBytes(key, value), key).toBeLessThanOrEqual(MAX_ITEM_BYTES);
    expect(readSettings(items).sites).toEqual(sites);
    // A list the browser cannot sync at all is refused with its size, not cut silently.
    expect(() =>
      siteChunks(Array.from({ length: 5000 }, (_, i) => `site-${i}.example-with-a-rather-long-name.org`)),
    ).toThrow(SettingsTooLargeError);
  });

  it('shrinking the list removes the chunks it no longer needs', () => {
    const long = siteChunks(Array.from({ length: 800 }, (_, i) => `site-${i}.example-with-a-rather-long-name.org`));
    const change = settingsChange(long, { sites: ['one.example'] });
    expect(change.set).toEqual({ [`${ITEM_PREFIX}sites.0`]: ['one.example'] });
    expect(change.remove.length).toBe(Object.keys(long).length - 1);
  });

  it('migrates the single object of earlier versions without losing a choice or overriding a newer one', () => {
    const items = {
      [LEGACY_KEY]: { ...DEFAULT_SETTINGS, paused: true, sites: ['example.org'], hoverDelayMs: 800 },
      [`${ITEM_PREFIX}hoverDelayMs`]: 100,
    };
    const migration = legacyMigration(items)!;
    expect(migration.set).toEqual({ [`${ITEM_PREFIX}paused`]: true, [`${ITEM_PREFIX}sites.0`]: ['example.org'] });
    expect(migration.remove).toEqual([LEGACY_KEY]);
    const after = { ...items, ...migration.set };
    delete (after as StoredItems)[LEGACY_KEY];
    expect(readSettings(after)).toMatchObject({ paused: true, sites: ['example.org'], hoverDelayMs: 100 });
    expect(legacyMigration(after)).toBeNull();
  });
});

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes only changed items, reads them back, and tells watchers', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.paused));
    await updateSettings({ paused: true, highlightStyle: 'underline' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ [`${ITEM_PREFIX}paused`]: true });
    expect((await loadSettings()).paused).toBe(true);
    await expect.poll(() => seen.includes(true)).toBe(true);
    stop();
  });

  it('migrates a stored legacy object on first read', async () => {
    await fakeBrowser.storage.sync.set({ [LEGACY_KEY]: { paused: true, uiLanguage: 'en' } });
    expect(await loadSettings()).toMatchObject({ paused: true, uiLanguage: 'en' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      [`${ITEM_PREFIX}paused`]: true,
      [`${ITEM_PREFIX}uiLanguage`]: 'en',
    });
  });

  it('keeps a long site list within the per-item sync quota, and refuses one too long for sync with its own message', async () => {
    // Chrome's storage.sync refuses any item over QUOTA_BYTES_PER_ITEM (8,192 bytes).
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    fakeBrowser.storage.sync.set = async (items: StoredItems) => {
      for (const [key, value] of Object.entries(items))
        if (itemBytes(key, value) > 8_192) throw new Error(`QUOTA_BYTES_PER_ITEM quota exceeded (${key})`);
      return set(items);
    };
    const sites = Array.from({ length: 1500 }, (_, i) => `site-${i}.example-with-a-rather-long-name.org`);
    // The single object of earlier versions could not hold this list at all.
    await expect(fakeBrowser.storage.sync.set({ [LEGACY_KEY]: { ...DEFAULT_SETTINGS, sites } })).rejects.toThrow(
      /QUOTA_BYTES_PER_ITEM/,
    );
    await updateSettings({ sites });
    expect((await loadSettings()).sites).toEqual(sites);

    const tooMany = Array.from({ length: 5000 }, (_, i) => `site-${i}.example-with-a-rather-long-name.org`);
    const refusal = await updateSettings({ sites: tooMany }).catch((error: unknown) => error);
    expect(settingsErrorOf(refusal)).toEqual(coded('settingsSitesTooLong'));
    // Nothing half-written: the list stored before is still there, whole.
    expect((await loadSettings()).sites).toEqual(sites);
  });
});
