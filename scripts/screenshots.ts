/**
 * `npm run screenshots`: PNGs of the real built extension, light and dark, into
 * docs/screenshots/: the card on an article page, the popup, the dossier page (an
 * entry, an article with a cited quote marked, the timeline), the options page and the
 * first-run page; and the card's states: German and English pages, "More" open, a dark
 * page with a light system, 200 % browser zoom, CSS zoom on the page, a 400 px window.
 *
 * `npm run screenshots -- --store`: the store listing's pictures instead, 1280 × 800 each,
 * in a German and an English browser, into docs/store/screenshots/: the card, the popup
 * over the page it describes, a dossier entry, the settings; and the Chrome Web Store's
 * small promotional tile (440 × 280).
 *
 * Run `npm run build` first.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, tabIdOf } from '../tests/e2e/support/chromium';
import { clickInCard, markCentre, waitForCard, waitForMarks } from '../tests/e2e/support/probes';
import { startServer } from '../tests/e2e/support/server';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');
const STORE_OUT = join(import.meta.dirname, '..', 'docs', 'store', 'screenshots');
/** What both stores accept and show best. */
const STORE_SIZE = { width: 1280, height: 800 };
const ARTICLE = '000_b20129a4c843e593';
const QUOTE =
  'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.';

async function docsScreenshots(): Promise<void> {
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

      const welcome = await browser.context.newPage();
      await welcome.emulateMedia({ colorScheme: scheme });
      await welcome.setViewportSize({ width: 900, height: 900 });
      await welcome.goto(extension('welcome.html'));
      await welcome.locator('.card-preview').waitFor();
      await welcome.waitForTimeout(200);
      await welcome.screenshot({ path: join(OUT, `welcome-${scheme}.png`), fullPage: true });
      await welcome.close();
    }
    await cardStates(browser, server.origin);
    console.log(`screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Hovers `name` and pictures the page with its card (after the card's short fade-in). */
async function shootCard(page: Page, name: string, file: string): Promise<void> {
  await page.mouse.move(2, 2);
  const point = await markCentre(page, name);
  await page.mouse.move(point.x, point.y);
  await waitForCard(page);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(OUT, file) });
}

/** The card in the situations readers meet: light and dark pages, German and English, zoomed, narrow. */
async function cardStates(browser: Awaited<ReturnType<typeof launchWithExtension>>, origin: string): Promise<void> {
  const open = async (path: string, size: { width: number; height: number }, scheme: 'light' | 'dark' = 'light') => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(size);
    await page.goto(`${origin}${path}`);
    await waitForMarks(page, 2);
    return page;
  };
  const wide = { width: 1280, height: 800 };
  let page = await open(`/article/${ARTICLE}`, wide);
  await shootCard(page, 'Kursk', 'card-first-view-de.png');
  await clickInCard(page, 'more-toggle');
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(OUT, 'card-more-de.png') });
  await page.close();

  page = await open('/card/english.html', wide);
  await shootCard(page, 'Valery Gerasimov', 'card-first-view-en.png');
  await page.close();

  // A dark page read with a light system setting: the card follows the page.
  page = await open('/card/dark.html', wide, 'light');
  await shootCard(page, 'Waleri Gerassimow', 'card-dark-page.png');
  await page.close();

  // The browser zoomed to 200 %: half the CSS pixels, each twice as large.
  page = await open(`/article/${ARTICLE}`, { width: 640, height: 400 });
  const session = await page.context().newCDPSession(page);
  await session.send('Emulation.setDeviceMetricsOverride', {
    width: 640,
    height: 400,
    deviceScaleFactor: 2,
    mobile: false,
  });
  await shootCard(page, 'Waleri Gerassimow', 'card-zoom-200-1x.png');
  const { data } = (await session.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
  await writeFile(join(OUT, 'card-zoom-200.png'), Buffer.from(data, 'base64'));
  await rm(join(OUT, 'card-zoom-200-1x.png'));
  await session.detach();
  await page.close();

  // A page that sets CSS zoom on html.
  page = await open('/card/zoom-html.html', { width: 1000, height: 700 });
  await shootCard(page, 'Waleri Gerassimow', 'card-css-zoom.png');
  await page.close();

  page = await open(`/article/${ARTICLE}`, { width: 400, height: 800 });
  await shootCard(page, 'Kursk', 'card-narrow-400.png');
  await page.close();
}

/** The popup as the browser shows it: a panel under the toolbar, over the page it describes. */
async function popupOverPage(canvas: Page, pagePng: Buffer, popupPng: Buffer, file: string): Promise<void> {
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await canvas.setViewportSize(STORE_SIZE);
  await canvas.setContent(
    `<body style="margin:0;overflow:hidden">` +
      `<img src="${url(pagePng)}" style="display:block">` +
      `<img src="${url(popupPng)}" style="position:absolute;top:0;right:24px;border:1px solid #c8c4ba;` +
      `border-top:0;border-radius:0 0 8px 8px;box-shadow:0 8px 28px rgba(0,0,0,.28)">` +
      `</body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await canvas.screenshot({ path: file });
}

/** Chrome Web Store's required small promotional tile: the icon, the name, one line. */
const PROMO_TILE = { width: 440, height: 280 };
const PROMO_LINE = {
  de: 'Hintergrund zu den Namen in den Nachrichten, direkt im Artikel. Nichts verlässt Ihren Browser.',
  en: 'Background on the names in the news, right in the article. Nothing leaves your browser.',
} as const;

async function promoTile(canvas: Page, lang: 'de' | 'en', file: string): Promise<void> {
  const icon = await readFile(join(import.meta.dirname, '..', 'assets', 'icon', 'kontext.svg'), 'utf8');
  await canvas.setViewportSize(PROMO_TILE);
  await canvas.setContent(
    `<body style="margin:0;height:100vh;display:flex;flex-direction:column;justify-content:center;gap:18px;` +
      `padding:0 40px;box-sizing:border-box;background:#fffdf8;color:#1d1b16;font-family:system-ui,sans-serif">` +
      `<div style="display:flex;align-items:center;gap:18px">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(icon).toString('base64')}" width="76" height="76">` +
      `<span style="font-size:44px;font-weight:700;letter-spacing:.01em">Kontext</span></div>` +
      `<p style="margin:0;font-size:21px;line-height:1.35;color:#5b5648">${PROMO_LINE[lang]}</p></body>`,
  );
  await canvas.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  await canvas.screenshot({ path: file });
}

