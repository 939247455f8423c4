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

/** Flags for Debian's Chromium: no network of its own, no sandbox (root). */
export function browserLaunchArgs(locale: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    `--lang=${locale}`,
  ];
}

/** The same flags with the built extension (or another build of it, for the bench's old-vs-new figures). */
export function extensionLaunchArgs(locale: string, extensionDir: string = EXTENSION_DIR): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...browserLaunchArgs(locale),
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
  extensionDir = EXTENSION_DIR,
  userDataDir,
}: {
  locale?: string;
  hasTouch?: boolean;
  extensionDir?: string;
  /** A profile of the caller's, kept on close (to start the browser again with the same data). */
  userDataDir?: string;
} = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const { context, close } = await launchProfile(extensionLaunchArgs(locale, extensionDir), {
    locale,
    hasTouch,
    userDataDir,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close };
}

/** The same browser, profile and flags with no extension at all: the bench's "without Kontext" side. */
export function launchWithoutExtension({ locale = 'de-DE' }: { locale?: string } = {}): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  return launchProfile(browserLaunchArgs(locale), { locale, hasTouch: false });
}

async function launchProfile(
  args: string[],
  { locale, hasTouch, userDataDir: kept }: { locale: string; hasTouch: boolean; userDataDir?: string },
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = kept ?? (await mkdtemp(join(tmpdir(), 'kontext-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale,
    hasTouch,
    args,
    // On Linux Chromium takes its own language (chrome.i18n, the manifest's _locales,
    // chrome:// pages) from the environment; --lang alone changes only navigator.language.
    env: { ...process.env, LANGUAGE: locale.replace('-', '_') },
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (!kept) await rm(userDataDir, { recursive: true, force: true });
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
