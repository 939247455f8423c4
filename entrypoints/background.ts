import browser, { type Runtime } from 'webextension-polyfill';
import bundledDossier from 'virtual:kontext-dossier';
import { BADGE_COLOR } from '@/src/background/badge';
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

  // A new page in the tab starts without a count; its content script reports its own.
  // (onUpdated reports `status` without the tabs permission.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  });
  void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR }).catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender)) return undefined;
    const request = asBackgroundRequest(message);
    if (!request) return undefined;
    return service.handle(request, sender);
  });
});
