import { describe, expect, it } from 'vitest';
import { pairLabel } from './Shortcuts';

describe('shortcut labels', () => {
  it('shares the modifiers of two keys that differ only in the last part', () => {
    expect(pairLabel('Alt+Shift+K', 'Alt+Shift+J')).toBe('Alt+Shift+K / J');
    expect(pairLabel('Alt+Umschalttaste+K', 'Alt+Umschalttaste+J')).toBe('Alt+Umschalttaste+K / J');
    expect(pairLabel('Ctrl+K', 'Alt+Shift+J')).toBe('Ctrl+K / Alt+Shift+J');
  });
});
