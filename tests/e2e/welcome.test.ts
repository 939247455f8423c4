/**
 * The first-run page: opened by the browser on install (never on an update), it shows a
 * live mark and the real card, the colour of each kind, the shortcuts, the per-site switch
 * and the privacy promise, in German and English, with no axe violations.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionUrl, openExtensionPage, runAxe, setSettings } from './dossier-support';
import {
  chromiumPath,
  EXTENSION_DIR,
  extensionLaunchArgs,
  launchWithExtension,
  type ExtensionBrowser,
} from './support/chromium';

let browser: ExtensionBrowser;

const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');

async function welcomeOpenedOnInstall(): Promise<Page> {
  const existing = browser.context.pages().find(isWelcome);
  if (existing) return existing;
  return browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 });
}

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('first-run page', () => {
  it('opens once on install, with the live example card, legend, shortcuts, site switch and privacy', async () => {
    const welcome = await welcomeOpenedOnInstall();
    expect(browser.context.pages().filter(isWelcome)).toHaveLength(1);
    await welcome.locator('.card-preview').waitFor({ timeout: 15_000 });
    await expect.poll(() => welcome.locator('h1').textContent()).toBe('Willkommen bei Kontext');
    const text = await welcome.locator('main').innerText();
    // The real card for a real entry, rendered in its own shadow root.
    const cardText = await welcome.locator('.card-preview').evaluate((host) => host.shadowRoot?.textContent ?? '');
    expect(cardText).toContain('Waleri Gerassimow');
    expect(cardText).toContain('Generalstabschef');
    // The example mark is painted by the content script's own highlight style for persons.
    const painted = await welcome.evaluate(() => {
      const out: Record<string, string[]> = {};
      for (const [name, highlight] of CSS.highlights) {
        out[name] = [...(highlight as unknown as Iterable<AbstractRange>)].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return live.toString();
        });
      }
      return out;
    });
    expect(painted['kontext-person']).toEqual(expect.arrayContaining(['Waleri Gerassimow', 'Person']));
    for (const kind of ['place', 'organisation', 'document', 'event', 'group', 'concept'])
      expect(painted[`kontext-${kind}`]).toHaveLength(1);
    // As the browser has them now, in its language ("Alt+Umschalttaste+K" in a German Chromium).
    expect(text).toMatch(/Alt\+(Shift|Umschalttaste)\+K nächste Erwähnung/);
    expect(text).toMatch(/Alt\+(Shift|Umschalttaste)\+J vorige Erwähnung/);
    expect(text).toContain('chrome://extensions/shortcuts');
    expect(text).toContain('Auf dieser Website');
    expect(text).toContain('Nichts verlässt Ihren Browser');
    expect(await runAxe(welcome)).toEqual([]);

    // The example mark folds the card and opens it again.
    await welcome.locator('.example-mark').click();
    await expect.poll(() => welcome.locator('#example-card').isHidden()).toBe(true);
    await welcome.locator('.example-mark').click();
    await expect.poll(() => welcome.locator('#example-card').isVisible()).toBe(true);
  });

  it('speaks English where the reader chose it, and passes axe there too', async () => {
    const welcome = await openExtensionPage(browser, 'welcome.html');
    await setSettings(welcome, { uiLanguage: 'en' });
    try {
      await expect.poll(() => welcome.locator('h1').textContent()).toBe('Welcome to Kontext');
      await welcome.locator('.card-preview').waitFor();
      await expect
        .poll(() => welcome.locator('.card-preview').evaluate((host) => host.shadowRoot?.textContent ?? ''))
        .toContain('Valery Gerasimov');
      expect(await welcome.locator('main').innerText()).toContain('Nothing leaves your browser');
      expect(await runAxe(welcome)).toEqual([]);
    } finally {
      await setSettings(welcome, { uiLanguage: 'auto' });
      await welcome.close();
    }
  });

  it('is reachable from the options page', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByRole('link', { name: 'Einführung' }).click();
    await options.waitForURL(extensionUrl(browser, 'welcome.html'));
    await options.close();
  });

  it('does not open on an update: the same profile with a newer version of the extension', async () => {
    // A copy of the build, so its version can change between two starts of one profile.
    const dir = await mkdtemp(join(tmpdir(), 'kontext-update-'));
    const extension = join(dir, 'extension');
    await cp(EXTENSION_DIR, extension, { recursive: true });
    const profile = join(dir, 'profile');
    const start = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath(),
        headless: true,
        args: [
          ...extensionLaunchArgs('de-DE').filter((arg) => !arg.includes(EXTENSION_DIR)),
          `--disable-extensions-except=${extension}`,
          `--load-extension=${extension}`,
        ],
      });
    try {
      const installed = await start();
      const first =
        installed.pages().find(isWelcome) ??
        (await installed.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
      expect(first.url()).toMatch(/welcome\.html$/);
      await installed.close();

      const manifestPath = join(extension, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
      manifest.version = `${manifest.version}.1`;
      await writeFile(manifestPath, JSON.stringify(manifest));
      const updated = await start();
      try {
        const worker = updated.serviceWorkers()[0] ?? (await updated.waitForEvent('serviceworker'));
        // The updated worker runs: it reports the new version and has handled its onInstalled ("update").
        expect(await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest().version)).toBe(
          manifest.version,
        );
        const id = new URL(worker.url()).host;
        const probe = await updated.newPage();
        await probe.goto(`chrome-extension://${id}/options.html`);
        await probe.locator('h1').waitFor();
        expect(updated.pages().filter(isWelcome)).toHaveLength(0);
      } finally {
        await updated.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
