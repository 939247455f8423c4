import { describe, expect, it } from 'vitest';
import { showsWelcome } from './welcome';

describe('the first-run page', () => {
  it('opens on install only', () => {
    expect(showsWelcome({ reason: 'install' }, false)).toBe(true);
    expect(showsWelcome({ reason: 'update' }, false)).toBe(false);
    expect(showsWelcome({ reason: 'browser_update' }, false)).toBe(false);
    expect(showsWelcome({ reason: 'chrome_update' }, false)).toBe(false);
    expect(showsWelcome({ reason: 'shared_module_update' }, false)).toBe(false);
  });
  it('opens once per profile', () => {
    expect(showsWelcome({ reason: 'install' }, true)).toBe(false);
  });
});
