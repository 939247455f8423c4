import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings } from './settings';

describe('resolveSettings', () => {
  it('gives the defaults for nothing stored or garbage', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({ enabled: 'yes' })).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps stored values of the right type', () => {
    expect(resolveSettings({ enabled: false })).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});
