/**
 * Keeping the reader's data under storage pressure. What protects the extension's
 * IndexedDB differs by browser (SECURITY.md, "The reader's data is kept"):
 * - Chromium never evicts an origin with `unlimitedStorage` (its quota database skips
 *   "unlimited" origins when it picks what to evict); `persist()` adds nothing there and
 *   answers false without site engagement, and a service worker does not have it.
 * - Firefox evicts best-effort storage, extensions' included; `persist()` makes it
 *   persistent, granted without a prompt because of `unlimitedStorage`.
 * So every context that opens the store asks once; where it cannot, nothing happens.
 */
let asked: Promise<boolean> | null = null;

/** Asks the browser to keep this origin's storage; resolves to whether it is persistent now. */
export function requestPersistentStorage(): Promise<boolean> {
  asked ??= (async () => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    // Window-only (not in a service worker), and absent in Node's tests.
    if (typeof storage?.persist !== 'function') return false;
    try {
      return (await storage.persisted()) || (await storage.persist());
    } catch {
      return false;
    }
  })();
  return asked;
}
