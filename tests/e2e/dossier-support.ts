/** Helpers for the options and dossier page tests: extension pages, axe, settings, card. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/chromium';
import { cardText, markCentre, waitForCard } from './support/probes';
import { expect } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

export function extensionUrl(browser: ExtensionBrowser, path: string): string {
  return `chrome-extension://${browser.extensionId}/${path}`;
}

export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, path));
  return page;
}

/** The dossier page, once its data has loaded. */
export async function openDossier(browser: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await openExtensionPage(browser, `dossier.html${hash}`);
  await page.locator('.layout').waitFor({ timeout: 15_000 });
  return page;
}

export async function runAxe(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const source = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  try {
    await page.addScriptTag({ content: source });
  } catch {
    // Extension pages forbid inline scripts; the DevTools protocol is not bound by that.
  }
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, nodes: v.nodes.map((n: any) => n.target.join(' ')) }));
  });
}

export { resetSettings, setSettings } from './support/settings';

/** Hovers the first mark reading `text` and returns the card's text; moves away first so a new card opens. */
export async function hoverCard(page: Page, text: string, timeoutMs = 5_000): Promise<string> {
  await page.bringToFront();
  await page.mouse.move(2, 2);
  await expect.poll(() => cardText(page), { timeout: 5_000 }).toBeNull();
  const point = await markCentre(page, text);
  await page.mouse.move(point.x, point.y);
  return waitForCard(page, timeoutMs);
}

/** Names of Kontext's registered highlights. */
export function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('kontext')).sort());
}
