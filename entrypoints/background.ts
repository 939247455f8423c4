import browser, { type Runtime } from 'webextension-polyfill';
import bundledDossier from 'virtual:kontext-dossier';
import { BADGE_COLOR, badgeText } from '@/src/background/badge';
import type { PageMentions } from '@/src/messaging/protocol';
import { requestForCommand } from '@/src/background/commands';
import { toolbarButton } from '@/src/background/toolbar-button';
import { showsWelcome, WELCOME_PAGE, WELCOME_SHOWN_KEY } from '@/src/background/welcome';
import { asBackgroundRequest, BackgroundService, isOwnSender, mayRequest } from '@/src/background/service';

export default defineBackground(() => {
  const service = new BackgroundService(bundledDossier);

  // First, so nothing registered after it can leave the background unable to answer.
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnSender(sender)) return undefined;
    const request = asBackgroundRequest(message);
    if (!request || !mayRequest(request, sender)) return undefined;
    return service.handle(request, sender);
  });

  browser.runtime.onInstalled.addListener((details) => {
    void service.database();
    // A new reader learns what the marks mean; an update does not interrupt anyone.
    void openWelcomeOnce(details).catch(() => undefined);
  });

  async function openWelcomeOnce(details: { reason: string }): Promise<void> {
    const stored = await browser.storage.local.get(WELCOME_SHOWN_KEY);
    if (!showsWelcome(details, stored[WELCOME_SHOWN_KEY] === true)) return;
    await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: true });
    await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  }

  // Firefox for Android has no keyboard commands (`browser.commands` is missing there);
  // readers step through mentions by tapping them instead.
  browser.commands?.onCommand.addListener(async (command, tab) => {
    const request = requestForCommand(command);
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (!request || tabId === undefined) return;
    // The top frame steps through its mentions; a page without Kontext simply does not answer.
    await browser.tabs.sendMessage(tabId, request, { frameId: 0 }).catch(() => undefined);
  });

  // A navigation in the tab (onUpdated reports `status` without the tabs permission): a new
  // document starts without a count until its content script reports; a same-document one
  // (pushState, hash) keeps its content script, which answers with the current count.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    service.tabNavigated(tabId);
    void (
      browser.tabs.sendMessage(
        tabId,
        { type: 'getPageMentions', forBadge: true },
        { frameId: 0 },
      ) as Promise<PageMentions>
    )
      .then(
        (page) => badgeText(page.active ? page.entries.length : 0),
        () => '',
      )
      .then((text) => toolbarButton().setBadgeText({ tabId, text }))
      .catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => service.tabNavigated(tabId));
  void toolbarButton()
    .setBadgeBackgroundColor({ color: BADGE_COLOR })
    .catch(() => undefined);
});
