/**
 * Launches Debian's Chromium with the built extension (never a downloaded browser).
 * A missing browser or build is a failure with instructions, never a silent skip.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '..', '.output', 'chrome-mv3');

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's Chromium (sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  return path;
}

/** Flags for Debian's Chromium with the built extension: no network of its own, no sandbox (root). */
export function extensionLaunchArgs(locale: string): string[] {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--lang=${locale}`,
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** `locale` sets the browser language, which picks Kontext's UI and manifest language (German by default here). */
export async function launchWithExtension({
  locale = 'de-DE',
  hasTouch = false,
}: { locale?: string; hasTouch?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'kontext-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale,
    hasTouch,
    args: extensionLaunchArgs(locale),
    // On Linux Chromium takes its own language (chrome.i18n, the manifest's _locales,
    // chrome:// pages) from the environment; --lang alone changes only navigator.language.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The browser's tab id of a page. Kontext has no `tabs` permission, so tab URLs are
 * hidden from it: the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id as number | undefined;
  });
  if (id === undefined) throw new Error(`no active tab for ${page.url()}`);
  return id;
}
