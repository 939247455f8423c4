/**
 * Firefox for Android: every WebExtension API the shipped code calls, checked against MDN's
 * compatibility data for the Android minimum in the manifest (`gecko_android`, 142).
 * `web-ext lint` checks manifest keys against that minimum; this checks the calls. An API
 * Android lacks must be listed below with how the code copes, and the code must guard it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const ANDROID_MINIMUM = 142;

/** Called without a literal `browser.x.y` in the source: through @wxt-dev/storage and
 * toolbarButton() (`browserAction` in the Firefox build). */
const INDIRECT_CALLS = [
  'storage.sync',
  'storage.local',
  'storage.onChanged',
  'browserAction.setBadgeText',
  'browserAction.setBadgeBackgroundColor',
];

/** Missing on Firefox for Android, and how Kontext copes. */
const ANDROID_GAPS: Record<string, { guard: RegExp; why: string }> = {
  'commands.onCommand': {
    guard: /browser\.commands\?\.onCommand/,
    why: 'no keyboard shortcuts on Android: the listener is only added where the API exists; taps open cards',
  },
  'commands.getAll': {
    guard: /browser\.commands\?\.getAll/,
    why: 'the shortcut list (popup, options, first-run page) shows nothing where the browser has no commands',
  },
};

function shippedSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedSources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function androidSince(api: string): number | null {
  let node: any = (bcd as any).webextensions.api;
  for (const part of api.split('.')) node = node?.[part];
  const support = node?.__compat?.support?.firefox_android;
  if (support === undefined) throw new Error(`MDN has no compatibility data for ${api}`);
  const current = Array.isArray(support) ? support[0] : support;
  if (!current || current.version_added === false || current.version_removed) return null;
  return Number.parseFloat(current.version_added);
}

describe('Firefox for Android', () => {
  const sources = ['src', 'entrypoints'].flatMap((dir) => shippedSources(join(ROOT, dir)));
  const text = sources.map((file) => readFileSync(file, 'utf8')).join('\n');
  const called = new Set([
    ...[...text.matchAll(/\bbrowser\.(\w+)\??\.(\w+)/g)]
      .map((m) => `${m[1]}.${m[2]}`)
      .filter((api) => !api.startsWith('action.')),
    ...INDIRECT_CALLS,
  ]);

  it('finds the calls it checks', () => {
    expect([...called]).toEqual(expect.arrayContaining(['tabs.query', 'runtime.sendMessage', 'commands.onCommand']));
  });

  it(`has every API the extension calls from version ${ANDROID_MINIMUM}, or guards it`, () => {
    const unsupported = [...called].filter((api) => {
      const since = androidSince(api);
      return since === null || since > ANDROID_MINIMUM;
    });
    expect(unsupported.sort()).toEqual(Object.keys(ANDROID_GAPS).sort());
    for (const [api, { guard }] of Object.entries(ANDROID_GAPS)) expect(text, `${api} is not guarded`).toMatch(guard);
  });

  it('matches the Android minimum the manifest declares', () => {
    expect(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')).toContain(
      `gecko_android: { strict_min_version: '${ANDROID_MINIMUM}.0' }`,
    );
  });
});
