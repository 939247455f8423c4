/**
 * The few extension APIs Kontext's scripts in web pages call (the pre-check, the page script),
 * taken from the browser's own global: Chrome's `chrome` and Firefox's `browser` both have
 * them with promises. No webextension-polyfill in a page: its wrapping of the whole API on
 * first use cost milliseconds on every cold load, for the handful of calls made here.
 */
import { changesSettings, readSettings } from '../settings/stored-settings';
import { DOSSIER_VERSION_KEY } from '../storage/dossier-version-key';
import type { Settings } from '../settings/settings';

interface Listener<A extends unknown[]> {
  addListener(listener: (...args: A) => unknown): void;
  removeListener(listener: (...args: A) => unknown): void;
}

type Respond = (response: unknown) => void;

export interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listener<[unknown, unknown, Respond]>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: { get(key: null): Promise<Record<string, unknown>> };
    onChanged: Listener<[Record<string, { newValue?: unknown }>, string]>;
  };
}

/**
 * Chrome has no `browser` global, so there a page element with the id "browser" shows through
 * as one (named access on window) and would stand in for the API: Chrome's build takes
 * `chrome`, whose real global no page element can shadow. Firefox's build takes `browser`
 * (promises in MV2); a test page without a build target takes whichever it installed.
 */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  if (import.meta.env?.BROWSER !== 'firefox' && scope.chrome?.runtime) return scope.chrome;
  return (scope.browser ?? scope.chrome)!;
}

/**
 * Listens for tab messages with a handler that answers with a promise (or undefined: not
 * for this frame). Chrome's callback form (return true, answer later) works in Firefox too.
 * Returns the function that stops listening; it never throws (the API may be gone with an
 * orphaned script's extension).
 */
export function answerTabMessages(answer: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, _sender: unknown, respond: Respond): boolean => {
    const answered = answer(message);
    if (!answered) return false;
    answered.then(respond, () => respond(undefined));
    return true;
  };
  const { onMessage } = extensionApi().runtime;
  onMessage.addListener(listener);
  return () => {
    try {
      onMessage.removeListener(listener);
    } catch {
      // The extension context is already invalidated: the listener went with it.
    }
  };
}

/** The reader's settings as stored (a legacy single object is migrated by the extension's pages). */
export async function readStoredSettings(): Promise<Settings> {
  return readSettings(await extensionApi().storage.sync.get(null));
}

/** Calls `onChange` with the settings after each change to them; returns the function that stops it. */
export function watchStoredSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'sync') return;
    if (!changesSettings(Object.keys(changes))) return;
    void readStoredSettings().then(onChange, () => undefined);
  };
  const { onChanged } = extensionApi().storage;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}

/** Calls `onChange` whenever the background bumps the dossier's version; returns the function that stops it. */
export function watchDossierVersion(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && DOSSIER_VERSION_KEY in changes) onChange();
  };
  const { onChanged } = extensionApi().storage;
  onChanged.addListener(listener);
  return () => onChanged.removeListener(listener);
}
