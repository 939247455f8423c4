import { extensionApi, PagePrecheck } from '@/src/content/precheck-page';
import '../../src/content/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame runs its own copy: same-origin and cross-origin iframes, about:blank ones too.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's "script started" window message would reach every page listener; the light context sends
  // none at all, this keeps WXT's own context quiet too should the alias in wxt.config.ts go.
  noScriptStartedPostMessage: true,
  main() {
    // Only the pre-check runs on every page; the full script comes where the dossier may be mentioned.
    // No WXT invalidation signal (src/content/light-content-context.ts): a copy whose extension is
    // gone stops itself at its next look at the page (Chrome never starts a second copy in a live frame).
    new PagePrecheck(extensionApi()).start();
  },
});
