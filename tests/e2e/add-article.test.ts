/**
 * "Add to dossier" from the popup, end to end in Debian Chromium with the built extension:
 * the tab's article is read in the page, its metadata shown for the reader to correct, and
 * confirming adds it; the card on the open page shows the new evidence at once; the same
 * address again updates; a page without metadata leaves the fields empty; a page that is no
 * article offers the selected text.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoverCard } from './dossier-support';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './support/chromium';
import { waitForMarks } from './support/probes';
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

async function fields(popup: Page): Promise<Record<string, string>> {
  await popup.locator('.add-article[data-step="form"] form').waitFor({ timeout: 10_000 });
  return popup
    .locator('.add-article form')
    .evaluate((form) =>
      Object.fromEntries(
        [...form.querySelectorAll('input, select')].map((el) => [
          (el as HTMLInputElement).name,
          (el as HTMLInputElement).value,
        ]),
      ),
    );
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('add this article', () => {
  it('reads a news page with JSON-LD and OpenGraph, adds it in one click, and the card shows it at once', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/add/article.html`);
    await waitForMarks(page, 3);
    const popup = await openPopupFor(page);
    await popup.locator('button[data-action="add-article"]').click();
    expect(await fields(popup)).toEqual({
      title: 'Nordkoreanische Soldaten an der Front in Kursk',
      outlet: 'Beispiel-Zeitung',
      date: '2025-05-03',
      language: 'de',
      author: 'Erika Muster',
      url: 'https://news.example/politik/kursk-soldaten',
      // The page is about the dossier's story: it is preselected.
      story: 'nordkorea-kursk',
    });
    expect(await popup.locator('.add-preview').textContent()).toContain(
      'Nordkoreanische Soldaten sind nach Angaben aus Kiew',
    );
    // The page's navigation and footer are not part of the article.
    expect(Number(await popup.locator('.add-preview').getAttribute('data-chars'))).toBeLessThan(900);

    await popup.locator('button[data-action="confirm-add"]').click();
    await expect
      .poll(() => popup.locator('.add-article .added').textContent(), { timeout: 15_000 })
      .toMatch(/^Hinzugefügt\. Er erwähnt \d+ Einträge/);

    // The open page, not reloaded: the card of a mentioned entry quotes the new article.
    await expect
      .poll(async () => hoverCard(page, 'Waleri Gerassimow'), { timeout: 10_000 })
      .toContain('Aus Ihren Artikeln');

    // Its dated sentences join the timeline, quoted verbatim, resolved against its date ("am Samstag").
    const dossier = await browser.context.newPage();
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#timeline`);
    const sentence =
      'Die staatliche Nachrichtenagentur KCNA berichtete am Samstag über eine Feier in Pjöngjang, bei der Machthaber Kim Jong-un die Soldaten ehrte.';
    const row = dossier.locator('ol.timeline li', { hasText: sentence });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain(`„${sentence}“`);
    expect(await row.textContent()).toContain('3. Mai 2025');
    await dossier.close();

    // The same address again: updated, not duplicated.
    await popup.locator('.add-article button.link').click();
    await popup.locator('button[data-action="add-article"]').click();
    await fields(popup);
    await popup.locator('input[name="title"]').fill('Neuer Titel');
    await popup.locator('button[data-action="confirm-add"]').click();
    await expect
      .poll(() => popup.locator('.add-article .added').textContent(), { timeout: 15_000 })
      .toMatch(/^Aktualisiert/);
    const own = await popup.evaluate(
      () =>
        new Promise<{ title: string; url?: string }[]>((resolve) => {
          const open = indexedDB.open('kontext');
          open.onsuccess = () => {
            const request = open.result.transaction('ownArticles').objectStore('ownArticles').getAll();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(own.filter((a) => a.url === 'https://news.example/politik/kursk-soldaten').map((a) => a.title)).toEqual([
      'Neuer Titel',
    ]);
    await popup.close();
    await page.close();
  });

  it('leaves the fields empty where a page states nothing about itself', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/add/plain.html`);
    const popup = await openPopupFor(page);
    await popup.locator('button[data-action="add-article"]').click();
    const found = await fields(popup);
    expect(found).toMatchObject({ title: 'Notizen aus Kursk', outlet: '', date: '', author: '', url: '' });
    // Editable: the reader fills in what the page did not say.
    await popup.locator('input[name="outlet"]').fill('Ein Blog');
    expect(await popup.locator('input[name="outlet"]').inputValue()).toBe('Ein Blog');
    await popup.close();
    await page.close();
  });

  it('says when a page is no article, and adds the selected text instead', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/add/index.html`);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('note')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const popup = await openPopupFor(page);
    await popup.locator('button[data-action="add-article"]').click();
    await popup.locator('.not-article').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.not-article p').first().textContent()).toBe(
      'Auf dieser Seite ist kein Artikel zu erkennen.',
    );
    await popup.locator('button[data-action="use-selection"]').click();
    const found = await fields(popup);
    expect(found.title).toBe('Beispiel-Zeitung – Startseite');
    expect(await popup.locator('.add-preview').textContent()).toContain(
      'Gerassimow erklärte die Region Kursk für zurückerobert.',
    );
    await popup.locator('button[data-action="confirm-add"]').click();
    await expect
      .poll(() => popup.locator('.add-article .added').textContent(), { timeout: 15_000 })
      .toMatch(/^Hinzugefügt/);
    await popup.close();
    await page.close();
  });
});
