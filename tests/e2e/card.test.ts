/**
 * The card a reader takes in at a glance, end to end in Chromium: the first view's size
 * on a realistic page at 1280 × 800 with the dispute line visible, "More" in place, the
 * card's language (German page, English page, the setting), the theme from the page,
 * placement under CSS zoom, stepping emphasis, Back after a related entry, each card
 * starting fresh, plural forms, and axe on the card in its states.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCard, openExtensionPage, setSettings } from './dossier-support';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import {
  cardAttribute,
  cardBox,
  cardHtml,
  cardPartBox,
  cardStyle,
  cardState,
  cardText,
  clickInCard,
  focusInCard,
  markCentre,
  waitForCard,
  waitForMarks,
} from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;

/** The bundled article about North Korea's troops in Kursk (the realistic page). */
const ARTICLE = '000_b20129a4c843e593';
/** The first view: at most this wide, and about this tall (the 260 px, with a little slack). */
const FIRST_VIEW = { width: 360, height: 280 };

async function open(path: string, size = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${server.origin}${path}`);
  await waitForMarks(page, 2);
  return page;
}

/** A dark page colour parsed from a computed `rgb(…)`: its mean channel (0 … 255). */
function brightness(rgb: string | null): number {
  const [r, g, b] = (rgb ?? '').match(/\d+(\.\d+)?/g)!.map(Number) as [number, number, number];
  return (r + g + b) / 3;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the first view', () => {
  it('is at most 360 × 280 px on the realistic page at 1280 × 800, dispute line visible without scrolling', async () => {
    const page = await open(`/article/${ARTICLE}`);
    const sizes: Record<string, { width: number; height: number }> = {};
    for (const name of ['Kursk', 'Waleri Gerassimow', 'KCNA', 'Kim Jong-un']) {
      const text = await hoverCard(page, name);
      const box = (await cardBox(page))!;
      sizes[name] = { width: Math.round(box.right - box.left), height: Math.round(box.bottom - box.top) };
      expect(box.right - box.left, name).toBeLessThanOrEqual(FIRST_VIEW.width);
      expect(box.bottom - box.top, name).toBeLessThanOrEqual(FIRST_VIEW.height);
      // Everything else is folded behind "More" (in the DOM, not shown).
      expect(await cardPartBox(page, 'more'), name).toBeNull();
      expect(text, name).toContain('Mehr');
      if (name === 'Kursk') {
        expect(text).toContain('Umstritten : Hat Russland die Region Kursk vollständig zurückerobert?');
        const dispute = (await cardPartBox(page, 'dispute'))!;
        expect(dispute.top).toBeGreaterThanOrEqual(box.top);
        expect(dispute.bottom).toBeLessThanOrEqual(box.bottom);
        // Nothing scrolls: the card shows its whole first view.
        const body = (await cardPartBox(page, 'body'))!;
        expect(dispute.bottom).toBeLessThanOrEqual(body.bottom + 0.5);
      }
    }
    console.log('first view sizes at 1280 × 800:', JSON.stringify(sizes));
    await page.close();
  });

  it('chooses the sentence that matters for this page and names sources readably', async () => {
    const page = await open(`/article/${ARTICLE}`);
    const text = await hoverCard(page, 'Kim Jong-un');
    // The paragraph around this mention quotes KCNA on the "holy mission": that sentence leads, not the dossier's first.
    const chosen = text.indexOf('Laut KCNA nannte Kim Jong-un den Kampf');
    const first = text.indexOf('Nordkoreas Machthaber Kim Jong-un traf die Entscheidung');
    expect(chosen).toBeGreaterThan(0);
    expect(first < 0 || chosen < first, text).toBe(true);
    // A chip without an outlet shows the title's first whole words and the date, never a word cut off.
    expect(text).toContain('„Heilige Mission“ im Ukraine-Krieg … · 28. Apr. 2025');
    // Its full title on focus (a keyboard reader has no tooltip): the card, then close, then the chip.
    const fullTitle = '„Heilige Mission“ im Ukraine-Krieg: Nordkorea bestätigt Entsendung von Soldaten – USA alarmiert';
    expect(text).not.toContain(fullTitle);
    await clickInCard(page, 'name');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => cardText(page)).toContain(fullTitle);
    expect(await cardText(page)).not.toContain('Zitat aus');
    await page.close();
  });

  it('opens "More" in place, with facts that do not repeat the summary', async () => {
    const page = await open('/news.html');
    await hoverCard(page, 'Dmitri Peskow');
    await clickInCard(page, 'more-toggle');
    await expect.poll(() => cardPartBox(page, 'more')).not.toBeNull();
    const text = (await cardText(page))!;
    expect(text).toContain('Siehe auch');
    // Peskow's only fact restates his first summary sentence: the card leaves it out.
    expect(text).not.toContain('Wollte die KCNA-Meldung über die Delegation von Militärausbildern');
    expect(await cardAttribute(page, 'more-toggle', 'aria-expanded')).toBe('true');
    await page.close();
  });
});

describe('"More" in place', () => {
  it('grows away from the word: a card above its mention grows upwards and stays in the viewport', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 500 });
    await page.goto(`${server.origin}/corners.html`);
    await waitForMarks(page, 5);
    for (const name of ['Gerassimow', 'Kim Jong-un', 'Kursk']) {
      const point = await markCentre(page, name);
      await page.mouse.move(400, 250);
      await expect.poll(() => cardText(page)).toBeNull();
      await page.mouse.move(point.x, point.y);
      await waitForCard(page);
      const before = (await cardBox(page))!;
      // From the keyboard: the pointer stays on the word, so the card must grow away from it.
      await focusInCard(page, 'more-toggle');
      await page.keyboard.press('Enter');
      await expect.poll(() => cardPartBox(page, 'more')).not.toBeNull();
      const after = (await cardBox(page))!;
      expect(after.bottom - after.top, name).toBeGreaterThan(before.bottom - before.top);
      expect(after.top, name).toBeGreaterThanOrEqual(0);
      expect(after.bottom, name).toBeLessThanOrEqual(500);
      const covers = point.x >= after.left && point.x <= after.right && point.y >= after.top && point.y <= after.bottom;
      expect(covers, `${name} covered`).toBe(false);
    }
    await page.close();
  });
});

describe('the card language', () => {
  it('follows the page: German on a German page, English on an English one, with or without lang', async () => {
    const german = await open(`/article/${ARTICLE}`);
    const germanCard = await hoverCard(german, 'Waleri Gerassimow');
    expect(germanCard).toContain('Im Dossier öffnen');
    expect(await cardAttribute(german, 'card', 'lang')).toBe('de');
    await german.close();

    for (const path of ['/card/english.html', '/card/english-nolang.html']) {
      const english = await open(path);
      const card = await hoverCard(english, 'Valery Gerasimov');
      expect(card, path).toContain('Open in dossier');
      expect(card, path).toContain('Chief of the General Staff');
      expect(await cardAttribute(english, 'card', 'lang')).toBe('en');
      await english.close();
    }
  });

  it('follows the setting where the reader chose a language', async () => {
    const english = await open('/card/english.html');
    const options = await openExtensionPage(browser, 'options.html');
    await setSettings(options, { cardLanguage: 'de' });
    try {
      await expect.poll(() => hoverCard(english, 'Valery Gerasimov')).toContain('Im Dossier öffnen');
      expect(await cardAttribute(english, 'card', 'lang')).toBe('de');
      // And the options page offers the choice.
      await options.locator('input[name="cardLanguage"][value="en"]').check();
      const german = await open(`/article/${ARTICLE}`);
      await expect.poll(() => hoverCard(german, 'Waleri Gerassimow')).toContain('Open in dossier');
      await german.close();
    } finally {
      await setSettings(options, { cardLanguage: 'page' });
      await options.close();
    }
    await english.close();
  });
});

describe('the theme from the page', () => {
  it('gives a dark page a dark card even where the system is light', async () => {
    const dark = await open('/card/dark.html');
    await dark.emulateMedia({ colorScheme: 'light' });
    await hoverCard(dark, 'Waleri Gerassimow');
    expect(await cardAttribute(dark, 'frame', 'data-theme')).toBe('dark');
    expect(brightness(await cardStyle(dark, 'card', 'background-color'))).toBeLessThan(80);
    await dark.close();

    // A dark page on a dark system stays dark, too.
    const darkOnDark = await open('/card/dark.html');
    await darkOnDark.emulateMedia({ colorScheme: 'dark' });
    await hoverCard(darkOnDark, 'KCNA');
    expect(await cardAttribute(darkOnDark, 'frame', 'data-theme')).toBe('dark');
    await darkOnDark.close();
  });

  it('gives a page without a background of its own the colour of the canvas the reader sees', async () => {
    const light = await open(`/article/${ARTICLE}`);
    await light.emulateMedia({ colorScheme: 'dark' });
    // The article page paints no background and names no color-scheme: the browser's canvas
    // stays white on a dark system, so the card is light.
    expect(await light.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await hoverCard(light, 'Waleri Gerassimow');
    expect(await cardAttribute(light, 'frame', 'data-theme')).toBe('light');
    expect(brightness(await cardStyle(light, 'card', 'background-color'))).toBeGreaterThan(200);
    await light.close();

    // A page that opts into dark (meta color-scheme "light dark") gets a dark canvas on a dark system.
    const scheme = await open('/card/dark-scheme.html');
    await scheme.emulateMedia({ colorScheme: 'dark' });
    await hoverCard(scheme, 'Waleri Gerassimow');
    expect(await cardAttribute(scheme, 'frame', 'data-theme')).toBe('dark');
    await scheme.emulateMedia({ colorScheme: 'light' });
    await hoverCard(scheme, 'KCNA');
    expect(await cardAttribute(scheme, 'frame', 'data-theme')).toBe('light');
    await scheme.close();
  });
});

describe('CSS zoom', () => {
  it.each(['html', 'body'])(
    'places an unscaled card inside the viewport and off the word when %s is zoomed by 2',
    async (target) => {
      const page = await open(`/card/zoom-${target}.html`, { width: 1000, height: 700 });
      for (const name of ['Waleri Gerassimow', 'KCNA']) {
        const point = await markCentre(page, name);
        await page.mouse.move(2, 2);
        await expect.poll(() => cardText(page)).toBeNull();
        await page.mouse.move(point.x, point.y);
        expect(await waitForCard(page)).toContain(name === 'KCNA' ? 'KCNA' : 'Gerassimow');
        const box = (await cardBox(page))!;
        expect(box.left, name).toBeGreaterThanOrEqual(0);
        expect(box.top, name).toBeGreaterThanOrEqual(0);
        expect(box.right, name).toBeLessThanOrEqual(1000);
        expect(box.bottom, name).toBeLessThanOrEqual(700);
        // Not scaled with the page: the card keeps its own size.
        expect(box.right - box.left, name).toBeLessThanOrEqual(FIRST_VIEW.width);
        const covers = point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;
        expect(covers, `${name} covered`).toBe(false);
        // The close button is inside the viewport.
        const close = (await cardPartBox(page, 'close'))!;
        expect(close.right).toBeLessThanOrEqual(1000);
        expect(close.top).toBeGreaterThanOrEqual(0);
      }
      await page.close();
    },
  );
});

describe('keyboard and navigation', () => {
  it('emphasises the mention stepped to while its card is open, and "next mention" moves on', async () => {
    const page = await open(`/article/${ARTICLE}`);
    const tabId = await tabIdOf(browser, page);
    const current = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('kontext-current');
        if (!highlight) return null;
        const [range] = [...(highlight as unknown as Iterable<AbstractRange>)];
        const live = document.createRange();
        live.setStart(range!.startContainer, range!.startOffset);
        live.setEnd(range!.endContainer, range!.endOffset);
        return { text: live.toString(), top: live.getBoundingClientRect().top + scrollY };
      });
    expect(await current()).toBeNull();
    await browser.worker.evaluate(
      (id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'stepMention', direction: 1 }, { frameId: 0 }),
      tabId,
    );
    const text = await waitForCard(page);
    const first = (await current())!;
    expect(first).not.toBeNull();
    expect(text).toContain(first.text);

    // Kursk has several mentions: "Next mention" goes to the following one, emphasised in turn.
    const kursk = await markCentre(page, 'Kursk');
    await page.mouse.move(kursk.x, kursk.y);
    await expect.poll(() => cardText(page)).toMatch(/^Ort × Region Kursk/);
    expect(await current()).toBeNull();
    // It looks like a button (outlined like "More"), small, on the footer's one line.
    expect(await cardStyle(page, 'next-mention', 'border-top-style')).toBe('solid');
    expect(await cardStyle(page, 'next-mention', 'border-top-style')).toBe(
      await cardStyle(page, 'more-toggle', 'border-top-style'),
    );
    const nextBox = (await cardPartBox(page, 'next-mention'))!;
    const moreBox = (await cardPartBox(page, 'more-toggle'))!;
    const openBox = (await cardPartBox(page, 'open-dossier'))!;
    expect(nextBox.bottom - nextBox.top).toBeLessThanOrEqual(24);
    expect(nextBox.top).toBeLessThan(moreBox.bottom);
    expect(nextBox.top).toBeLessThan(openBox.bottom);
    await clickInCard(page, 'next-mention');
    await expect.poll(async () => (await current())?.text).toMatch(/Kursk/);
    const next = (await current())!;
    await clickInCard(page, 'next-mention');
    await expect.poll(async () => (await current())?.top).not.toBe(next.top);
    expect(await cardText(page)).toMatch(/^Ort × Region Kursk/);

    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await current()).toBeNull();
    await page.close();
  });

  it('offers Back after a related entry, and each card starts fresh', async () => {
    const page = await open('/news.html');
    await hoverCard(page, 'Dmitri Peskow');
    await clickInCard(page, 'chip');
    await expect.poll(() => cardText(page)).toMatch(/Zitat aus „/);
    await clickInCard(page, 'more-toggle');
    await clickInCard(page, 'related-entry', 'Kreml');
    await expect.poll(() => cardText(page)).toMatch(/^← Zurück zu Dmitri Peskow × Kreml/);
    // The related entry's card is fresh: "More" folded, no quote open.
    expect(await cardAttribute(page, 'more-toggle', 'aria-expanded')).toBe('false');
    expect(await cardText(page)).not.toMatch(/Zitat aus „/);
    await clickInCard(page, 'back');
    await expect.poll(() => cardText(page)).toMatch(/^Person × Dmitri Peskow/);
    expect(await cardText(page)).not.toContain('Zurück zu');

    // A new hover starts fresh too: open a quote, leave, come back: it is closed again.
    await clickInCard(page, 'chip');
    await expect.poll(() => cardText(page)).toMatch(/Zitat aus „/);
    expect(await hoverCard(page, 'Dmitri Peskow')).not.toMatch(/Zitat aus „/);
    await page.close();
  });
});

describe('plural forms', () => {
  it('says "once" and "n times" for mentions on the page, in German and English', async () => {
    const page = await open(`/article/${ARTICLE}`);
    expect(await hoverCard(page, 'Kursk')).toMatch(/\d+-mal auf dieser Seite erwähnt/);
    await page.close();
    const single = await open('/card/english.html');
    expect(await hoverCard(single, 'KCNA')).toContain('Mentioned once on this page');
    await single.close();
  });
});

describe('accessibility', () => {
  it('has no axe violations on the card: first view, More open, dark', async () => {
    const css = await readFile(join(import.meta.dirname, '..', '..', 'src', 'content', 'card', 'card.css'), 'utf8');
    const page = await open(`/article/${ARTICLE}`);
    const states: { html: string; theme: string }[] = [];
    await hoverCard(page, 'Kursk');
    states.push({ html: (await cardHtml(page))!, theme: 'light' });
    await clickInCard(page, 'more-toggle');
    await clickInCard(page, 'dispute');
    await expect.poll(() => cardPartBox(page, 'more')).not.toBeNull();
    states.push({ html: (await cardHtml(page))!, theme: 'light' });
    states.push({ html: (await cardHtml(page))!, theme: 'dark' });
    await page.close();

    const audit = await browser.context.newPage();
    await audit.goto(`${server.origin}/plain.html`);
    await audit.addScriptTag({ path: join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js') });
    for (const { html, theme } of states) {
      const violations = await audit.evaluate(
        async ({ html, css, theme }) => {
          document.querySelector('#audit-host')?.remove();
          const host = document.createElement('div');
          host.id = 'audit-host';
          const shadow = host.attachShadow({ mode: 'open' });
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          shadow.adoptedStyleSheets = [sheet];
          const frame = document.createElement('div');
          frame.className = 'frame';
          frame.dataset.theme = theme;
          shadow.append(frame);
          frame.append(document.createRange().createContextualFragment(html));
          document.body.append(host);
          const result = await (window as any).axe.run();
          return result.violations.map((v: { id: string; help: string }) => `${v.id}: ${v.help}`);
        },
        { html, css, theme },
      );
      expect(violations, theme).toEqual([]);
    }
    await audit.close();
  });
});

describe('the dwell', () => {
  it('readies the card hidden while the pointer dwells, shows it when the dwell ends, drops it on leaving', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    // A long dwell: the card is readied well before it ends.
    await setSettings(options, { hoverDelayMs: 2000 });
    try {
      const page = await open(`/article/${ARTICLE}`);
      await page.mouse.move(2, 2);
      const point = await markCentre(page, 'Kursk');
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => cardState(page), { timeout: 10_000 }).not.toBe('none');
      expect(await cardState(page)).toBe('readied');
      expect(await cardText(page)).toBeNull();
      await expect.poll(() => cardState(page), { timeout: 10_000 }).toBe('shown');
      expect(await cardText(page)).toContain('Kursk');

      // Leaving during the next dwell drops the readied card: nothing is shown.
      await page.mouse.move(2, 2);
      await expect.poll(() => cardState(page), { timeout: 10_000 }).toBe('none');
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => cardState(page), { timeout: 10_000 }).toBe('readied');
      await page.mouse.move(2, 2);
      await expect.poll(() => cardState(page), { timeout: 10_000 }).toBe('none');
      await page.close();
    } finally {
      await setSettings(options, { hoverDelayMs: 300 });
      await options.close();
    }
  });
});
