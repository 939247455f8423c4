/**
 * `npm run screenshots`: PNGs of the real built extension, light and dark, into
 * docs/screenshots/: the card on an article page, the popup, the dossier page (an
 * entry, an article with a cited quote marked, the timeline) and the options page.
 * Run `npm run build` first.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchWithExtension, tabIdOf } from '../tests/e2e/support/chromium';
import { markCentre, waitForCard, waitForMarks } from '../tests/e2e/support/probes';
import { startServer } from '../tests/e2e/support/server';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const ARTICLE = '000_b20129a4c843e593';
const QUOTE = 'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.';

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startServer();
  const browser = await launchWithExtension();
  const extension = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1100, height: 760 });
      await page.goto(`${server.origin}/article/${ARTICLE}`);
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
      await popup.goto(extension(`popup.html?tab=${tabId}`));
      await popup.locator('li.entry').first().waitFor();
      await popup.screenshot({ path: join(OUT, `popup-${scheme}.png`), fullPage: true });
      await popup.close();
      await page.close();

      const dossier = await browser.context.newPage();
      await dossier.emulateMedia({ colorScheme: scheme });
      await dossier.setViewportSize({ width: 1200, height: 860 });
      await dossier.goto(extension('dossier.html#entry=kursk'));
      await dossier.locator('main h1').waitFor();
      // The heading takes focus for keyboard users; the picture shows the page at rest.
      await dossier.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await dossier.screenshot({ path: join(OUT, `dossier-entry-${scheme}.png`) });
      await dossier.goto(extension(`dossier.html#article=${ARTICLE}&quote=${encodeURIComponent(QUOTE)}`));
      await dossier.locator('mark.quote').first().waitFor();
      await dossier.waitForTimeout(200);
      await dossier.screenshot({ path: join(OUT, `dossier-article-${scheme}.png`) });
      await dossier.goto(extension('dossier.html#timeline'));
      await dossier.locator('ol.timeline').waitFor();
      await dossier.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await dossier.screenshot({ path: join(OUT, `dossier-timeline-${scheme}.png`) });
      await dossier.close();

      const options = await browser.context.newPage();
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 900, height: 900 });
      await options.goto(extension('options.html'));
      await options.locator('button[name="export"]').waitFor();
      await options.screenshot({ path: join(OUT, `options-${scheme}.png`), fullPage: true });
      await options.close();
    }
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
