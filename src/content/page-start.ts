/**
 * Where the background hands the full content script its start (index and settings) in a frame's isolated world, alongside injecting the script: the script takes
 * it instead of waiting for an answer to its own request (one round trip less before the
 * first marks). Either may come first: the start is left in a global, or given to the
 * script's waiting function found there.
 */
import type { PageStart } from '../messaging/protocol';

export const PAGE_START_KEY = '__kontextPageStart';

type Scope = { [PAGE_START_KEY]?: unknown };

function isPageStart(value: unknown): value is PageStart {
  return typeof value === 'object' && value !== null && 'index' in value && 'settings' in value;
}

/**
 * The start the background handed over, or the answer to `ask`, whichever comes first.
 * Once only: a later start (after a dossier change) asks.
 */
export function receivePageStart(ask: () => Promise<PageStart>): Promise<PageStart> {
  const scope = globalThis as Scope;
  const left = scope[PAGE_START_KEY];
  delete scope[PAGE_START_KEY];
  if (isPageStart(left)) return Promise.resolve(left);
  let handed: (start: PageStart) => void = () => undefined;
  const handedOver = new Promise<PageStart>((resolve) => (handed = resolve));
  scope[PAGE_START_KEY] = (value: unknown) => {
    delete scope[PAGE_START_KEY];
    if (isPageStart(value)) handed(value);
  };
  const asked = ask().finally(() => {
    if (typeof scope[PAGE_START_KEY] === 'function') delete scope[PAGE_START_KEY];
  });
  return Promise.race([handedOver, asked]);
}
