import { describe, expect, it } from 'vitest';
import { showsWelcome } from './welcome';

describe('the first-run page', () => {
  it('opens on install only', () => {
    expect(showsWelcome({ reason: 'install' })).toBe(true);
    expect(showsWelcome({ reason: 'update' })).toBe(false);
    expect(showsWelcome({ reason: 'browser_update' })).toBe(false);
    expect(showsWelcome({ reason: 'chrome_update' })).toBe(false);
    expect(showsWelcome({ reason: 'shared_module_update' })).toBe(false);
  });
});
