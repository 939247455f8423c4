/**
 * `npm run screenshots`: PNGs of the real built extension (card on an article page,
 * popup), light and dark, into docs/screenshots/. Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf } from '../tests/e2e/support/chromium';
import { markCentre, waitForCard, waitForMarks } from '../tests/e2e/support/probes';
import { startServer } from '../tests/e2e/support/server';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  const browser = await launchWithExtension();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.goto(`${server.origin}/article/000_b20129a4c843e593`);
      await waitForMarks(page, 10);
      const point = await markCentre(page, 'Waleri Gerassimow');
      await page.mouse.move(point.x, point.y);
      await waitForCard(page);
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(OUT, `card-${scheme}.png`) });

      const tabId = await tabIdOf(browser, page);
      const popup = await browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('li.entry').first().waitFor();
      await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`), fullPage: true });
      await popup.close();
      await page.close();
    }
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
