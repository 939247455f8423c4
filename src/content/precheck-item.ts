/**
 * Where the pre-check and the full content script meet: the storage.local item the
 * background writes the pre-check keys to, the full script's file, and the handle the full
 * script leaves in the frame's isolated world (both run there, so they share its globals;
 * the page's own scripts never see them).
 */
export const PRECHECK_ITEM = 'kontextPrecheck';
export const PAGE_SCRIPT_FILE = '/page-script.js';

/** What the full content script offers the pre-check once it runs in a frame. */
export interface PageHandle {
  /** Answers a tab message as the page controller does (undefined: not for this frame). */
  answer(message: unknown): Promise<unknown> | undefined;
  /** Takes everything out of the page again (the extension is gone). */
  teardown(): void;
}

interface Shared {
  /** The pre-check's state ('checking', 'quiet', 'loading', 'stopped'): what an e2e test waits for. */
  precheck?: string;
  /** Set by the full script as soon as it starts, so a second injection does nothing. */
  started?: boolean;
  /** Resolved by the full script once its page controller answers messages. */
  handle?: Promise<PageHandle>;
  resolveHandle?: (handle: PageHandle) => void;
}

const KEY = '__kontext';

/** The isolated world's shared slot (one per frame and extension). */
export function shared(): Shared {
  const scope = globalThis as { [KEY]?: Shared };
  if (!scope[KEY]) {
    const slot: Shared = {};
    slot.handle = new Promise((resolve) => (slot.resolveHandle = resolve));
    scope[KEY] = slot;
  }
  return scope[KEY];
}
