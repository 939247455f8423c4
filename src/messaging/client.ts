/** Senders for the typed protocol; the only place that calls runtime/tabs messaging. */
import browser from 'webextension-polyfill';
import type {
  BackgroundRequest,
  BackgroundResponses,
  RequestOf,
  TabRequest,
  TabResponses,
} from './protocol';

export function sendToBackground<T extends BackgroundRequest['type']>(
  request: RequestOf<BackgroundRequest, T>,
): Promise<BackgroundResponses[T]> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponses[T]>;
}

export function sendToTab<T extends TabRequest['type']>(
  tabId: number,
  request: RequestOf<TabRequest, T>,
): Promise<TabResponses[T]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<TabResponses[T]>;
}
