/**
 * Reader settings: one object in `storage.sync` (follows the reader across
 * browsers where the browser syncs), read through `resolveSettings` so an older
 * stored object always gains the defaults of fields added since.
 */
export interface Settings {
  /** Global switch: when false Kontext marks nothing on any page. */
  enabled: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
});

export function resolveSettings(stored: unknown): Settings {
  const value = typeof stored === 'object' && stored !== null ? (stored as Partial<Settings>) : {};
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
  };
}
