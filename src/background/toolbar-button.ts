/**
 * The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in the
 * Firefox build's Manifest V2. Calling the missing one throws, and a throw at
 * start-up would leave the background deaf to every message.
 */
import browser, { type Action } from 'webextension-polyfill';

export function toolbarButton(): Action.Static {
  return browser.action ?? browser.browserAction;
}
