/**
 * The toolbar popup, end to end in Debian Chromium with the built extension: the
 * popup is opened as a page for a given tab (`popup.html?tab=ID`), and what it shows
 * is checked against what the page really paints, the dossier, and the badge.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import { hoverCard } from './dossier-support';
import { cardText, paintedMarks, waitForCard, waitForMarks } from './support/probes';
import { errorMessages } from '../../src/ui/messages/errors';
import { resetSettings, setSettings, sitesAtSyncLimit } from './support/settings';
import { startServer, type TestServer } from './support/server';

const ARTICLE = '000_b20129a4c843e593';
const ROOT = join(import.meta.dirname, '..', '..');

interface ArticleMeta {
  id: string;
  title: string;
  outlet?: string;
}

let server: TestServer;
let browser: ExtensionBrowser;
let page: Page;
let tabId: number;
let articles: ArticleMeta[];

interface Row {
  entry: string;
  kind: string;
  name: string;
  count: number;
  hidden: boolean;
}

async function openPopup(forTab: number, { wait = true } = {}): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${forTab}`);
  if (wait) await popup.locator('main[data-state]:not([data-state="loading"])').waitFor({ timeout: 10_000 });
  return popup;
}

function state(popup: Page): Promise<string | null> {
  return popup.locator('main').getAttribute('data-state');
}

function rows(popup: Page): Promise<Row[]> {
  return popup.locator('li.entry').evaluateAll((items) =>
    items.map((item) => ({
      entry: item.getAttribute('data-entry') ?? '',
      kind: item.closest('.group')?.getAttribute('data-kind') ?? '',
      name: item.querySelector('.name')?.textContent ?? '',
      count: Number(item.querySelector('.count')?.textContent?.replace('×', '')),
      hidden: (item as HTMLElement).offsetParent === null,
    })),
  );
}

function badge(id: number): Promise<string> {
  return browser.worker.evaluate(
    (tab) => (globalThis as any).chrome.action.getBadgeText({ tabId: tab }) as Promise<string>,
    id,
  );
}

function markCount(target: Page): Promise<number> {
  return target.evaluate(() => {
    let count = 0;
    // The flash and the emphasis of the mention whose card is open light up marks; they are not marks.
    for (const [name, highlight] of CSS.highlights)
      if (name.startsWith('kontext-') && name !== 'kontext-flash' && name !== 'kontext-current')
        count += highlight.size;
    return count;
  });
}

/** Where the page's flash highlight is, in document coordinates, and what it reads. */
function flashed(target: Page): Promise<{ text: string; top: number } | null> {
  return target.evaluate(() => {
    const flash = CSS.highlights.get('kontext-flash');
    const range = flash ? ([...(flash as unknown as Iterable<AbstractRange>)][0] ?? null) : null;
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return { text: live.toString(), top: live.getBoundingClientRect().top + scrollY };
  });
}

async function runAxe(popup: Page): Promise<{ id: string; nodes: string[] }[]> {
  const source = await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  try {
    await popup.addScriptTag({ content: source });
  } catch {
    // Extension pages forbid inline scripts; the DevTools protocol is not bound by that.
  }
  if (!(await popup.evaluate(() => 'axe' in window))) await popup.evaluate(source);
  return popup.evaluate(async () => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, nodes: v.nodes.map((n: any) => n.target.join(' ')) }));
  });
}

