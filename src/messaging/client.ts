/**
 * Senders for the typed protocol, for content scripts and extension pages. The background
 * sends its own few messages (page decisions, live counts, commands) itself.
 */
import browser from 'webextension-polyfill';
import { answerOf } from './answer';
import type { BackgroundRequest, BackgroundResponses, RequestOf, TabRequest, TabResponses } from './protocol';

/** Rejects with a NoAnswerError when the worker stopped before answering (answer.ts): retry, never use it. */
export async function sendToBackground<T extends BackgroundRequest['type']>(
  request: RequestOf<BackgroundRequest, T>,
): Promise<BackgroundResponses[T]> {
  return answerOf(request.type, (await browser.runtime.sendMessage(request)) as BackgroundResponses[T] | undefined);
}

/** To the tab's top frame: every frame runs a content script, the top one speaks for the page. */
export function sendToTab<T extends TabRequest['type']>(
  tabId: number,
  request: RequestOf<TabRequest, T>,
): Promise<TabResponses[T]> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 }) as Promise<TabResponses[T]>;
}
