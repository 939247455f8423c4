import { sendToBackground } from '@/src/messaging/client';
import { PageController } from '@/src/content/page-controller';
import { supportsHighlights } from '@/src/content/highlight-layer';
import { loadSettings, watchSettings } from '@/src/settings/store';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame runs its own copy: same-origin and cross-origin iframes, about:blank ones too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  async main(ctx) {
    if (!supportsHighlights()) return;
    const [index, settings] = await Promise.all([sendToBackground({ type: 'getMatchIndex' }), loadSettings()]);
    if (ctx.isInvalid) return;
    const page = new PageController(index, settings);
    page.start();
    const unwatch = watchSettings((next) => page.applySettings(next));
    // The extension was reloaded or updated: this copy of the script steps aside cleanly.
    ctx.onInvalidated(() => {
      unwatch();
      page.stop();
    });
  },
});
