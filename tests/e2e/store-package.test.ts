/**
 * The installed package as the browsers present it: the name in the browser's language
 * (`--lang=de-DE` and `--lang=en-US`) through chrome.i18n, chrome.management and on
 * chrome://extensions; Kontext's icon on chrome://extensions, in Firefox's add-ons manager
 * (about:addons, through Marionette) and on Firefox's toolbar (the light-theme glyph).
 * Screenshots of each land in test-results/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { launchFirefoxWithMarionette, type MarionetteFirefox } from './support/marionette';
import { colourShare, decodePng } from './support/png';

const ROOT = join(import.meta.dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-results');

function messages(locale: 'de' | 'en'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8'));
}

/** The icon's brown (#8a4b08) covers about half of it; the letter or puzzle piece a browser
 * draws for an extension without icons has none. */
const BRAND_BROWN = '#8a4b08';

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
        return {
          i18n: chrome.i18n.getMessage('extName') as string,
          management: self.name as string,
          description: self.description as string,
        };
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
      await expect
        .poll(async () => (await item.locator('#name').textContent())?.trim(), { timeout: 10_000 })
        .toBe(expectedName);
      const icon = item.locator('#icon').first();
      await expect
        .poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `chrome-extensions-${browserLocale}.png`) });

      expect(colourShare(decodePng(await icon.screenshot()), BRAND_BROWN)).toBeGreaterThan(0.3);
      await page.close();
    });
  });
}

describe('Firefox', () => {
  let firefox: MarionetteFirefox;
  const names = [messages('de').extName!.message, messages('en').extName!.message];

  beforeAll(async () => {
    firefox = await launchFirefoxWithMarionette();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  async function screenshot(params: Record<string, unknown> = {}): Promise<Buffer> {
    const { value } = await firefox.command<{ value: string }>('WebDriver:TakeScreenshot', params);
    return Buffer.from(value, 'base64');
  }

  it('lists Kontext in the add-ons manager with its localised name and its icon', async () => {
    await firefox.command('Marionette:SetContext', { value: 'chrome' });
    const { value: addon } = await firefox.command<{ value: { name: string; icons: Record<string, string> } }>(
      'WebDriver:ExecuteAsyncScript',
      {
        script: `
          const [id, resolve] = arguments;
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          AddonManager.getAddonByID(id).then((addon) => resolve({ name: addon.name, icons: addon.icons }));`,
        args: [firefox.addonId],
      },
    );
    expect(names).toContain(addon.name);
    expect(Object.keys(addon.icons)).toEqual(['16', '32', '48', '128']);

    await firefox.command('Marionette:SetContext', { value: 'content' });
    await firefox.command('WebDriver:Navigate', { url: 'about:addons' });
    const card = `addon-card[addon-id="${firefox.addonId}"]`;
    const { value: shown } = await firefox.command<{ value: { name: string; iconLoaded: boolean } }>(
      'WebDriver:ExecuteAsyncScript',
      {
        script: `
        const [selector, resolve] = arguments;
        const poll = () => {
          const card = document.querySelector(selector);
          const icon = card?.querySelector('img.addon-icon');
          if (icon?.complete && icon.naturalWidth > 0) resolve({ name: card.querySelector('.addon-name').textContent.trim(), iconLoaded: true });
          else requestAnimationFrame(poll);
        };
        poll();`,
        args: [card],
      },
    );
    expect(shown).toEqual({ name: addon.name, iconLoaded: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'firefox-addons.png'), await screenshot());
    const { value: icon } = await firefox.command<{ value: Record<string, string> }>('WebDriver:FindElement', {
      using: 'css selector',
      value: `${card} img.addon-icon`,
    });
    expect(colourShare(decodePng(await screenshot({ id: Object.values(icon)[0] })), BRAND_BROWN)).toBeGreaterThan(0.3);
  });

  it('shows the toolbar glyph for a light theme when the button is on the toolbar', async () => {
    await firefox.command('Marionette:SetContext', { value: 'chrome' });
    // Firefox puts a new extension's button in the extensions menu; pin it as a reader would.
    const { value: buttonId } = await firefox.command<{ value: string }>('WebDriver:ExecuteScript', {
      script: `
        const widgetId = arguments[0].toLowerCase().replace(/[^a-z0-9_-]/g, '_') + '-browser-action';
        CustomizableUI.addWidgetToArea(widgetId, CustomizableUI.AREA_NAVBAR);
        return widgetId;`,
      args: [firefox.addonId],
    });
    const { value: button } = await firefox.command<{ value: Record<string, string> }>('WebDriver:FindElement', {
      using: 'css selector',
      value: `#${buttonId} .toolbarbutton-icon`,
    });
    writeFileSync(join(SCREENSHOTS, 'firefox-toolbar.png'), await screenshot());
    // The default theme is light: Firefox shows the dark glyph (#5b5b66, public/icon/dark-*.png).
    await expect
      .poll(async () => colourShare(decodePng(await screenshot({ id: Object.values(button)[0] })), '#5b5b66'))
      .toBeGreaterThan(0.2);
  });
});
