/**
 * Relevance end to end, in Debian Chromium with the built extension: a page full of
 * general names but not about the story stays unmarked (no badge), a page about the
 * story is marked, a live page that turns to the story starts marking then, the popup
 * says which is which and why, the option switches live, and frames follow the top
 * document's decision.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCard, setSettings } from './dossier-support';
import { storedSetting } from './support/settings';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import { paintedMarks, readPaintedMarks, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;
let settingsPage: Page;

function texts(target: Pick<Page, 'evaluate'>): Promise<string[]> {
  return target.evaluate(readPaintedMarks).then((marks) => marks.map((m) => m.text));
}

function badge(tabId: number): Promise<string> {
  return browser.worker.evaluate(
    (tab) => (globalThis as any).chrome.action.getBadgeText({ tabId: tab }) as Promise<string>,
    tabId,
  );
}

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** Waits until the content script has read the page and answers the popup (it reports then). */
async function settled(page: Page): Promise<void> {
  const tabId = await tabIdOf(browser, page);
  await expect
    .poll(() =>
      browser.worker.evaluate(
        (tab) =>
          (globalThis as any).chrome.tabs.sendMessage(tab, { type: 'getPageMentions' }, { frameId: 0 }).then(
            (answer: any) => answer?.active === true && answer.relevance !== undefined,
            () => false,
          ),
        tabId,
      ),
    )
    .toBe(true);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main[data-state]:not([data-state="loading"])').waitFor({ timeout: 10_000 });
  return popup;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  settingsPage = await browser.context.newPage();
  await settingsPage.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pages not about the story', () => {
  it('leaves a page full of general names unmarked, with no badge', async () => {
    const page = await open('/relevance/unrelated.html');
    await settled(page);
    expect(await texts(page)).toEqual([]);
    expect(await badge(await tabIdOf(browser, page))).toBe('');
    await page.close();
  });

  it('says so in the popup, with no briefing, and marks everything on request', async () => {
    const page = await open('/relevance/unrelated.html');
    await settled(page);
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopup(tabId);
    expect(await popup.locator('main').getAttribute('data-state')).toBe('off-story');
    expect(await popup.locator('.status').textContent()).toContain(
      'Diese Seite handelt nicht von „Nordkoreas Truppen in Russland und die Region Kursk“',
    );
    expect(await popup.locator('.briefing').count()).toBe(0);
    // Nothing is marked here, so the held-back mentions are not "more" ("weitere") ones.
    expect(await popup.locator('.withheld').textContent()).toMatch(/^\d+ Erwähnungen sind nicht markiert/);
    await popup.locator('.why-toggle').click();
    expect(await popup.locator('.why p').textContent()).toBe(
      'Kein Name der Geschichte steht in Überschrift oder Text.',
    );

    await popup.locator('button[data-action="mark-everything"]').click();
    const marked = await waitForMarks(page, 5);
    const names = marked.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Deutschland', 'London', 'dpa', 'AFP', 'Reuters']));
    // Navigation, the most-read list and the footer stay unmarked even then.
    const inChrome = await page.evaluate(
      () =>
        [...CSS.highlights]
          .filter(([name]) => name.startsWith('kontext'))
          .flatMap(([, h]) => [...(h as unknown as Iterable<AbstractRange>)])
          .filter((r) => r.startContainer.parentElement?.closest('nav, footer, aside')).length,
    );
    expect(inChrome).toBe(0);
    await expect.poll(() => badge(tabId)).not.toBe('');
    await expect.poll(() => popup.locator('li.entry').count()).toBeGreaterThan(3);
    expect(await popup.locator('.status').textContent()).toContain(
      'Auf Ihren Wunsch ist auf dieser Seite alles markiert.',
    );

    // And back: only what is sure.
    await popup.locator('button[data-action="mark-everything"]').click();
    await expect.poll(() => texts(page)).toEqual([]);
    await expect.poll(() => badge(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('gives a story name in passing a card that leads with its role, the story one click away', async () => {
    const page = await open('/relevance/passing.html');
    expect((await waitForMarks(page, 1)).map((m) => m.text)).toEqual(['KCNA']);
    const card = await hoverCard(page, 'KCNA');
    const note = card.indexOf('Diese Seite handelt nicht von „Nordkoreas Truppen in Russland und die Region Kursk“.');
    expect(note).toBeGreaterThan(0);
    expect(card).toContain('Was das Dossier dazu sagt');
    // Role line first, then the note, and the story's sentences only behind the fold.
    expect(card.indexOf('Nachrichtenagentur')).toBeLessThan(note);
    await page.close();

    const about = await open('/article/000_b20129a4c843e593');
    await waitForMarks(about, 10);
    expect(await hoverCard(about, 'KCNA')).not.toContain('Diese Seite handelt nicht');
    await about.close();
  });

  it('marks general names everywhere once the reader chooses so, live, and stops again', async () => {
    const page = await open('/relevance/unrelated.html');
    await settled(page);
    await setSettings(settingsPage, { markWhere: 'everywhere' });
    const marked = await waitForMarks(page, 5);
    expect(marked.map((m) => m.text)).toEqual(expect.arrayContaining(['Deutschland', 'USA', 'Europa']));
    // Navigation stays unmarked until the reader asks for that too.
    expect(marked.filter((m) => m.text === 'Ukraine')).toEqual([]);
    await setSettings(settingsPage, { markBoilerplate: true });
    await expect.poll(async () => (await texts(page)).filter((t) => t === 'Ukraine').length).toBeGreaterThan(0);
    await setSettings(settingsPage, { markWhere: 'story-pages', markBoilerplate: false });
    await expect.poll(() => texts(page)).toEqual([]);
    await page.close();
  });

  it('the options page offers the choice and keeps it', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const everywhere = options.locator('input[name="markWhere"][value="everywhere"]');
    await everywhere.check();
    await expect.poll(() => storedSetting(options, 'markWhere')).toBe('everywhere');
    await options.locator('input[name="markWhere"][value="story-pages"]').check();
    // Back at the default: nothing is stored for it.
    await expect.poll(() => storedSetting(options, 'markWhere')).toBeUndefined();
    await options.close();
  });
});

describe('pages about the story', () => {
  it('marks story and general names, shows the badge, and the popup briefs and says why', async () => {
    const page = await open('/article/000_b20129a4c843e593');
    const marked = await waitForMarks(page, 20);
    const names = marked.map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['Kim Jong-un', 'KCNA', 'Kursk', 'Nordkorea', 'Russland', 'USA']));
    const tabId = await tabIdOf(browser, page);
    await expect.poll(() => badge(tabId)).not.toBe('');
    const popup = await openPopup(tabId);
    expect(await popup.locator('main').getAttribute('data-state')).toBe('list');
    expect(await popup.locator('.briefing li').count()).toBeGreaterThan(0);
    await popup.locator('.why-toggle').click();
    expect(await popup.locator('.why p').getAttribute('data-about')).toBe('true');
    expect(await popup.locator('.why p').textContent()).toContain(
      'Diese Seite handelt von „Nordkoreas Truppen in Russland und die Region Kursk“.',
    );
    expect(await popup.locator('.why p').textContent()).toMatch(
      /Namen der Geschichte auf dieser Seite: .*\(in der Überschrift|im Titel|im Vorspann\)/,
    );
    await popup.close();
    await page.close();
  });

  it('starts marking when a live page turns to the story as entries are appended', async () => {
    const page = await open('/relevance/growing.html');
    await settled(page);
    // "Moskau" is a general name: not marked while the page is about nothing in particular.
    expect(await texts(page)).toEqual([]);
    await page.evaluate(() => (window as any).grow());
    const marked = await waitForMarks(page, 6);
    expect(marked.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Region Kursk', 'KCNA', 'Waleri Gerassimow', 'Kim Jong-un', 'Moskau', 'Seoul']),
    );
    await page.close();
  });
});

describe('frames', () => {
  async function frameTexts(page: Page): Promise<Frame> {
    const frame = (await (await page.$('#frame'))!.contentFrame())!;
    await frame.waitForLoadState();
    return frame;
  }

  it('follow the top document: general names in a frame are marked only on a page about the story', async () => {
    const about = await open('/relevance/about-with-frame.html');
    await waitForMarks(about, 4);
    const inAbout = await frameTexts(about);
    await expect
      .poll(async () => (await paintedMarks(inAbout)).map((m) => m.text).sort())
      .toEqual(['KCNA', 'Moskau', 'Pjöngjang', 'Russland']);

    const unrelated = await open('/relevance/unrelated-with-frame.html');
    const inUnrelated = await frameTexts(unrelated);
    // The story's own name is marked in the frame for sure; the general ones wait for the top page.
    await expect.poll(async () => (await paintedMarks(inUnrelated)).map((m) => m.text)).toEqual(['KCNA']);
    await about.close();
    await unrelated.close();
  });
});
