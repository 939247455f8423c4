import { extensionApi, PagePrecheck } from '@/src/content/precheck-page';
import '../../src/content/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame runs its own copy: same-origin and cross-origin iframes, about:blank ones too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's older "script started" signal is a window message every page listener would see; the DOM event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Only the pre-check runs on every page; the full script comes where the dossier may be mentioned.
    const api = extensionApi();
    const precheck = new PagePrecheck(api);
    precheck.start();
    // WXT's invalidation signal is a DOM event a page could dispatch too: it is obeyed only when
    // the extension context is really gone (Chrome never starts a second copy in a live frame).
    ctx.onInvalidated(() => {
      if (!api.runtime?.id) precheck.stop();
    });
  },
});
