/**
 * A large story on the dossier page, in the built extension: 25 articles of about 6,000 characters
 * (tests/e2e/support/large-story.ts). The proposals are computed in the worker while the page shows
 * their progress (each step rendered: the page's thread stays free), stored for the next visit, not
 * computed again for an accept, computed again for a new article, and kept with the rejections
 * across an update of the extension (storage.local survives it).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { LARGE_STORY_ARTICLES, largeStory, seedStory } from './support/large-story';

let browser: ExtensionBrowser;
let seeder: Page;
let storyId: string;
let firstNames: string[];

/** Records every progress line the page renders (from before its first script runs). */
const RECORD_PROGRESS = `(() => {
  window.__progress = [];
  new MutationObserver(() => {
    const line = document.querySelector('.proposals-progress');
    const text = line && line.textContent.trim();
    if (text && window.__progress.at(-1) !== text) window.__progress.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;

// A copy of the build and a profile of the test's own: the last test updates the one and keeps the other.
let work: string;
const extensionDir = () => join(work, 'extension');
const userDataDir = () => join(work, 'profile');

async function launch(): Promise<void> {
  browser = await launchWithExtension({ extensionDir: extensionDir(), userDataDir: userDataDir() });
  await browser.context.addInitScript(RECORD_PROGRESS);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kontext-large-story-'));
  await cp(EXTENSION_DIR, extensionDir(), { recursive: true });
  await launch();
  seeder = await browser.context.newPage();
  await seeder.goto(`chrome-extension://${browser.extensionId}/options.html`);
  storyId = await seedStory(seeder, { de: 'Große Geschichte', en: 'Large story' }, largeStory());
});

afterAll(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const storyUrl = () =>
  `chrome-extension://${browser.extensionId}/dossier.html#${new URLSearchParams({ story: storyId })}`;

async function openStory(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(storyUrl());
  await page.locator('li.proposal').first().waitFor({ timeout: 120_000 });
  return page;
}

const progressSeen = (page: Page) => page.evaluate(() => (window as any).__progress as string[]);
const names = (page: Page) => page.locator('li.proposal h3').allTextContents();

describe('a story of 25 long articles', () => {
  it('is read in the worker, the page rendering each step of the progress', async () => {
    const page = await openStory();
    const seen = await progressSeen(page);
    // Every article read is a step the page rendered while the worker went on.
    expect(seen.length).toBeGreaterThanOrEqual(LARGE_STORY_ARTICLES);
    expect(seen[0]).toBe(`Vorschläge werden berechnet: 0 von ${LARGE_STORY_ARTICLES} Artikeln gelesen …`);
    expect(seen).toContain(
      `Vorschläge werden berechnet: ${LARGE_STORY_ARTICLES} von ${LARGE_STORY_ARTICLES} Artikeln gelesen …`,
    );
    expect(await page.locator('.proposals-progress').count()).toBe(0);
    firstNames = await names(page);
    expect(firstNames.length).toBeGreaterThan(10);
    await page.close();
  }, 180_000);

  it('shows the same proposals on the next visit without computing them again', async () => {
    const page = await openStory();
    expect(await progressSeen(page)).toEqual([]);
    expect(await names(page)).toEqual(firstNames);
    await page.close();
  }, 180_000);

  it('computes nothing for an accept, and computes again for a new article', async () => {
    const page = await openStory();
    const first = page.locator('li.proposal').first();
    const name = (await first.locator('h3').textContent())!.split(' ·')[0]!;
    await first.getByRole('button', { name: new RegExp(`^Übernehmen\\W+${name}$`) }).click();
    await page.locator('.story-entries li', { hasText: name }).waitFor({ timeout: 20_000 });
    await expect.poll(() => names(page)).not.toContainEqual(expect.stringMatching(new RegExp(`^${name} ·`)));
    expect(await progressSeen(page)).toEqual([]);

    const [extra] = largeStory(19);
    await seeder.evaluate(
      async ({ article, story }) =>
        (globalThis as any).chrome.runtime.sendMessage({
          type: 'changeDossier',
          change: { op: 'addArticle', article, story },
        }),
      { article: extra!, story: storyId },
    );
    await expect
      .poll(() => progressSeen(page), { timeout: 60_000 })
      .toContainEqual(expect.stringContaining(`von ${LARGE_STORY_ARTICLES + 1} Artikeln gelesen`));
    await expect.poll(() => page.locator('.proposals-progress').count(), { timeout: 120_000 }).toBe(0);
    expect(await page.locator('li.proposal').count()).toBeGreaterThan(0);
    await page.close();
  }, 240_000);

  it('keeps the rejections and the stored proposals across an update of the extension', async () => {
    const page = await openStory();
    const first = page.locator('li.proposal').first();
    const name = (await first.locator('h3').textContent())!.split(' ·')[0]!;
    await first.getByRole('button', { name: new RegExp(`^Ablehnen\\W+${name}$`) }).click();
    await expect.poll(() => names(page)).not.toContainEqual(expect.stringMatching(new RegExp(`^${name} ·`)));
    const before = await names(page);

    // An update: the browser starts again with the same profile and a newer version of the extension.
    await browser.close();
    const manifestFile = join(extensionDir(), 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
    const version = `${manifest.version}.1`;
    await writeFile(manifestFile, JSON.stringify({ ...manifest, version }));
    await launch();
    seeder = await browser.context.newPage();
    await seeder.goto(`chrome-extension://${browser.extensionId}/options.html`);
    expect(await seeder.evaluate(() => (globalThis as any).chrome.runtime.getManifest().version)).toBe(version);

    const after = await openStory();
    expect(await progressSeen(after)).toEqual([]);
    expect(await names(after)).toEqual(before);
    expect(await after.locator('details.proposals-rejected summary').textContent()).toBe('Ein abgelehnter Vorschlag');
    expect(await after.locator('details.proposals-rejected li').allTextContents()).toContainEqual(
      expect.stringContaining(name),
    );
  }, 240_000);
});
