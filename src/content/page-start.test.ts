import { describe, expect, it } from 'vitest';
import { PAGE_START_KEY, takePageStart } from './page-start';

describe('takePageStart', () => {
  it('takes what the background left, once (a restart after a dossier change asks anew)', () => {
    const start = { index: { version: 'v' }, trie: { edgeStart: [0] }, settings: {} };
    (globalThis as Record<string, unknown>)[PAGE_START_KEY] = start;
    expect(takePageStart()).toBe(start);
    expect(takePageStart()).toBeUndefined();
  });

  it('ignores anything that is not a start', () => {
    for (const value of [null, 42, 'index', { index: {} }]) {
      (globalThis as Record<string, unknown>)[PAGE_START_KEY] = value;
      expect(takePageStart()).toBeUndefined();
      expect(PAGE_START_KEY in globalThis).toBe(false);
    }
  });
});
