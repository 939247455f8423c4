/**
 * The content script on a realistic news page, end to end in Chromium: the right
 * ranges and none in skipped regions, the page left as it was, hover and keyboard
 * opening the right card, the card inside the viewport at every corner, and live
 * pages (infinite scroll, SPA route change, shadow root, iframe).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import {
  afterFrames,
  cardBox,
  cardHtml,
  cardText,
  clickInCard,
  markCentre,
  paintedMarks,
  waitForCard,
  waitForMarks,
} from './support/probes';
import { startServer, type TestServer } from './support/server';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

let server: TestServer;
let browser: ExtensionBrowser;
let page: Page;

const SHY = '\u00ad';

async function openNews(): Promise<Page> {
  const news = await browser.context.newPage();
  await news.goto(`${server.origin}/news.html`);
  await waitForMarks(news, 8);
  return news;
}

/** Where each painted range starts, as the page sees it. */
function rangeContexts(target: Page) {
  return target.evaluate(() => {
    const out: { text: string; skipped: boolean; inShadow: boolean; multiNode: boolean; connected: boolean }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('kontext')) continue;
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const element = range.startContainer.parentElement;
        out.push({
          text: live.toString(),
          skipped: !!element?.closest('[contenteditable], textarea, [aria-hidden="true"], pre, code, script, style'),
          inShadow: range.startContainer.getRootNode() instanceof ShadowRoot,
          multiNode: range.startContainer !== range.endContainer,
          connected: range.startContainer.isConnected && range.endContainer.isConnected,
        });
      }
    }
    return out;
  });
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await openNews();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('content script on a realistic news page', () => {
  it('marks names across inline links and soft hyphens, and nothing in skipped regions', async () => {
    const ranges = await rangeContexts(page);
    const texts = ranges.map((r) => r.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Kim Jong-un',
        `Pjöng${SHY}jang`,
        'Wladimir Putin',
        'Kreml',
        'Dmitri Peskow',
        'Wolodymyr Selenskyj',
        'Kiew',
      ]),
    );
    expect(ranges.find((r) => r.text === 'Kim Jong-un')?.multiNode).toBe(true);
    expect(ranges.filter((r) => r.skipped)).toEqual([]);
    // "Tassen", "Krimi", "Romantik" contain entry names but are not mentions.
    expect(texts.filter((t) => /^(Tass|Krim|Rom)$/.test(t))).toEqual([]);
  });

  it('leaves the page tree and text as they were, apart from its one UI host', async () => {
    const result = await page.evaluate(() => {
      const initial = (window as unknown as { __initial: { story: string; comments: string } }).__initial;
      return {
        story: document.getElementById('story')!.outerHTML === initial.story,
        comments: document.getElementById('comments')!.outerHTML === initial.comments,
        foreign: [...document.querySelectorAll('body *, html > *')].filter(
          (el) =>
            !el.closest('main, header, footer') &&
            !['HEAD', 'BODY', 'SCRIPT', 'KONTEXT-UI'].includes(el.tagName) &&
            el.parentElement?.tagName !== 'HEAD',
        ).length,
      };
    });
    expect(result).toEqual({ story: true, comments: true, foreign: 0 });
  });

  it('marks names inside an open shadow root and hovering them opens the card', async () => {
    const inShadow = (await rangeContexts(page)).filter((r) => r.inShadow).map((r) => r.text);
    expect(inShadow).toContain('Waleri Gerassimow');
    const point = await page.evaluate(() => {
      const shadow = document.getElementById('shadow-host')!.shadowRoot!;
      const text = shadow.querySelector('p')!.firstChild as Text;
      const at = text.data.indexOf('Waleri');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 6);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    expect(await waitForCard(page)).toContain('Waleri Gerassimow');
    await page.mouse.move(1, 1);
    await expect.poll(() => cardText(page), { timeout: 3_000 }).toBeNull();
  });

  it('marks names in a same-origin iframe', async () => {
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'))!;
    await frame.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('kontext')));
    const texts = await frame.evaluate(() =>
      [...CSS.highlights]
        .filter(([name]) => name.startsWith('kontext'))
        .flatMap(([, h]) => [...(h as unknown as Iterable<AbstractRange>)])
        .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)),
    );
    expect(texts).toEqual(expect.arrayContaining(['Yoon Suk-yeol', 'Nordkorea']));
  });

  it('opens the right card for a name split across a link', async () => {
    const point = await markCentre(page, 'Kim Jong-un');
    await page.mouse.move(point.x, point.y);
    const text = await waitForCard(page);
    expect(text).toContain('Kim Jong-un');
    expect(text).toContain('Person');
    await page.mouse.move(1, 1);
    await expect.poll(() => cardText(page), { timeout: 3_000 }).toBeNull();
  });

  it('opens no card while the reader selects text across a mention', async () => {
    const start = await markCentre(page, 'Wladimir Putin');
    await page.mouse.move(start.x - 120, start.y);
    const dragStart = await page.evaluate(() => performance.now());
    await page.mouse.down();
    await page.mouse.move(start.x, start.y, { steps: 5 });
    // The hover handler looks the pointer up in the next frame; a dwell it started there (it
    // must not) ends before a page timer of the same length set after that frame. The dwell's
    // end is on the page's performance timeline ('kontext:dwell-end', hover-controller.ts).
    await afterFrames(page, 2);
    await page.evaluate((ms) => new Promise((done) => setTimeout(done, ms)), DEFAULT_SETTINGS.hoverDelayMs);
    const dwellEnds = () =>
      page.evaluate(
        (since) => performance.getEntriesByName('kontext:dwell-end').filter((mark) => mark.startTime > since).length,
        dragStart,
      );
    expect(await dwellEnds()).toBe(0);
    expect(await cardText(page)).toBeNull();
    await page.mouse.up();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    // The same spot without a selection does open the card: the check above could have failed.
    await page.mouse.move(start.x + 1, start.y);
    expect(await waitForCard(page)).toContain('Wladimir Putin');
    expect(await dwellEnds()).toBe(1);
    await page.mouse.move(1, 1);
    await expect.poll(() => cardText(page), { timeout: 3_000 }).toBeNull();
  });

  it('marks paragraphs appended by infinite scroll, keeping the earlier marks', async () => {
    const before = (await paintedMarks(page)).length;
    await page.click('#more');
    await page.waitForFunction(() => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('kontext')) continue;
        for (const r of h as unknown as Iterable<AbstractRange>) {
          if ((r.startContainer as Text).data.slice(r.startOffset, r.endOffset) === 'Lloyd Austin') return true;
        }
      }
      return false;
    });
    const after = await paintedMarks(page);
    expect(after.length).toBeGreaterThan(before);
    expect(after.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Lloyd Austin', 'Boris Pistorius', 'Kim Jong-un']),
    );
  });

  it('steps to the next mention on the keyboard command, focuses the card, and Escape gives focus back', async () => {
    const tabId = await tabIdOf(browser, page);
    const stepped = await browser.worker.evaluate(
      (id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'stepMention', direction: 1 }, { frameId: 0 }),
      tabId,
    );
    expect(stepped).toBe(true);
    // The first mention in reading order is "Nordkorea" in the headline.
    const text = await waitForCard(page);
    expect(text).toMatch(/^Ort × Nordkorea/);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('kontext-ui');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page), { timeout: 2_000 }).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('kontext-ui');
  });

  it('starts a new document on an SPA route change: old marks go, the new story is marked', async () => {
    await page.evaluate(() => (window as unknown as { goToRoute(): void }).goToRoute());
    await page.waitForFunction(() => location.pathname === '/news-route-2');
    await expect
      .poll(async () => (await rangeContexts(page)).map((r) => r.text), { timeout: 5_000 })
      .toEqual(expect.arrayContaining(['Victor Cha', 'CSIS']));
    const ranges = await rangeContexts(page);
    expect(ranges.every((r) => r.connected)).toBe(true);
    expect(ranges.map((r) => r.text)).not.toContain('Dmitri Peskow');
  });
});

