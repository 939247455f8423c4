import { sendToBackground } from '@/src/messaging/client';
import { PageController } from '@/src/content/page-controller';
import { supportsHighlights } from '@/src/content/highlight-layer';
import { loadSettings, watchSettings } from '@/src/settings/store';
import { watchDossierVersion } from '@/src/storage/dossier-version';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame runs its own copy: same-origin and cross-origin iframes, about:blank ones too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!supportsHighlights()) return;
    let page: PageController | null = null;
    /** (Re)starts Kontext on this page with the current dossier and settings. */
    const start = async () => {
      const [index, settings] = await Promise.all([sendToBackground({ type: 'getMatchIndex' }), loadSettings()]);
      if (ctx.isInvalid) return;
      page?.stop();
      page = new PageController(index, settings);
      page.start();
    };
    await start();
    const unwatchSettings = watchSettings((next) => page?.applySettings(next));
    // The reader changed the dossier (own entry, added article, hidden entry): mark with the new one.
    const unwatchDossier = watchDossierVersion(() => void start().catch(() => undefined));
    // The extension was reloaded or updated: this copy of the script steps aside cleanly.
    ctx.onInvalidated(() => {
      unwatchSettings();
      unwatchDossier();
      page?.stop();
    });
  },
});