async function storeScreenshots(): Promise<void> {
  await mkdir(STORE_OUT, { recursive: true });
  const server = await startServer();
  try {
    for (const [locale, lang] of [
      ['de-DE', 'de'],
      ['en-US', 'en'],
    ] as const) {
      const browser = await launchWithExtension({ locale });
      const extension = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
      const out = (name: string) => join(STORE_OUT, `store-${name}-${lang}.png`);
      try {
        if (lang === 'en') {
          // The card speaks the page's language by default; an English reader of this German
          // article sets it to English, which is what the English listing shows.
          const settings = await browser.context.newPage();
          await settings.goto(extension('options.html'));
          await settings.locator('input[name="cardLanguage"][value="en"]').check();
          await settings.close();
        }
        const page = await browser.context.newPage();
        await page.setViewportSize(STORE_SIZE);
        await page.goto(`${server.origin}/article/${ARTICLE}`);
        await waitForMarks(page, 10);
        const pageAtRest = await page.screenshot();
        const point = await markCentre(page, 'Waleri Gerassimow');
        await page.mouse.move(point.x, point.y);
        await waitForCard(page);
        await page.waitForTimeout(200);
        await page.screenshot({ path: out('card') });

        const tabId = await tabIdOf(browser, page);
        const popup = await browser.context.newPage();
        // A low viewport: the full-page picture is then as tall as the popup's content.
        await popup.setViewportSize({ width: 360, height: 200 });
        await popup.goto(extension(`popup.html?tab=${tabId}`));
        await popup.locator('li.entry').first().waitFor();
        const popupPng = await popup.screenshot({ fullPage: true });
        await popupOverPage(popup, pageAtRest, popupPng, out('popup'));
        await popup.close();
        await page.close();

        const dossier = await browser.context.newPage();
        await dossier.setViewportSize(STORE_SIZE);
        await dossier.goto(extension('dossier.html#entry=kursk'));
        await dossier.locator('main h1').waitFor();
        await dossier.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await dossier.screenshot({ path: out('dossier') });
        await dossier.close();

        const options = await browser.context.newPage();
        await options.setViewportSize(STORE_SIZE);
        await options.goto(extension('options.html'));
        await options.locator('button[name="export"]').waitFor();
        await options.screenshot({ path: out('options') });
        await promoTile(options, lang, out('tile'));
        await options.close();
      } finally {
        await browser.close();
      }
    }
    console.log(`store screenshots (${STORE_SIZE.width} × ${STORE_SIZE.height}) written to ${STORE_OUT}`);
  } finally {
    await server.close();
  }
}

await (process.argv.includes('--store') ? storeScreenshots() : docsScreenshots());