/** A page served through the browser (not the test server) that the test controls. */
async function routedPage(path: string, body: string, hold?: Promise<void>): Promise<Page> {
  const target = await browser.context.newPage();
  await target.route(`**${path}`, async (route: Route) => {
    await hold;
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return target;
}

beforeAll(async () => {
  articles = JSON.parse(await readFile(join(ROOT, 'assets', 'articles', 'articles.json'), 'utf8')).articles;
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/article/${ARTICLE}`);
  await waitForMarks(page, 10);
  tabId = await tabIdOf(browser, page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup on an article page', () => {
  it('lists the entries found, grouped by kind, with the counts the page paints', async () => {
    const popup = await openPopup(tabId);
    expect(await state(popup)).toBe('list');
    const list = await rows(popup);
    const marks = await paintedMarks(page);
    const ids = list.map((row) => row.entry);
    expect(ids).toEqual(expect.arrayContaining(['kim-jong-un', 'kursk', 'kcna', 'putin']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(list.find((row) => row.entry === 'kim-jong-un')?.name).toBe('Kim Jong-un');
    // Every painted mark is counted once, under an entry of the highlight's kind.
    expect(list.reduce((sum, row) => sum + row.count, 0)).toBe(marks.length);
    const byKind = new Map<string, number>();
    for (const row of list) byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
    const paintedByKind = new Map<string, number>();
    for (const mark of marks)
      paintedByKind.set(
        mark.highlight.replace('kontext-', ''),
        (paintedByKind.get(mark.highlight.replace('kontext-', '')) ?? 0) + 1,
      );
    expect(Object.fromEntries(byKind)).toEqual(Object.fromEntries(paintedByKind));
    // Each group is one kind, headed by its name; the most relevant rows show, the rest behind "show all".
    const groups = await popup.locator('.group').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(new Set(groups).size).toBe(groups.length);
    expect(await popup.locator('.group:not([hidden]) h3').first().textContent()).toMatch(
      /Orte|Personen|Ereignisse|Organisationen/,
    );
    const visible = list.filter((row) => !row.hidden);
    expect(visible.length).toBeLessThan(list.length);
    // What the headline and lead name shows first: "Nordkorea", and "ein enges Abkommen mit Putin".
    expect(visible.map((row) => row.entry)).toEqual(expect.arrayContaining(['north-korea', 'putin', 'treaty-2024']));
    // The role line is there for every row.
    expect(
      await popup.locator('li.entry .role').evaluateAll((els) => els.every((el) => el.textContent!.trim().length > 0)),
    ).toBe(true);
    await popup.getByRole('button', { name: `Alle ${list.length} Einträge zeigen` }).click();
    expect((await rows(popup)).every((row) => !row.hidden)).toBe(true);
    // The toolbar badge: the number of distinct entries.
    expect(await badge(tabId)).toBe(String(list.length));
    await popup.close();
  });

  it('shows a grounded briefing whose source chips name real articles', async () => {
    const popup = await openPopup(tabId);
    const sentences = await popup.locator('.briefing li.sentence').evaluateAll((items) =>
      items.map((item) => ({
        chips: [...item.querySelectorAll('cite.chip')].map((chip) => ({
          article: chip.getAttribute('data-article'),
          text: chip.textContent ?? '',
        })),
      })),
    );
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
    for (const { chips } of sentences) {
      expect(chips.length).toBeGreaterThan(0);
      for (const chip of chips) {
        const article = articles.find((a) => a.id === chip.article);
        expect(article, chip.article ?? '').toBeDefined();
        // The chip names the article: its outlet, or the start of its title.
        const shown = chip.text
          .replace(/^(Quelle|Source):\s*/, '')
          .split(' · ')[0]!
          .replace(/\s*…$/, '');
        expect(article!.outlet ?? article!.title).toContain(shown);
      }
    }
    expect(await popup.getByRole('heading', { name: 'Kurz gefasst' }).count()).toBe(1);
    await popup.close();
  });

  it('scrolls the page to a mention, flashes it and opens its card; a second click goes to the next one', async () => {
    // A short window, so the mentions lie below the fold.
    await page.setViewportSize({ width: 1280, height: 240 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopup(tabId);
    // Kursk is mentioned several times, the first well below the headline.
    await popup.locator('li.entry[data-entry="kursk"] button').click();
    await expect.poll(() => flashed(page)).not.toBeNull();
    const first = (await flashed(page))!;
    expect(first.text).toMatch(/Kursk/);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await waitForCard(page)).toContain('Kursk');
    await popup.locator('li.entry[data-entry="kursk"] button').click();
    await expect.poll(async () => (await flashed(page))?.top).toBeGreaterThan(first.top);
    expect(await cardText(page)).toContain('Kursk');
    await popup.close();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('switches marking off for this site and on again, without a reload', async () => {
    const popup = await openPopup(tabId);
    const before = await markCount(page);
    const toggle = popup.locator('input[name="site"]');
    expect(await toggle.isChecked()).toBe(true);
    expect(await toggle.getAttribute('role')).toBe('switch');
    await toggle.click();
    await page.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !name.startsWith('kontext')), null, {
      polling: 100,
    });
    await expect.poll(() => state(popup)).toBe('site-off');
    expect(await popup.locator('.status').textContent()).toContain('127.0.0.1');
    await expect.poll(() => badge(tabId)).toBe('');
    await toggle.click();
    await page.waitForFunction(
      (n) => {
        let count = 0;
        for (const [name, highlight] of CSS.highlights)
          if (name.startsWith('kontext-') && name !== 'kontext-flash' && name !== 'kontext-current')
            count += highlight.size;
        return count >= n;
      },
      before,
      { polling: 100 },
    );
    await expect.poll(() => state(popup)).toBe('list');
    await expect.poll(() => badge(tabId)).not.toBe('');
    await popup.close();
  });

  it('says so when switching this site off cannot be saved, and shows what is stored', async () => {
    const popup = await openPopup(tabId);
    // A site list the sync quota has no room left in: one more site is refused.
    await setSettings(popup, { sites: sitesAtSyncLimit('127.0.0.1') });
    const toggle = popup.locator('input[name="site"]');
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await toggle.click();
    const lang = (await popup.evaluate(() => document.documentElement.lang)) as 'de' | 'en';
    await expect
      .poll(() => popup.locator('[role="alert"]').textContent())
      .toBe(errorMessages[lang].settingsSitesTooLong);
    // The switch does not pretend: the site is still on, as stored.
    await expect.poll(() => toggle.isChecked()).toBe(true);
    await resetSettings(popup);
    await popup.close();
  });

  it('pauses everywhere: the page loses its marks, the badge goes off, the popup says so', async () => {
    const popup = await openPopup(tabId);
    await popup.locator('input[name="paused"]').click();
    await expect.poll(() => state(popup)).toBe('paused');
    expect(await popup.locator('.status').textContent()).toMatch(/pausiert/);
    await expect.poll(() => markCount(page)).toBe(0);
    await expect.poll(() => badge(tabId)).toBe('');
    await popup.locator('input[name="paused"]').click();
    await expect.poll(() => state(popup)).toBe('list');
    await expect.poll(() => markCount(page)).toBeGreaterThan(10);
    await expect.poll(() => badge(tabId)).not.toBe('');
    await popup.close();
  });

  it('updates live when the page changes while the popup is open', async () => {
    const popup = await openPopup(tabId);
    expect(await popup.locator('li.entry[data-entry="pistorius"]').count()).toBe(0);
    const before = Number(await badge(tabId));
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Verteidigungsminister Boris Pistorius äußerte sich am Abend.';
      document.querySelector('article')!.append(p);
    });
    await popup.locator('li.entry[data-entry="pistorius"]').waitFor({ state: 'attached', timeout: 10_000 });
    expect((await rows(popup)).find((row) => row.entry === 'pistorius')?.count).toBe(1);
    await expect.poll(() => badge(tabId)).toBe(String(before + 1));
    await popup.close();
  });

  it('keeps the badge across a same-document navigation (pushState, hash)', async () => {
    const before = await badge(tabId);
    expect(before).not.toBe('');
    // An open card closes when Kontext handles a navigation: the sign that each was seen.
    await page.bringToFront();
    await hoverCard(page, 'Kim Jong-un');
    await page.evaluate(() => history.pushState({}, '', `${location.pathname}?view=2`));
    await expect.poll(() => cardText(page)).toBeNull();
    await hoverCard(page, 'Kim Jong-un');
    await page.evaluate(() => (location.hash = 'abschnitt'));
    await expect.poll(() => cardText(page)).toBeNull();
    // And the background has answered a popup since (it handles its events in order).
    const popup = await openPopup(tabId);
    await popup.close();
    expect(await badge(tabId)).toBe(before);
  });

  it('follows the UI language setting', async () => {
    const popup = await openPopup(tabId);
    await setSettings(popup, { uiLanguage: 'en' });
    await expect.poll(() => popup.getByRole('heading', { name: 'In brief' }).count()).toBe(1);
    // The heading, the document's language and the switch are separate renders: wait for each.
    await expect.poll(() => popup.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => popup.locator('label.switch').first().textContent()).toContain('Mark on 127.0.0.1');
    await setSettings(popup, { uiLanguage: 'auto' });
    await expect.poll(() => popup.getByRole('heading', { name: 'Kurz gefasst' }).count()).toBe(1);
    await popup.close();
  });

  it('has no axe violations with mentions', async () => {
    const popup = await openPopup(tabId);
    expect(await runAxe(popup)).toEqual([]);
    await popup.getByRole('button', { name: /Alle \d+ Einträge zeigen/ }).click();
    expect(await runAxe(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
  });

  it('renders the list and marks the moment (timed by npm run bench:behaviour)', async () => {
    const popup = await openPopup(tabId);
    const ms = Number(await popup.locator('main').getAttribute('data-ready-ms'));
    expect(ms).toBeGreaterThan(0);
    // Fits the popup without a scrollbar.
    expect(
      await popup.evaluate(() => document.querySelector('main')!.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(600);
    await popup.close();
  });
});

describe('popup states', () => {
  it('says when a page mentions nothing from the dossier, with no axe violations', async () => {
    const target = await routedPage(
      '/popup-nothing',
      '<!doctype html><html lang="de"><head><title>Wetter</title></head><body><main><h1>Das Wetter</h1><p>Morgen wird es sonnig und warm, am Abend ziehen einzelne Wolken auf.</p></main></body></html>',
    );
    await target.goto(`${server.origin}/popup-nothing`);
    const id = await tabIdOf(browser, target);
    const popup = await openPopup(id);
    expect(await state(popup)).toBe('none');
    expect(await popup.locator('.status').textContent()).toMatch(/nichts aus dem Dossier/);
    expect(await popup.locator('li.entry').count()).toBe(0);
    expect(await badge(id)).toBe('');
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await target.close();
  });

  it('says when extensions cannot run: a browser page, and an extension page', async () => {
    const target = await browser.context.newPage();
    await target.goto('chrome://version');
    const popup = await openPopup(await tabIdOf(browser, target));
    expect(await state(popup)).toBe('unavailable');
    expect(await popup.locator('.status').textContent()).toMatch(/kann auf dieser Seite nicht laufen/);
    expect(await popup.locator('input[name="site"]').count()).toBe(0);
    expect(await runAxe(popup)).toEqual([]);
    await popup.close();
    await target.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const again = await openPopup(await tabIdOf(browser, target));
    expect(await state(again)).toBe('unavailable');
    await again.close();
    await target.close();
  });

  it('shows a page still loading, then its entries once it has loaded; the badge is cleared on navigation', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The article with a parser-blocking script the test holds back: the page has
    // committed, but its content script waits for the document to finish parsing.
    const article = (await (await fetch(`${server.origin}/article/${ARTICLE}`)).text()).replace(
      '</h1>',
      '</h1><script src="/popup-slow.js"></script>',
    );
    const target = await routedPage('/popup-slow', article);
    await target.route('**/popup-slow.js', async (route: Route) => {
      await held;
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: '' });
    });
    await target.goto(`${server.origin}/article/${ARTICLE}`);
    await waitForMarks(target, 10);
    const id = await tabIdOf(browser, target);
    await expect.poll(() => badge(id)).not.toBe('');
    await target.goto(`${server.origin}/popup-slow`, { waitUntil: 'commit' });
    await expect.poll(() => badge(id)).toBe('');
    const popup = await openPopup(id, { wait: false });
    await popup.locator('main[data-state="loading"]').waitFor();
    expect(await popup.locator('.status').textContent()).toMatch(/Seite wird gelesen/);
    // Still loading after a loaded page's popup has had its answer.
    const loaded = await openPopup(tabId);
    expect(await state(loaded)).toBe('list');
    await loaded.close();
    expect(await state(popup)).toBe('loading');
    release();
    await popup.locator('main[data-state="list"]').waitFor({ timeout: 15_000 });
    expect(await popup.locator('li.entry[data-entry="kim-jong-un"]').count()).toBe(1);
    await expect.poll(() => badge(id)).not.toBe('');
    // To a page without Kontext (an extension page): no badge.
    await target.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => badge(id)).toBe('');
    await popup.close();
    await target.close();
  });
});
