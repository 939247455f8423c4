import { describe, expect, it } from 'vitest';
import type { PageStart } from '../messaging/protocol';
import { PAGE_START_KEY, receivePageStart } from './page-start';

const scope = globalThis as Record<string, unknown>;
const start = (version: string) => ({ index: { version }, settings: {} }) as unknown as PageStart;
const never = () => new Promise<PageStart>(() => undefined);

describe('receivePageStart', () => {
  it('takes a start the background left before the script ran, without asking', async () => {
    scope[PAGE_START_KEY] = start('left');
    let asked = 0;
    const received = await receivePageStart(() => (asked++, never()));
    expect(received.index.version).toBe('left');
    expect(asked).toBe(0);
    expect(PAGE_START_KEY in scope).toBe(false);
  });

  it('takes a start handed over after the script ran, before its own answer', async () => {
    const received = receivePageStart(never);
    // What the background's injected function does.
    (scope[PAGE_START_KEY] as (value: unknown) => void)(start('handed'));
    expect((await received).index.version).toBe('handed');
    expect(PAGE_START_KEY in scope).toBe(false);
  });

  it('takes its own answer when that comes first, and ignores what is not a start', async () => {
    scope[PAGE_START_KEY] = { index: {} };
    const received = await receivePageStart(() => Promise.resolve(start('asked')));
    expect(received.index.version).toBe('asked');
    expect(PAGE_START_KEY in scope).toBe(false);
  });
});
