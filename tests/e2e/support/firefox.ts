/**
 * Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core) and installs
 * the Firefox build of the extension. Missing browser or build: a failure with
 * instructions, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The Firefox build under test; `KONTEXT_FIREFOX_BUILD` points elsewhere (e.g. a copy). */
export const FIREFOX_EXTENSION_DIR =
  process.env.KONTEXT_FIREFOX_BUILD ?? join(import.meta.dirname, '..', '..', '..', '.output', 'firefox-mv2');

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    throw new Error(
      `Firefox not found at ${path}. Install Debian's Firefox ESR (sudo apt-get install -y firefox-esr) ` +
        'or set FIREFOX_PATH to a Firefox binary.',
    );
  }
  return path;
}

/** The add-on's id in the Firefox build's manifest. */
export const FIREFOX_ADDON_ID = 'kontext@example.invalid';
/** Fixed through a pref, so tests can open the extension's pages at a known moz-extension:// origin. */
export const FIREFOX_EXTENSION_UUID = '4b1d2c3e-5f60-4a7b-8c9d-0e1f2a3b4c5d';

export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; extensionId: string; origin: string }> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // No update checks, telemetry or other traffic from the test browser.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, extensionId, origin: `moz-extension://${FIREFOX_EXTENSION_UUID}` };
}
