/**
 * Stories, end to end in Debian Chromium with the built extension: a story made on the
 * dossier page gets its own entries and marks a page about it; the popup preselects it for
 * that page; switched off it marks nothing; an entry named in two stories is one mark whose
 * card names both; and a database of schema v1 (the fixture a reader's browser holds) is
 * upgraded with every piece of the reader's data kept.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCard, openDossier, runAxe } from './dossier-support';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import { paintedMarks, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;

async function openPopupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('main[data-state]:not([data-state="loading"])').waitFor({ timeout: 10_000 });
  return popup;
}

async function createStory(dossier: Page, de: string, en: string): Promise<string> {
  await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
  await dossier.locator('form.new-story').waitFor({ timeout: 10_000 });
  await dossier.fill('#new-story-de', de);
  await dossier.fill('#new-story-en', en);
  await dossier.locator('form.new-story button[type="submit"]').click();
  const story = dossier.locator('article.story[data-story^="story-"]');
  await story.waitFor({ timeout: 10_000 });
  return (await story.getAttribute('data-story'))!;
}

async function addEntry(dossier: Page, name: string, aliases: string): Promise<void> {
  await dossier.fill('#f-entryName', name);
  await dossier.fill('#f-entryAliases', aliases);
  await dossier.selectOption('#f-entryKind', 'concept');
  await dossier.locator('form:has(#f-entryName) button[type="submit"]').click();
  await dossier.locator('.story-entries li', { hasText: name }).waitFor({ timeout: 10_000 });
}

const markTexts = async (page: Page) => (await paintedMarks(page)).map((m) => m.text);

describe('stories', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a new story gets its own entries and marks a page about it; the popup preselects it; switched off it marks nothing', async () => {
    const dossier = await openDossier(browser, '#stories');
    const storyId = await createStory(dossier, 'Hafen von Rason', 'Port of Rason');
    await addEntry(dossier, 'Angara', 'Frachter Angara');
    await addEntry(dossier, 'Rason', 'Hafen von Rason');

    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/stories/rason.html`);
    await waitForMarks(page, 4);
    expect(await markTexts(page)).toEqual(expect.arrayContaining(['Frachter Angara', 'Hafen von Rason', 'Angara']));

    // The page is judged about the new story, and "add to dossier" offers it first.
    const popup = await openPopupFor(page);
    await popup.locator(`.why-text [data-story="${storyId}"]`).waitFor({ state: 'attached', timeout: 10_000 });
    expect(await popup.locator(`.why-text [data-story="${storyId}"]`).getAttribute('data-about')).toBe('true');
    expect(await popup.locator('.why-text [data-story="nordkorea-kursk"]').getAttribute('data-about')).toBe('false');
    await popup.locator('button[data-action="add-article"]').click();
    await popup.locator('.add-article[data-step="form"] form').waitFor({ timeout: 10_000 });
    expect(await popup.locator('select[name="story"]').inputValue()).toBe(storyId);
    await popup.locator('button[data-action="confirm-add"]').click();
    await expect
      .poll(() => popup.locator('.add-article .added').textContent(), { timeout: 15_000 })
      .toMatch(/^Hinzugefügt\. Er erwähnt 2 Einträge/);
    await popup.close();

    // The story's page lists the article with its outlet, date and address, and its dated sentence.
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#story=${storyId}`);
    const article = dossier.locator('.story-articles li', { hasText: 'Frachter Angara' });
    await article.waitFor({ timeout: 10_000 });
    expect(await article.textContent()).toContain('Hafenbote');
    expect(await article.locator('a.source-url').getAttribute('href')).toBe('https://hafenbote.example/angara');
    await dossier
      .locator('.story-timeline li', { hasText: 'am 9. Juni erneut im Hafen von Rason' })
      .waitFor({ timeout: 10_000 });

    // A dossier entry joins the story from its own page: the story's page lists it.
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#entry=kursk`);
    await dossier.locator(`input[name="entryStory"][value="${storyId}"]`).check();
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#story=${storyId}`);
    await dossier.locator('.story-entries [data-entry="kursk"]').waitFor({ timeout: 10_000 });

    // The story's page and the switcher are accessible.
    expect(await runAxe(dossier)).toEqual([]);

    // Switched off: the open page loses the story's marks without reload.
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
    await dossier.locator('.story-list').waitFor();
    expect(await runAxe(dossier)).toEqual([]);
    await dossier.locator(`li[data-story="${storyId}"] input[name="storyEnabled"]`).uncheck();
    await expect.poll(() => markTexts(page), { timeout: 15_000 }).not.toContain('Angara');
    expect(await markTexts(page)).not.toContain('Hafen von Rason');
    // …and on again.
    await dossier.locator(`li[data-story="${storyId}"] input[name="storyEnabled"]`).check();
    await expect.poll(() => markTexts(page), { timeout: 15_000 }).toContain('Angara');
    await page.close();
    await dossier.close();
  });

  it('a story pack round-trips; two packs with the same entry give one mark whose card names both; a bad pack changes nothing', async () => {
    const dossier = await openDossier(browser, '#stories');
    const first = await dossier.locator('li[data-story^="story-"]').first().getAttribute('data-story');
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#story=${first}`);
    const download = dossier.waitForEvent('download');
    await dossier.locator('button[name="exportStory"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^kontext-story-port-of-rason-\d{4}-\d{2}-\d{2}\.json$/);
    const pack = JSON.parse(await readFile((await file.path())!, 'utf8'));
    expect(pack.dossier.story.name).toEqual({ de: 'Hafen von Rason', en: 'Port of Rason' });
    expect(pack.dossier.articles.map((a: { title: string }) => a.title)).toEqual([
      'Frachter Angara liegt wieder im Hafen von Rason',
    ]);
    expect(pack.own.entries.map((e: { name: { de: string } }) => e.name.de).sort()).toEqual([
      'Angara',
      'Rason',
      'Region Kursk',
    ]);

    // Deleted, the story's marks go; imported again, it is back with its article and entries.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/stories/rason.html`);
    await waitForMarks(page, 4);
    dossier.once('dialog', (dialog) => void dialog.accept());
    await dossier.locator('button[data-action="delete-story"]').click();
    await dossier.locator('article.stories').waitFor({ timeout: 10_000 });
    await expect.poll(() => markTexts(page), { timeout: 15_000 }).not.toContain('Angara');

    const importPack = async (content: unknown) => {
      await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
      await dossier.locator('input[name="storyPack"]').setInputFiles({
        name: 'pack.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(content)),
      });
      await dossier.locator('button[name="importStory"]').click();
    };
    await importPack(pack);
    const back = dossier.locator('article.story[data-story^="story-"]');
    await back.waitFor({ timeout: 15_000 });
    expect(await dossier.locator('article.story h1').textContent()).toBe('Hafen von Rason');
    await dossier
      .locator('.story-articles li', { hasText: 'Frachter Angara liegt wieder im Hafen von Rason' })
      .waitFor();
    // Kursk, a dossier entry of the story, is the dossier's entry again (one entry, one mark).
    expect((await dossier.locator('.story-entries li').allTextContents()).sort()).toEqual([
      'Angara',
      'Rason',
      'Region Kursk',
    ]);
    expect(await dossier.locator('.story-entries [data-entry="kursk"]').count()).toBe(1);
    await expect.poll(() => markTexts(page), { timeout: 15_000 }).toContain('Angara');

    // A second pack naming the same entry: still one mark per mention, and its card names both stories.
    await importPack({
      ...pack,
      dossier: {
        ...pack.dossier,
        story: { id: 'pazifik', name: { de: 'Schiffe im Pazifik', en: 'Ships in the Pacific' } },
      },
    });
    await dossier.locator('article.story h1', { hasText: 'Schiffe im Pazifik' }).waitFor({ timeout: 15_000 });
    await page.reload();
    await waitForMarks(page, 4);
    expect((await markTexts(page)).filter((text) => text === 'Angara')).toHaveLength(3);
    const card = await hoverCard(page, 'Angara');
    expect(card).toContain('Hafen von Rason');
    expect(card).toContain('Schiffe im Pazifik');

    // A bad pack: refused whole, the place named in words, no story added.
    const stories = await storyCount(dossier);
    const bad = structuredClone(pack);
    bad.own.entries[0].aliases.push('<b>Angara</b>');
    await importPack(bad);
    const status = dossier.locator('.import-story-status');
    await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/nicht importiert/);
    expect(await status.innerText()).toMatch(/Eintrag 1/);
    expect(await storyCount(dossier)).toBe(stories);
    await page.close();
    await dossier.close();
  });
});

describe('the stories views in a narrow window', () => {
  beforeAll(async () => {
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists a story’s entries alphabetically in the reader’s language, with the view on the first screen and nothing wider than the window', async () => {
    const size = { width: 420, height: 860 };
    const dossier = await browser.context.newPage();
    await dossier.setViewportSize(size);
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
    const first = await dossier.locator('.story-list li:has(.badge)').getAttribute('data-story');
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#story=${first}`);
    await dossier.locator('.story-entries li').first().waitFor({ timeout: 10_000 });
    const names = (await dossier.locator('.story-entries li').allInnerTexts()).map((name) => name.trim());
    expect(names.length).toBeGreaterThan(40);
    const sorted = await dossier.evaluate((list) => [...list].sort(new Intl.Collator('de').compare), names);
    expect(names).toEqual(sorted);
    // In one column the search column sits above the view; it must not push the view off the
    // first screen (the whole entry list once did).
    expect(await dossier.locator('main h1').evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(
      size.height - 200,
    );
    expect(await dossier.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    // Source chips with long titles (the timeline, an entry) are cut, not widening the page.
    for (const hash of ['#timeline', '#entry=kursk']) {
      await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html${hash}`);
      await dossier.locator('main .chip').first().waitFor({ timeout: 10_000 });
      expect(await dossier.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    }
    await dossier.close();
  });
});

async function storyCount(dossier: Page): Promise<number> {
  await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
  await dossier.locator('.story-list').waitFor();
  return dossier.locator('.story-list li').count();
}

describe('the upgrade to stories', () => {
  let upgraded: ExtensionBrowser;

  afterAll(async () => {
    await upgraded?.close();
  });

  it('keeps every piece of the reader’s data of a schema v1 database, in the first story', async () => {
    const fixture = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'unit', 'fixtures', 'db', 'v1.json'), 'utf8'),
    ) as {
      version: number;
      stores: Record<string, { keyPath: string; indexes: { name: string; keyPath: string }[]; records: unknown[] }>;
    };
    upgraded = await launchWithExtension();
    // The current release has opened its database (the dossier page waits for it)…
    const first = await upgraded.context.newPage();
    await first.goto(`chrome-extension://${upgraded.extensionId}/dossier.html`);
    await first.locator('.layout').waitFor({ timeout: 20_000 });
    await first.close();
    // …and the browser is made as an older release left it: the v1 database in its place…
    await upgraded.worker.evaluate(async (data) => {
      await new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('kontext');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      });
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const request = indexedDB.open('kontext', data.version);
        request.onupgradeneeded = () => {
          for (const [name, spec] of Object.entries(data.stores)) {
            const store = request.result.createObjectStore(name, { keyPath: spec.keyPath });
            for (const index of spec.indexes) store.createIndex(index.name, index.keyPath);
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(Object.keys(data.stores), 'readwrite');
      for (const [name, spec] of Object.entries(data.stores))
        for (const record of spec.records) tx.objectStore(name).put(record);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, fixture);
    // …then the update starts: the extension restarts with the current code.
    const dossier = await upgraded.context.newPage();
    const cdp = await upgraded.context.newCDPSession(dossier);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await dossier.goto(`chrome-extension://${upgraded.extensionId}/dossier.html#story=nordkorea-kursk`);
    await dossier.locator('article.story').waitFor({ timeout: 20_000 });
    const stored = await dossier.evaluate(
      () =>
        new Promise<Record<string, unknown[]>>((resolve, reject) => {
          const open = indexedDB.open('kontext');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const names = ['notes', 'ownArticles', 'ownEntries', 'hiddenEntries', 'stories'];
            const tx = open.result.transaction(names);
            const out: Record<string, unknown[]> = {};
            for (const name of names) {
              const request = tx.objectStore(name).getAll();
              request.onsuccess = () => (out[name] = request.result);
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve(out);
            };
          };
        }),
    );
    const records = (name: string) => fixture.stores[name]!.records as Record<string, unknown>[];
    const byKey = (key: string) => (a: any, b: any) => (a[key] < b[key] ? -1 : 1);
    expect(stored.notes!.sort(byKey('entry'))).toEqual(records('notes').sort(byKey('entry')));
    expect(stored.ownEntries!.sort(byKey('id'))).toEqual(records('ownEntries').sort(byKey('id')));
    expect(stored.hiddenEntries).toEqual(records('hiddenEntries'));
    expect(stored.ownArticles).toEqual(records('ownArticles').map((a) => ({ ...a, story: 'nordkorea-kursk' })));
    expect(stored.stories).toEqual([
      expect.objectContaining({
        id: 'nordkorea-kursk',
        bundled: true,
        enabled: true,
        entries: records('ownEntries').map((e) => e.id),
      }),
    ]);
    // …and in effect: the first story lists the reader's article and entry.
    const ownArticle = records('ownArticles')[0]!;
    await dossier.locator('.story-articles li', { hasText: ownArticle.title as string }).waitFor({ timeout: 10_000 });
    await dossier.locator(`.story-entries [data-entry="${records('ownEntries')[0]!.id}"]`).waitFor();
    await dossier.close();
  });
});
