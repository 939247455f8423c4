/**
 * The dossier page, end to end: search as you type, the kind filter, entry details,
 * deep links (entry, article with a quote, timeline) as the card and the popup use
 * them, text never turned into HTML, and no axe violations on any view.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { buildDossier } from '../../src/dossier/build';
import { loadBundledInput } from '../../src/dossier/node/load';
import { extensionUrl, openDossier, openExtensionPage, runAxe } from './dossier-support';

const ARTICLE = '000_b20129a4c843e593';
const QUOTE =
  'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.';

let browser: ExtensionBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await openDossier(browser);
});

afterAll(async () => {
  await browser?.close();
});

const resultIds = () =>
  page.locator('.results li').evaluateAll((items) => items.map((li) => li.getAttribute('data-entry')));

describe('search', () => {
  it('lists every entry, then narrows as the reader types', async () => {
    const all = await resultIds();
    expect(all.length).toBeGreaterThanOrEqual(40);
    const search = page.getByLabel('Suchen');
    await search.pressSequentially('pjong', { delay: 20 });
    await expect.poll(async () => (await resultIds())[0]).toBe('pyongyang');
    await search.fill('Zelensky');
    await expect.poll(async () => (await resultIds())[0]).toBe('selenskyj');
    // Summaries too: "Generalstab" is only in Gerassimow's role and summary.
    await search.fill('Generalstab');
    await expect.poll(resultIds).toContain('gerassimow');
    await expect.poll(() => page.locator('.count').textContent()).toMatch(/^\d+ Einträge$/);
    await search.fill('xyzzy');
    await expect.poll(resultIds).toEqual([]);
    await search.fill('');
  });

  it('groups the entries by kind under headings while browsing', async () => {
    const headings = await page.locator('.sidebar h2.kind-heading').allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Person', 'Ort', 'Organisation']);
    const people = await page
      .locator('.kind-group', { has: page.getByRole('heading', { name: 'Person', exact: true }) })
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-entry')));
    expect(people).toContain('gerassimow');
    expect(people).not.toContain('kursk');
  });

  it("says when no entry matches and offers the articles' full text, with each hit in context", async () => {
    const search = page.getByLabel('Suchen');
    // "Gerechtigkeit" is in an article's text, in no entry.
    await search.fill('Gerechtigkeit');
    await expect
      .poll(() => page.locator('.sidebar .count').first().textContent())
      .toBe('Kein Eintrag passt zu „Gerechtigkeit“.');
    await page.getByRole('button', { name: 'In den Artikeln suchen' }).click();
    const hit = page.locator('.article-hits li').first();
    await expect.poll(() => hit.locator('mark').textContent()).toBe('Gerechtigkeit');
    expect(await hit.locator('.snippet').textContent()).toMatch(/die für die Gerechtigkeit gekämpft haben/);
    // One place in one article: the singular.
    expect(await page.locator('.article-hits .count').textContent()).toBe('1 Stelle in den Artikeln:');
    expect(await runAxe(page)).toEqual([]);
    await hit.locator('a').click();
    await expect.poll(() => page.locator('mark.quote').first().textContent()).toBe('Gerechtigkeit');
    await search.fill('xyzzyq');
    await page.getByRole('button', { name: 'In den Artikeln suchen' }).click();
    await expect
      .poll(() => page.locator('.article-hits .count').textContent())
      .toBe('Auch in den Artikeln steht „xyzzyq“ nicht.');
    await search.fill('');
    await page.goto(extensionUrl(browser, 'dossier.html'));
    await page.locator('.layout').waitFor();
  });

  it('filters by kind', async () => {
    await page.getByLabel('Art', { exact: true }).selectOption('event');
    const ids = await resultIds();
    expect(ids.length).toBeGreaterThan(2);
    expect(ids).toContain('kursk-offensive');
    expect(ids).not.toContain('kursk');
    await page.getByLabel('Suchen').fill('kursk');
    await expect.poll(resultIds).toEqual(expect.arrayContaining(['kursk-offensive']));
    expect(await resultIds()).not.toContain('kursk');
    await page.getByLabel('Art', { exact: true }).selectOption('');
    await page.getByLabel('Suchen').fill('');
  });

  it('opens an entry from the results', async () => {
    await page.locator('.results li[data-entry="kim-jong-un"] a').click();
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Kim Jong-un');
    expect(page.url()).toMatch(/#entry=kim-jong-un$/);
  });
});

describe('entry detail', () => {
  it('shows summary with sources, facts, disputes with both sides, evidence, related entries, timeline and mentions', async () => {
    await page.goto(extensionUrl(browser, 'dossier.html#entry=kursk'));
    const main = page.locator('main');
    await expect.poll(() => main.locator('h1').textContent()).toBe('Region Kursk');
    expect(await main.locator('.kind-line').textContent()).toContain('Ort');
    expect(await main.locator('.summary .chip').count()).toBeGreaterThan(0);
    expect(await main.locator('.facts li').count()).toBeGreaterThan(0);
    const dispute = main.locator('.dispute').first();
    expect(await dispute.locator('li').count()).toBeGreaterThanOrEqual(2);
    expect(await dispute.innerText()).toMatch(/Kreml/);
    expect(await dispute.innerText()).toMatch(/Selenskyj|Ukraine/);
    expect(await main.locator('.evidence li').count()).toBeGreaterThan(3);
    expect(await main.locator('.evidence blockquote').first().getAttribute('lang')).toBe('de');
    expect(await main.locator('section[aria-labelledby="h-related"] a').count()).toBeGreaterThan(0);
    expect(await main.locator('section[aria-labelledby="h-timeline"] li').count()).toBeGreaterThan(0);
    const mentionRows = main.locator('table.mentions tbody tr');
    expect(await mentionRows.count()).toBeGreaterThanOrEqual(3);

    // A related entry is a link to it.
    const related = main.locator('section[aria-labelledby="h-related"] a').first();
    const href = await related.getAttribute('href');
    await related.click();
    await expect.poll(() => page.url()).toContain(href!);
    await expect.poll(() => main.locator('h1').textContent()).not.toBe('Region Kursk');
  });

  it('has no axe violations', async () => {
    await page.goto(extensionUrl(browser, 'dossier.html#entry=kursk'));
    await page.locator('main h1').waitFor();
    expect(await runAxe(page)).toEqual([]);
  });
});

describe('deep links', () => {
  it('#article=…&quote=… opens the article with its mentions marked and the quote highlighted in view', async () => {
    const hash = `#article=${ARTICLE}&quote=${encodeURIComponent(QUOTE)}`;
    await page.goto(extensionUrl(browser, `dossier.html${hash}`));
    const quote = page.locator('mark.quote');
    await quote.first().waitFor();
    expect((await quote.allTextContents()).join('')).toBe(QUOTE);
    await expect
      .poll(() =>
        quote.first().evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
    const mentions = await page
      .locator('.article-text a.mention')
      .evaluateAll((links) => links.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })));
    expect(mentions).toContainEqual({ text: 'Kim Jong-un', href: '#entry=kim-jong-un' });
    expect(mentions).toContainEqual({ text: 'KCNA', href: '#entry=kcna' });
    // The footer traps of the test pages are not in the article; nothing marks inside words.
    expect(mentions.every((m) => m.text && m.text.trim() === m.text)).toBe(true);
    expect(await page.locator('.notice').textContent()).toMatch(/markiert/);
    expect(await runAxe(page)).toEqual([]);
  });

  it('a source chip of an entry leads to its quote in the article', async () => {
    await page.goto(extensionUrl(browser, 'dossier.html#entry=kcna'));
    const chip = page.locator('main .facts .chip').first();
    await chip.click();
    await page.locator('mark.quote').first().waitFor();
    const url = new URL(page.url());
    const params = new URLSearchParams(url.hash.slice(1));
    expect((await page.locator('mark.quote').allTextContents()).join('').replace(/\s+/g, ' ')).toBe(
      params.get('quote')!.replace(/\s+/g, ' ').trim(),
    );
  });

  it('#timeline shows the whole timeline in the order the texts give', async () => {
    await page.goto(extensionUrl(browser, 'dossier.html#timeline'));
    const times = await page
      .locator('ol.timeline.full time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect(times.length).toBeGreaterThanOrEqual(20);
    // The builder's order, not the date strings': "2024" ("wenig später") follows the "2024-06" visit.
    const dossier = await buildDossier(await loadBundledInput());
    expect(times).toEqual(dossier.timeline.map((t) => t.date));
    expect(times.indexOf('2024-06')).toBeLessThan(times.indexOf('2024'));
    expect(await page.locator('ol.timeline.full .entry-link').count()).toBeGreaterThan(times.length);
    expect(await runAxe(page)).toEqual([]);
  });

  it('an unknown entry says so', async () => {
    await page.goto(extensionUrl(browser, 'dossier.html#entry=gibt-es-nicht'));
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Nicht gefunden');
  });

  it('the card’s “open in dossier” request opens the dossier page at the entry', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    const opened = browser.context.waitForEvent('page');
    await options.evaluate(() =>
      (globalThis as any).chrome.runtime.sendMessage({ type: 'openDossier', entry: 'pyongyang' }),
    );
    const tab = await opened;
    await tab.waitForLoadState();
    expect(tab.url()).toBe(extensionUrl(browser, 'dossier.html#entry=pyongyang'));
    await expect.poll(() => tab.locator('main h1').textContent()).toBe('Pjöngjang');
    await tab.close();
    await options.close();
  });

  it('your additions and the overview have no axe violations', async () => {
    await page.goto(extensionUrl(browser, 'dossier.html#mine'));
    await page.locator('main h1').waitFor();
    expect(await runAxe(page)).toEqual([]);
    await page.goto(extensionUrl(browser, 'dossier.html'));
    await page.locator('main h1').waitFor();
    expect(await runAxe(page)).toEqual([]);
  });
});
