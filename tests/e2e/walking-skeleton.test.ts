/**
 * The walking skeleton, end to end in Debian Chromium with the built extension:
 * a source article served from 127.0.0.1 gets its names marked, a hover opens the
 * card, the popup lists the page's entries, and the options switch is obeyed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import { markCentre, paintedMarks, waitForCard, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

const ARTICLE = '000_b20129a4c843e593';

let server: TestServer;
let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/article/${ARTICLE}`);
  await waitForMarks(page, 10);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('walking skeleton', () => {
  it('marks the names of a source article in CSS.highlights', async () => {
    const marks = await paintedMarks(page);
    const texts = new Set(marks.map((mark) => mark.text));
    for (const name of ['Kim Jong-un', 'Pjöngjang', 'KCNA', 'Kursk', 'Wladimir Putin', 'Waleri Gerassimow', 'Tass']) {
      expect(texts, name).toContain(name);
    }
    expect(marks.every((mark) => mark.highlight.startsWith('kontext-'))).toBe(true);
    // People and places are painted under their own kinds.
    expect(marks.find((mark) => mark.text === 'Kim Jong-un')?.highlight).toBe('kontext-person');
    expect(marks.find((mark) => mark.text === 'Pjöngjang')?.highlight).toBe('kontext-place');
  });

  it('does not mark trap words that merely contain a name', async () => {
    const trapped = await page.evaluate(() => {
      const found: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('kontext')) continue;
        for (const range of highlight as unknown as Iterable<AbstractRange>) {
          if (range.startContainer.parentElement?.closest('footer')) found.push(range.startContainer.textContent ?? '');
        }
      }
      return found;
    });
    // The footer says "Tassen, Krimi und Romantik": Tass, Krim and Rom are entries, none of these are mentions.
    expect(trapped).toEqual([]);
  });

  it('leaves the page text and tree as served, apart from its one UI host', async () => {
    const comparison = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      const own = [...document.querySelectorAll('*')].filter((el) => el.tagName !== 'KONTEXT-UI');
      return {
        sameText: served.body.textContent === document.body.textContent,
        servedElements: served.querySelectorAll('*').length,
        pageElements: own.length,
        foreignHosts: document.querySelectorAll('kontext-ui').length,
      };
    });
    expect(comparison.sameText).toBe(true);
    expect(comparison.pageElements).toBe(comparison.servedElements);
    expect(comparison.foreignHosts).toBeLessThanOrEqual(1);
  });

  it('shows a card with the entry name and summary when a mention is hovered', async () => {
    const point = await markCentre(page, 'Waleri Gerassimow');
    await page.mouse.move(point.x, point.y);
    const text = await waitForCard(page);
    expect(text).toContain('Waleri Gerassimow');
    expect(text).toMatch(/Generalstab/);
    // Moving well away closes it after the grace period.
    await page.mouse.move(5, 5);
    await expect.poll(() => import('./support/probes').then((p) => p.cardText(page)), { timeout: 3_000 }).toBeNull();
  });

  it('lists the page entries with their mention counts in the popup', async () => {
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('li.entry').first().waitFor();
    const rows = await popup.locator('li.entry').evaluateAll((items) =>
      items.map((item) => ({
        entry: item.getAttribute('data-entry'),
        name: item.querySelector('.name')?.textContent,
        count: Number(item.querySelector('.count')?.textContent?.replace('×', '')),
      })),
    );
    await popup.close();
    const marks = await paintedMarks(page);
    expect(rows.map((row) => row.entry)).toEqual(expect.arrayContaining(['kim-jong-un', 'kursk', 'kcna']));
    expect(rows.find((row) => row.entry === 'kim-jong-un')?.name).toBe('Kim Jong-un');
    // Every mark is counted once, under one entry.
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(marks.length);
  });

  it('obeys the on/off setting from the options page without a reload', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const toggle = options.locator('input[name="active"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.bringToFront();
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !name.startsWith('kontext')));
    await options.bringToFront();
    await toggle.check();
    await page.bringToFront();
    const marks = await waitForMarks(page, 10);
    expect(marks.length).toBeGreaterThanOrEqual(10);
    await options.close();
  });
});
