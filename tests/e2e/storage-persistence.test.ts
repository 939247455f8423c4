/**
 * The reader's data is kept under storage pressure, by what really protects it in each
 * browser (src/storage/persistence.ts, SECURITY.md):
 * - Chromium: `unlimitedStorage`. Its quota database never picks an "unlimited" origin for
 *   eviction; the sign of that policy in the page is a quota of the whole free disk (a web
 *   page gets a share). `navigator.storage.persisted()` stays false there and means nothing.
 * - Firefox: persistent storage, requested when the store is opened and granted without a
 *   prompt because of `unlimitedStorage`: `navigator.storage.persisted()` is true.
 */
import { statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { FIREFOX_EXTENSION_UUID } from './support/firefox';
import { launchFirefoxWithMarionette, type MarionetteFirefox } from './support/marionette';

let chromium: ExtensionBrowser | undefined;
let firefox: MarionetteFirefox | undefined;

afterAll(async () => {
  await chromium?.close();
  await firefox?.close();
});

describe('the reader’s data is kept', () => {
  it('Chromium: the extension’s origin has unlimited storage, which is never evicted', async () => {
    chromium = await launchWithExtension();
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/dossier.html`);
    await page.locator('.layout').waitFor({ timeout: 30_000 });
    const storage = await page.evaluate(async () => ({
      granted: await (globalThis as any).chrome.permissions.contains({ permissions: ['unlimitedStorage'] }),
      quota: (await navigator.storage.estimate()).quota ?? 0,
    }));
    expect(storage.granted).toBe(true);
    // The profile lives under the temp folder: its free space is what an unlimited origin may fill.
    const disk = await statfs(tmpdir());
    expect(storage.quota).toBeGreaterThanOrEqual(0.9 * disk.bavail * disk.bsize);
  }, 60_000);

  it('Firefox: the store is persistent once an extension page has opened it', async () => {
    firefox = await launchFirefoxWithMarionette();
    await firefox.command('WebDriver:Navigate', { url: `moz-extension://${FIREFOX_EXTENSION_UUID}/dossier.html` });
    const persisted = async () =>
      (
        await firefox!.command<{ value: boolean }>('WebDriver:ExecuteAsyncScript', {
          script: `const done = arguments[arguments.length - 1];
            navigator.storage.persisted().then(done, () => done(false));`,
          args: [],
        })
      ).value;
    await expect.poll(persisted, { timeout: 30_000 }).toBe(true);
  }, 90_000);
});
