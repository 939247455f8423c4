/**
 * The full content script: marks, page decision, hover card. Not in the manifest: the
 * pre-check (entrypoints/content) has the background inject it into a frame only where the
 * dossier may be mentioned, so most pages never load it.
 */
import { PageController } from '@/src/content/page-controller';
import { supportsHighlights } from '@/src/content/highlight-layer';
import { extensionAlive, requestBackground } from '@/src/content/background-requests';
import { shared } from '@/src/content/precheck-item';
import { receivePageStart } from '@/src/content/page-start';
import { watchDossierVersion, watchStoredSettings } from '@/src/content/extension-api';

/** How often an orphaned copy (extension reloaded or updated) notices it and steps aside. */
const ALIVE_CHECK_MS = 1000;

export default defineUnlistedScript(() => {
  const slot = shared();
  // Injected once per frame; a second request (a race of two page changes) finds it running.
  if (slot.started) return;
  slot.started = true;
  void run(slot);
});

async function run(slot: ReturnType<typeof shared>): Promise<void> {
  // Highlights paint without touching the page; only a browser without them gets wrappers.
  const paint = supportsHighlights() ? 'highlights' : 'wrap';
  let page: PageController | null = null;
  let stopped = false;
  const unwatch: (() => void)[] = [];

  /** Takes everything this copy added out of the page again; safe to call more than once. */
  const teardown = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(aliveTimer);
    for (const stop of unwatch) {
      try {
        stop();
      } catch {
        // The storage API may already be gone with the extension context.
      }
    }
    page?.stop();
    page = null;
  };

  /** (Re)starts Kontext on this page with the current dossier and settings. */
  let first = true;
  const start = async () => {
    // Asked for (retried with back-off: the service worker may be restarting, MV3); on the first
    // start Chrome's background hands it over with this script, usually sooner than the answer.
    const ask = () => requestBackground({ type: 'getPageStart' });
    const { index, settings } = await (first ? receivePageStart(ask) : ask());
    first = false;
    if (stopped || !extensionAlive()) return;
    page?.stop();
    page = new PageController(index, settings, { paint });
    page.start();
  };

  // The extension was reloaded or updated: this copy of the script steps aside cleanly.
  // Chrome gives an orphaned script no event, only a runtime without an id: checked on a timer.
  const aliveTimer = setInterval(() => {
    if (!extensionAlive()) teardown();
  }, ALIVE_CHECK_MS);

  try {
    await start();
  } catch {
    // The background never answered (or the extension went away): nothing is marked, nothing breaks.
    if (!extensionAlive()) teardown();
  }
  // The pre-check passes on tab messages that came while this script loaded.
  slot.resolveHandle?.({ answer: (message) => page?.answer(message), teardown });
  if (stopped) return;
  unwatch.push(watchStoredSettings((next) => page?.applySettings(next)));
  // The reader changed the dossier (own entry, added article, hidden entry): mark with the new one.
  unwatch.push(watchDossierVersion(() => void start().catch(() => undefined)));
}
