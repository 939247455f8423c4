/**
 * Timings of behaviour the e2e tests check without timing it: the built extension in
 * Debian's Chromium, the test servers' pages. Moved here from the test suite (issue 16),
 * where they were bounds on a shared 2-core machine; here they are figures.
 *
 *   npm run bench:behaviour [-- --runs N] [--build]   (also run by `npm run bench`)
 *
 * - popup_ready_ms: the popup's navigation start to its rendered list (`main[data-ready-ms]`),
 *   for a tab whose page is marked.
 * - card_delay0_ms: hover delay 0, pointer onto a mark until the card's text is there (read
 *   through the DevTools protocol, which adds its own few ms).
 * - bigtext_drift_ms: a 100 ms page timer's lateness on a page with one 5 MB text node,
 *   once its marks are there.
 * - ticker: a page that rewrites itself every frame; script share of the main thread (every
 *   world) with Kontext active minus paused, and the page's frame gaps p50/p95 while active.
 * Writes `bench/behaviour-results.json` (not tracked).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { startHostileServer } from '../tests/e2e/fixtures/hostile/server';
import { launchWithExtension, tabIdOf } from '../tests/e2e/support/chromium';
import { cardText, markCentre, waitForCard, waitForMarks } from '../tests/e2e/support/probes';
import { setSettings } from '../tests/e2e/support/settings';
import { startServer } from '../tests/e2e/support/server';
import { percentile, round, summarize, type Summary } from './lib/stats';

const ARTICLE = '000_b20129a4c843e593';
const RESULTS_FILE = join(import.meta.dirname, 'behaviour-results.json');

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, build: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(values.runs));

function progress(text: string): void {
  process.stderr.write(`[bench:behaviour] ${text}\n`);
}

async function popupReady(page: Page, extensionId: string, tabId: number): Promise<number> {
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const ready = popup.locator('main[data-ready-ms]');
  await ready.waitFor({ timeout: 30_000 });
  const ms = Number(await ready.getAttribute('data-ready-ms'));
  await popup.close();
  return ms;
}

async function cardAtDelayZero(page: Page, name: string): Promise<number> {
  // Off any mark until the previous card is gone.
  const deadline = Date.now() + 10_000;
  do await page.mouse.move(1, 1);
  while ((await cardText(page)) !== null && Date.now() < deadline);
  const point = await markCentre(page, name);
  const start = Date.now();
  await page.mouse.move(point.x, point.y);
  await waitForCard(page, 10_000);
  return Date.now() - start;
}

function timerDrift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start - 100), 100);
      }),
  );
}

/** Script seconds per wall second and the page's frame gaps over `ms`, on the ticker page. */
async function tickerWindow(page: Page, ms: number): Promise<{ share: number; gaps: number[] }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const scriptSeconds = async () => {
    const { metrics } = (await session.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
  await page.evaluate(() => (window as unknown as { resetGaps(): void }).resetGaps());
  const before = await scriptSeconds();
  const wallStart = Date.now();
  await page.waitForTimeout(ms);
  const share = ((await scriptSeconds()) - before) / ((Date.now() - wallStart) / 1000);
  const gaps = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
  await session.detach();
  return { share, gaps };
}

async function main(): Promise<void> {
  if (values.build) {
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const server = await startServer();
  const hostile = await startHostileServer();
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/article/${ARTICLE}`);
    await waitForMarks(page, 10);
    const tabId = await tabIdOf(browser, page);

    progress(`popup: ${runs} opens`);
    const popupMs: number[] = [];
    for (let i = 0; i < runs; i++) popupMs.push(await popupReady(page, browser.extensionId, tabId));

    progress(`card at hover delay 0: ${runs} hovers`);
    await setSettings(browser.worker, { hoverDelayMs: 0 });
    await page.bringToFront();
    const cardMs: number[] = [];
    for (let i = 0; i < runs; i++) cardMs.push(await cardAtDelayZero(page, i % 2 ? 'Pjöngjang' : 'Kim Jong-un'));
    await setSettings(browser.worker, { hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs });

    progress(`5 MB text node: ${Math.min(runs, 3)} loads`);
    const drift: number[] = [];
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const big = await browser.context.newPage();
      await big.goto(`${hostile.origin}/hostile/bigtext.html`);
      const named = await big.evaluate(() => (window as unknown as { __named: number }).__named);
      await waitForMarks(big, named * 2);
      drift.push(await timerDrift(big));
      await big.close();
    }

    progress('ticker: 3 s active, 3 s paused');
    const ticker = await browser.context.newPage();
    await ticker.goto(`${hostile.origin}/hostile/ticker.html`);
    await waitForMarks(ticker, 2);
    await ticker.evaluate(() => ((window as unknown as { __heavy: boolean }).__heavy = true));
    const active = await tickerWindow(ticker, 3_000);
    await setSettings(browser.worker, { paused: true });
    await ticker.waitForFunction(() => [...CSS.highlights.keys()].every((name) => !name.startsWith('kontext-')));
    const paused = await tickerWindow(ticker, 3_000);
    await setSettings(browser.worker, { paused: false });

    const results: Record<string, Summary | number> = {
      popup_ready_ms: summarize(popupMs),
      card_delay0_ms: summarize(cardMs),
      bigtext_drift_ms: summarize(drift),
      ticker_share_over_paused: round(active.share - paused.share, 3),
      ticker_gap_p50_ms: percentile(active.gaps, 50),
      ticker_gap_p95_ms: percentile(active.gaps, 95),
      ticker_frames_active_per_paused: round(active.gaps.length / Math.max(1, paused.gaps.length), 2),
    };
    console.log('| figure | median | min | max | runs |\n| --- | --- | --- | --- | --- |');
    for (const [name, value] of Object.entries(results)) {
      if (typeof value === 'number') console.log(`| ${name} | ${value} | | | 1 |`);
      else console.log(`| ${name} | ${value.median} | ${value.min} | ${value.max} | ${value.runs} |`);
    }
    writeFileSync(RESULTS_FILE, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`);
  } finally {
    await browser.close();
    await hostile.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
