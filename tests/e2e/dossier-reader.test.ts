/**
 * The reader's own additions, end to end: an added article's evidence shows on the
 * dossier page and in the card on an open page; an own entry is marked on an open
 * page at once; a note shows in the card; a hidden entry is no longer marked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { cardText, clickInCard, paintedMarks, waitForMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';
import { extensionUrl, hoverCard, openDossier } from './dossier-support';

const ARTICLE = '000_b20129a4c843e593';
const NEW_SENTENCE = 'Laut Testblatt wurden in der Region Kursk am Samstag zwei Brücken gesperrt.';
/** Mentions the own entry created below ("Gedenkstätte" is one of its names). */
const OWN_ENTRY_SENTENCE = 'Eine Gedenkstätte für die Gefallenen ist in Planung.';

let server: TestServer;
let browser: ExtensionBrowser;
let page: Page;
let dossier: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.origin}/article/${ARTICLE}`);
  await waitForMarks(page, 10);
  dossier = await openDossier(browser, '#mine');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const texts = async () => (await paintedMarks(page)).map((m) => m.text);

describe('the reader’s own additions', () => {
  it('adds an article whose evidence shows on the dossier page and in the card on an open page', async () => {
    await dossier.bringToFront();
    await dossier.getByLabel('Titel').fill('Lagebericht aus dem Grenzgebiet');
    await dossier.getByLabel('Medium (optional)').fill('Testblatt');
    await dossier.getByLabel('Datum (optional)').fill('2025-05-03');
    await dossier
      .getByLabel('Text', { exact: true })
      .fill(
        `Lagebericht aus dem Grenzgebiet\n\nDie Lage an der Grenze bleibt angespannt. ${NEW_SENTENCE} Waleri Gerassimow äußerte sich nicht. ${OWN_ENTRY_SENTENCE}`,
      );
    await dossier.getByRole('button', { name: 'Artikel hinzufügen' }).click();
    await expect
      .poll(() => dossier.locator('[role="status"]').allTextContents())
      .toContainEqual(expect.stringMatching(/Artikel hinzugefügt: er erwähnt \d+ Einträge/));
    // The list of own articles re-renders after the status: wait for it, do not race it.
    await expect.poll(() => dossier.locator('.own-article').count()).toBe(1);

    // The dossier page: the entry's evidence has the new sentence, marked as the reader's.
    await dossier.goto(extensionUrl(browser, 'dossier.html#entry=kursk'));
    const evidence = dossier.locator('.evidence li.from-reader');
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await evidence.locator('blockquote').textContent()).toBe(`„${NEW_SENTENCE}“`);
    expect(await dossier.locator('table.mentions').innerText()).toContain('Lagebericht aus dem Grenzgebiet');
    // Its timeline and the whole timeline list the dated article.
    expect(await dossier.locator('section[aria-labelledby="h-timeline"] li.from-reader').count()).toBe(1);

    // The article viewer marks the new article's mentions.
    await evidence.locator('.chip').first().click();
    await expect
      .poll(() => dossier.locator('mark.quote').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('zwei Brücken gesperrt')]));
    expect(await dossier.locator('.article-text a.mention').allTextContents()).toEqual(
      expect.arrayContaining(['Region Kursk', 'Waleri Gerassimow']),
    );

    // The page that was open all along: the card shows the new evidence.
    const card = await hoverCard(page, 'Region Kursk');
    expect(card).toContain('Aus Ihren Artikeln');
    expect(card).toContain(NEW_SENTENCE);
    expect(card).toContain('Testblatt');
  });

  it('marks an own entry on an open page at once, and shows its note in the card', async () => {
    expect(await texts()).not.toContain('Denkmal');
    await dossier.goto(extensionUrl(browser, 'dossier.html#mine'));
    await dossier.getByLabel('Name', { exact: true }).fill('Denkmal');
    await dossier.getByLabel('Art', { exact: true }).and(dossier.locator('#f-entryKind')).selectOption('concept');
    await dossier.getByLabel('Weitere Schreibweisen (optional)').fill('Ehrenmal, Gedenkstätte');
    await dossier
      .locator('textarea[name="entryNote"]')
      .fill('Mein eigener Eintrag: das geplante Denkmal in Pjöngjang.');
    await dossier.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await expect
      .poll(() => dossier.locator('[role="status"]').allTextContents())
      .toContainEqual(expect.stringContaining('Eintrag gespeichert'));

    await expect.poll(texts, { timeout: 10_000 }).toContain('Denkmal');
    expect((await paintedMarks(page)).find((m) => m.text === 'Denkmal')?.highlight).toBe('kontext-concept');
    const card = await hoverCard(page, 'Denkmal');
    expect(card).toContain('Ihre Notiz');
    expect(card).toContain('Mein eigener Eintrag: das geplante Denkmal in Pjöngjang.');

    // Like every entry, it has evidence sentences from the reader's article that mentions it.
    await clickInCard(page, 'more-toggle');
    await expect.poll(() => cardText(page)).toContain(`Aus Ihren Artikeln „${OWN_ENTRY_SENTENCE}“ – Testblatt`);

    // The dossier page lists it, counts its mentions in the articles and shows the sentence.
    await dossier.goto(extensionUrl(browser, 'dossier.html#entry=own-denkmal'));
    await expect.poll(() => dossier.locator('main h1').textContent()).toBe('Denkmal');
    // A bundled article ("Denkmal") and the reader's ("Gedenkstätte").
    expect(await dossier.locator('table.mentions tbody tr').count()).toBe(2);
    expect(await dossier.locator('.evidence li.from-reader blockquote').allTextContents()).toContain(
      `„${OWN_ENTRY_SENTENCE}“`,
    );
  });

  it('refuses an own entry whose name another entry has, saying which', async () => {
    await dossier.goto(extensionUrl(browser, 'dossier.html#mine'));
    await dossier.getByLabel('Name', { exact: true }).fill('Mein Kursk');
    await dossier.getByLabel('Weitere Schreibweisen (optional)').fill('Gebiet Kursk');
    await dossier.getByRole('button', { name: 'Eintrag anlegen' }).click();
    await expect
      .poll(() => dossier.locator('[role="alert"]').allTextContents())
      .toContainEqual('„Gebiet Kursk“ bezeichnet schon den Eintrag „Region Kursk“.');
  });

  it('shows a private note in the card', async () => {
    await dossier.goto(extensionUrl(browser, 'dossier.html#entry=gerassimow'));
    // A hash change re-renders in place: type only once Gerassimow's view is there, not into the last entry's form.
    await expect.poll(() => dossier.locator('h1').textContent()).toBe('Waleri Gerassimow');
    await dossier.getByLabel('Private Notiz').fill('Nachfragen: Quelle der Zahl <b>nicht</b> belegt.');
    await dossier.getByRole('button', { name: 'Notiz speichern' }).click();
    await expect.poll(() => dossier.locator('[role="status"]').allTextContents()).toContainEqual('Notiz gespeichert.');
    await expect
      .poll(async () => hoverCard(page, 'Waleri Gerassimow'), { timeout: 10_000 })
      .toContain('Nachfragen: Quelle der Zahl <b>nicht</b> belegt.');
  });

  it('hides an entry: open pages stop marking it, and it can be marked again', async () => {
    expect(await texts()).toContain('KCNA');
    await dossier.goto(extensionUrl(browser, 'dossier.html#entry=kcna'));
    await dossier.getByLabel('Auf Seiten markieren').uncheck();
    await expect.poll(texts, { timeout: 10_000 }).not.toContain('KCNA');
    expect(await texts()).toContain('Pjöngjang');
    await dossier.goto(extensionUrl(browser, 'dossier.html#mine'));
    await dossier.getByRole('button', { name: /^Wieder markieren.*KCNA/ }).click();
    await expect.poll(texts, { timeout: 10_000 }).toContain('KCNA');
  });

  it('removes the added article again: its evidence leaves the dossier', async () => {
    await dossier.goto(extensionUrl(browser, 'dossier.html#mine'));
    await dossier.locator('.own-article button').click();
    await expect.poll(() => dossier.locator('.own-article').count()).toBe(0);
    await dossier.goto(extensionUrl(browser, 'dossier.html#entry=kursk'));
    await dossier.locator('main h1').waitFor();
    expect(await dossier.locator('.evidence li.from-reader').count()).toBe(0);
  });
});