describe('the card', () => {
  it('stays inside the viewport at every corner and never covers the hovered word', async () => {
    const corners = await browser.context.newPage();
    await corners.setViewportSize({ width: 800, height: 500 });
    await corners.goto(`${server.origin}/corners.html`);
    await waitForMarks(corners, 5);
    for (const name of ['Kursk', 'KCNA', 'Gerassimow', 'Kim Jong-un', 'Kim Kum-chol']) {
      const point = await markCentre(corners, name);
      await corners.mouse.move(point.x, point.y);
      expect(await waitForCard(corners)).toContain(name);
      // Placed in a frame of its own: measured once it stays put.
      let box = (await cardBox(corners))!;
      await expect
        .poll(async () => {
          await afterFrames(corners);
          const again = (await cardBox(corners))!;
          const settled = JSON.stringify(again) === JSON.stringify(box);
          box = again;
          return settled;
        })
        .toBe(true);
      expect(box.left, name).toBeGreaterThanOrEqual(0);
      expect(box.top, name).toBeGreaterThanOrEqual(0);
      expect(box.right, name).toBeLessThanOrEqual(800);
      expect(box.bottom, name).toBeLessThanOrEqual(500);
      const covers = point.x >= box.left && point.x <= box.right && point.y >= box.top && point.y <= box.bottom;
      expect(covers, `${name} covered`).toBe(false);
      // Leave to a spot outside both the card and the word.
      await corners.mouse.move(box.left > 60 ? 5 : 795, 250);
      await expect.poll(() => cardText(corners), { timeout: 3_000 }).toBeNull();
    }
    await corners.close();
  });

  it('reveals the quote behind a source chip and switches to a related entry', async () => {
    const news = await openNews();
    const point = await markCentre(news, 'Dmitri Peskow');
    await news.mouse.move(point.x, point.y);
    expect(await waitForCard(news)).toContain('Dmitri Peskow');
    // The pointer travels into the card (the grace period keeps it open) and clicks a chip.
    await clickInCard(news, 'chip');
    await expect.poll(() => cardText(news)).toMatch(/„[^“]+“ Zitat aus „/);
    // Related entries wait behind "More"; following one offers the way back.
    await clickInCard(news, 'more-toggle');
    await clickInCard(news, 'related-entry', 'Kreml');
    await expect.poll(() => cardText(news)).toMatch(/^← Zurück zu Dmitri Peskow × Kreml Die russische Staatsführung/);
    await news.close();
  });

  it('has no accessibility violations (axe-core on the rendered card)', async () => {
    const point = await markCentre(page, 'Victor Cha');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page);
    const html = (await cardHtml(page))!;
    const css = await readFile(join(import.meta.dirname, '..', '..', 'src', 'content', 'card', 'card.css'), 'utf8');
    const audit = await browser.context.newPage();
    await audit.goto(`${server.origin}/plain.html`);
    await audit.evaluate(
      ({ html, css }) => {
        const host = document.createElement('div');
        const shadow = host.attachShadow({ mode: 'open' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        shadow.adoptedStyleSheets = [sheet];
        const frame = document.createElement('div');
        frame.className = 'frame';
        shadow.append(frame);
        frame.append(document.createRange().createContextualFragment(html));
        document.body.append(host);
      },
      { html, css },
    );
    await audit.addScriptTag({ path: join(import.meta.dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js') });
    const violations = await audit.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string }[] }> } }
      ).axe.run();
      return result.violations.map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
    await audit.close();
  });
});
