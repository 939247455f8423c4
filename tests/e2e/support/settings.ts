/**
 * Settings as the extension stores them (src/settings/stored-settings.ts: one sync item per
 * setting the reader changed), written from a page of the extension for a test.
 */
import type { Page } from 'playwright-core';
import type { Settings } from '../../../src/settings/settings';
import {
  ITEM_PREFIX,
  LEGACY_KEY,
  settingsChange,
  SettingsTooLargeError,
  siteChunks,
} from '../../../src/settings/stored-settings';

type Evaluator = Pick<Page, 'evaluate'>;

async function storedItems(page: Evaluator): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as any).chrome.storage.sync.get(null));
}

/** Changes settings the way the options page does; `page` is one of the extension's pages. */
export async function setSettings(page: Evaluator, patch: Partial<Settings> | Record<string, unknown>): Promise<void> {
  const change = settingsChange(await storedItems(page), patch as Partial<Settings>);
  await page.evaluate(async ({ set, remove }) => {
    const sync = (globalThis as any).chrome.storage.sync;
    if (Object.keys(set).length > 0) await sync.set(set);
    if (remove.length > 0) await sync.remove(remove);
  }, change);
}

/** Back to the defaults: every setting item removed. */
export async function resetSettings(page: Evaluator): Promise<void> {
  const keys = Object.keys(await storedItems(page)).filter((key) => key.startsWith(ITEM_PREFIX) || key === LEGACY_KEY);
  await page.evaluate((remove) => (globalThis as any).chrome.storage.sync.remove(remove), keys);
}

/** One stored setting as the extension keeps it (undefined: at its default). */
export async function storedSetting(page: Evaluator, name: keyof Settings): Promise<unknown> {
  return (await storedItems(page))[`${ITEM_PREFIX}${name}`];
}

/** A site list that still fits the sync quota, but no longer once `extra` is added to it. */
export function sitesAtSyncLimit(extra: string): string[] {
  const fits = (list: string[]) => {
    try {
      siteChunks(list);
      return true;
    } catch (error) {
      if (error instanceof SettingsTooLargeError) return false;
      throw error;
    }
  };
  /** The largest n in [0, high) for which `make(n)` fits, or -1. */
  const largest = (make: (n: number) => string[], high: number) => {
    if (!fits(make(0))) return -1;
    let low = 0;
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (fits(make(mid))) low = mid;
      else high = mid;
    }
    return low;
  };
  const sites = (n: number) => Array.from({ length: n }, (_, i) => `site-${i}.example-with-a-rather-long-name.org`);
  // As many sites as fit, then the room left filled with one long enough that `extra` no longer fits.
  for (let n = largest(sites, 4000); n >= 0; n--) {
    const filled = (pad: number) => [...sites(n), `${'x'.repeat(pad)}.org`];
    const pad = largest(filled, 200);
    if (pad >= 0 && !fits([...filled(pad), extra])) return filled(pad);
  }
  throw new Error('could not fill the site list up to the sync limit');
}
