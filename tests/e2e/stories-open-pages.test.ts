/**
 * Pages opened before a story and its entries exist mark those entries once they are added,
 * without a reload, in the top document and in a frame; in one story's view, delete takes an
 * entry another story holds only out of that story.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDossier } from './dossier-support';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { readPaintedMarks } from './support/probes';
import { startServer, type TestServer } from './support/server';

let server: TestServer;
let browser: ExtensionBrowser;

const marks = async (target: Page | Frame) => (await target.evaluate(readPaintedMarks)).map((m) => m.text);

describe('open pages follow a new story', () => {
  beforeAll(async () => {
    server = await startServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a page and a frame opened before the story marks its entries once they are added', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/stories/rason.html`);
    const top = await browser.context.newPage();
    await top.goto(`${server.origin}/stories/frame-top.html`);
    const frame = (await (await top.$('iframe'))!.contentFrame())!;
    await frame.waitForLoadState();
    expect(await marks(page)).toEqual([]);
    expect(await marks(frame)).toEqual([]);

    const dossier = await openDossier(browser, '#stories');
    await dossier.locator('form.new-story').waitFor({ timeout: 10_000 });
    await dossier.fill('#new-story-de', 'Hafen von Rason');
    await dossier.fill('#new-story-en', 'Port of Rason');
    await dossier.locator('form.new-story button[type="submit"]').click();
    await dossier.locator('article.story[data-story^="story-"]').waitFor({ timeout: 10_000 });
    for (const [name, aliases] of [
      ['Angara', 'Frachter Angara'],
      ['Rason', 'Hafen von Rason'],
    ]) {
      await dossier.fill('#f-entryName', name!);
      await dossier.fill('#f-entryAliases', aliases!);
      await dossier.selectOption('#f-entryKind', 'concept');
      await dossier.locator('form:has(#f-entryName) button[type="submit"]').click();
      await dossier.locator('.story-entries li', { hasText: name! }).waitFor({ timeout: 10_000 });
    }
    await expect.poll(() => marks(page), { timeout: 15_000 }).toContain('Angara');
    await expect.poll(() => marks(frame), { timeout: 15_000 }).toContain('Angara');
  });

  it('in one story’s view, delete only takes an entry out of that story while another story holds it', async () => {
    const dossier = await openDossier(browser, '#stories');
    const newStory = async (de: string) => {
      await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#stories`);
      await dossier.locator('form.new-story').waitFor({ timeout: 10_000 });
      await dossier.fill('#new-story-de', de);
      await dossier.locator('form.new-story button[type="submit"]').click();
      const story = dossier.locator(`article.story[data-story^="story-"]`, { hasText: de });
      await story.waitFor({ timeout: 10_000 });
      await dossier.fill('#f-entryName', 'Tumen');
      await dossier.selectOption('#f-entryKind', 'concept');
      await dossier.locator('form:has(#f-entryName) button[type="submit"]').click();
      await dossier.locator('.story-entries li', { hasText: 'Tumen' }).waitFor({ timeout: 10_000 });
      return (await story.getAttribute('data-story'))!;
    };
    const flotte = await newStory('Flotte');
    const fluss = await newStory('Fluss');
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#story=${flotte}`);
    const row = dossier.locator('li.own-entry', { hasText: 'Tumen' });
    await row.waitFor({ timeout: 10_000 });
    const button = row.locator('button', { hasText: 'Aus dieser Geschichte nehmen' });
    await button.click();
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    await dossier.goto(`chrome-extension://${browser.extensionId}/dossier.html#story=${fluss}`);
    // Its last story: here the button deletes it.
    await dossier
      .locator('li.own-entry', { hasText: 'Tumen' })
      .locator('button', { hasText: 'Löschen' })
      .waitFor({ timeout: 10_000 });
  });
});
