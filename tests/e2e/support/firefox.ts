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

export async function launchFirefoxWithExtension(): Promise<{ browser: Browser; extensionId: string }> {
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
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, extensionId };
}
