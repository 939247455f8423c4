import browser, { type Runtime } from 'webextension-polyfill';
import bundledDossier from 'virtual:kontext-dossier';
import { requestForCommand } from '@/src/background/commands';
import { asBackgroundRequest, BackgroundService, isOwnSender } from '@/src/background/service';

export default defineBackground(() => {
  const service = new BackgroundService(bundledDossier);

  browser.runtime.onInstalled.addListener(() => {
    void service.database();
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const request = requestForCommand(command);
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (!request || tabId === undefined) return;
    // The top frame steps through its mentions; a page without Kontext simply does not answer.
    await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender)) return undefined;
    const request = asBackgroundRequest(message);
    if (!request) return undefined;
    return service.handle(request, sender);
  });
});
