/**
 * One browser session for every browser figure: Debian's Chromium launched with the
 * built extension exactly as the e2e tests do, a 127.0.0.1 server, and no request
 * anywhere else. Plain (extension-free) pages live in a second browser context of
 * the same browser: extensions are not enabled in such (incognito-like) contexts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../tests/e2e/support/chromium';
import { startBenchServer, type BenchServer } from './server';

export interface BenchSession {
  browser: ExtensionBrowser;
  /** The same browser, without the extension. */
  plainContext: BrowserContext;
  server: BenchServer;
  chromiumVersion: string;
  close(): Promise<void>;
}

export interface PlainPage {
  page: Page;
  frame: Frame;
  close(): Promise<void>;
}

/** No network: only the bench server answers; everything else is refused. */
export async function onlyLocalhost(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (/^(?:https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');
    return route.continue();
  });
}

/** `.output` is shared with other builds (tests, a teammate's watch): one may be rewriting it right now. */
async function waitForBuild(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(join(EXTENSION_DIR, 'manifest.json')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function openBenchSession(): Promise<BenchSession> {
  await waitForBuild(60_000);
  const server = await startBenchServer();
  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension();
  } catch (error) {
    await server.close();
    throw error;
  }
  const close = async (): Promise<void> => {
    await browser.close().catch(() => {});
    await server.close();
  };
  try {
    await onlyLocalhost(browser.context);
    const chromium = browser.context.browser();
    if (!chromium)
      throw new Error(
        'playwright-core gives no Browser for the persistent context: cannot open an extension-free context',
      );
    const plainContext = await chromium.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
    await onlyLocalhost(plainContext);
    return { browser, plainContext, server, chromiumVersion: `Chromium ${chromium.version()}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Opens `path` as a plain page, injects the bench bundle and keeps the loaded body for
 * libraries that rewrite it. Fails if anything marked the page on its own (Kontext's
 * content script would disturb the plain figures).
 */
export async function openPlainPage(session: BenchSession, path: string, benchScript: string): Promise<PlainPage> {
  const page = await session.plainContext.newPage();
  try {
    await page.goto(`${session.server.origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
    // Give a content script (if one ran here) time to mark the page before checking.
    await page.waitForTimeout(300);
    const foreign = await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('kontext')));
    if (foreign.length > 0) {
      throw new Error(
        `Kontext's content script runs in the plain context (highlights ${foreign.join(', ')}): plain figures would be disturbed`,
      );
    }
    await page.addScriptTag({ content: benchScript });
    await page.evaluate(() => window.kontextBench.prepare());
    return { page, frame: page.mainFrame(), close: () => page.close() };
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}
