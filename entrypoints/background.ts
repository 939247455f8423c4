import browser, { type Runtime } from 'webextension-polyfill';
import bundledDossier from 'virtual:kontext-dossier';
import { asBackgroundRequest, BackgroundService, isOwnSender } from '@/src/background/service';

export default defineBackground(() => {
  const service = new BackgroundService(bundledDossier);

  browser.runtime.onInstalled.addListener(() => {
    void service.database();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender)) return undefined;
    const request = asBackgroundRequest(message);
    if (!request) return undefined;
    return service.handle(request, sender);
  });
});
