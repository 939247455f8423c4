/**
 * The installed package as the browsers present it: the name in the browser's language
 * (`--lang=de-DE` and `--lang=en-US`) through the management API and on chrome://extensions,
 * and Kontext's icon on chrome://extensions and in Firefox's add-ons manager (the
 * management API's icons are what about:addons shows), plus Firefox's light/dark toolbar pair.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefoxWithExtension } from './support/firefox';

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-results');

function messages(locale: 'de' | 'en'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8'));
}

/**
 * Share of an image's pixels in the icon's brown (#8a4b08): about half of the icon, none
 * of the letter or puzzle piece a browser draws for an extension without icons.
 * Runs in a page: `png` is base64 or a URL the page may load.
 */
async function brownShareIn(page: { evaluate: Page['evaluate'] }, src: string): Promise<{ share: number; width: number }> {
  return page.evaluate(async (source: string) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let brown = 0;
    for (let i = 0; i < data.length; i += 4) {
      const near = Math.abs(data[i]! - 0x8a) < 30 && Math.abs(data[i + 1]! - 0x4b) < 30 && Math.abs(data[i + 2]! - 0x08) < 30;
      if (near && data[i + 3]! > 200) brown++;
    }
    return { share: brown / (data.length / 4), width: image.naturalWidth };
  }, src);
}

for (const { browserLocale, locale } of [
  { browserLocale: 'de-DE', locale: 'de' },
  { browserLocale: 'en-US', locale: 'en' },
] as const) {
  describe(`Chromium with --lang=${browserLocale}`, () => {
    let browser: ExtensionBrowser;
    const expectedName = messages(locale).extName!.message;

    beforeAll(async () => {
      browser = await launchWithExtension({ locale: browserLocale });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('reports the name in that language through chrome.i18n and chrome.management', async () => {
      const reported = await browser.worker.evaluate(async () => {
        const chrome = (globalThis as any).chrome;
        const self = await chrome.management.getSelf();
        return { i18n: chrome.i18n.getMessage('extName') as string, management: self.name as string, description: self.description as string };
      });
      expect(reported).toEqual({
        i18n: expectedName,
        management: expectedName,
        description: messages(locale).extDescription!.message,
      });
    });

    it('shows that name and the Kontext icon on chrome://extensions', async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1000, height: 640 });
      await page.goto('chrome://extensions');
      const item = page.locator(`extensions-item#${browser.extensionId}`);
      await expect.poll(async () => (await item.locator('#name').textContent())?.trim(), { timeout: 10_000 }).toBe(expectedName);
      const icon = item.locator('#icon').first();
      await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `chrome-extensions-${browserLocale}.png`) });

      const probe = await browser.context.newPage();
      const shown = await brownShareIn(probe, `data:image/png;base64,${(await icon.screenshot()).toString('base64')}`);
      expect(shown.share).toBeGreaterThan(0.3);
      await probe.close();
      await page.close();
    });
  });
}

describe('Firefox add-ons manager', () => {
  let firefox: Browser;

  beforeAll(async () => {
    ({ browser: firefox } = await launchFirefoxWithExtension());
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('lists Kontext with its localised name and its icons, and has light and dark toolbar icons', async () => {
    const page = await firefox.newPage();
    await page.goto(`${FIREFOX_EXTENSION_ORIGIN}/options.html`);
    const self = await page.evaluate(async () => {
      const api = (globalThis as any).browser;
      const info = await api.management.getSelf();
      return {
        name: info.name as string,
        i18nName: api.i18n.getMessage('extName') as string,
        icons: (info.icons as { size: number; url: string }[]).map(({ size, url }) => ({ size, url })),
        themeIcons: api.runtime.getManifest().browser_action.theme_icons as { light: string; dark: string; size: number }[],
      };
    });
    expect([messages('de').extName!.message, messages('en').extName!.message]).toContain(self.name);
    expect(self.name).toBe(self.i18nName);
    expect(self.icons.map((icon) => icon.size)).toEqual([16, 32, 48, 128]);
    for (const icon of self.icons) {
      const shown = await brownShareIn(page, icon.url);
      expect(shown.width, icon.url).toBe(icon.size);
      expect(shown.share, icon.url).toBeGreaterThan(0.3);
    }
    expect(self.themeIcons.map(({ size }) => size)).toEqual([16, 32]);
    for (const { light, dark } of self.themeIcons) {
      for (const file of [light, dark]) {
        // Toolbar glyphs are one grey, no brown: they must load, and be the size named.
        const shown = await brownShareIn(page, `/${file}`);
        expect(shown.width).toBeGreaterThan(0);
      }
    }
  });
});
