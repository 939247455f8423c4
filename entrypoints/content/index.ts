import { sendToBackground } from '@/src/messaging/client';
import { PageController } from '@/src/content/page-controller';
import { loadSettings, watchSettings } from '@/src/settings/store';
import './highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
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
