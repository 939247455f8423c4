/**
 * Figures of the real built extension: entry lookups over runtime messaging from one
 * of its own pages (the popup), with the service worker warm, and cold (stopped through
 * the DevTools protocol, then woken by the lookup itself).
 */
import type { CDPSession, Page } from 'playwright-core';
import { percentile, summarize, type Summary } from '../lib/stats';
import type { BenchSession } from './session';

export interface LookupFigures {
  /** p95 of sequential single-entry lookups, service worker running. */
  warm_p95_ms: number;
  warm_ms: Summary;
  warm_lookups: number;
  /** First lookup after the service worker was stopped: start-up, dossier store open, answer. */
  cold_ms: Summary;
}

interface RuntimeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Times `count` sequential getEntries lookups in the extension page, one id each, in turn. */
function timeLookups(page: Page, ids: readonly string[], count: number): Promise<number[]> {
  return page.evaluate(
    async ({ ids, count }) => {
      const runtime = (globalThis as unknown as RuntimeGlobal).chrome.runtime;
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        const id = ids[i % ids.length]!;
        const t0 = performance.now();
        const found = await runtime.sendMessage({ type: 'getEntries', ids: [id] });
        samples.push(performance.now() - t0);
        if (!Array.isArray(found) || found.length !== 1)
          throw new Error(`getEntries(${id}) answered ${JSON.stringify(found)}`);
      }
      return samples;
    },
    { ids, count },
  );
}

async function stopServiceWorkers(cdp: CDPSession): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const onVersions = (event: { versions: { runningStatus: string }[] }): void => {
      if (event.versions.every((version) => version.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', onVersions);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onVersions);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 2_000))]);
}

export async function measureLookups(
  session: BenchSession,
  ids: readonly string[],
  warmCount: number,
  coldRuns: number,
): Promise<LookupFigures> {
  if (ids.length === 0) throw new Error('no entry ids to look up');
  const page = await session.browser.context.newPage();
  const cdp = await session.browser.context.newCDPSession(page);
  try {
    await page.goto(`chrome-extension://${session.browser.extensionId}/popup.html`);
    await timeLookups(page, ids, 20); // warm-up: worker running, store open, code optimised
    const warm = await timeLookups(page, ids, warmCount);

    await cdp.send('ServiceWorker.enable');
    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      await stopServiceWorkers(cdp);
      await page.waitForTimeout(200);
      const [first] = await timeLookups(page, ids.slice(i % ids.length), 1);
      cold.push(first!);
    }
    return {
      warm_p95_ms: percentile(warm, 95),
      warm_ms: summarize(warm),
      warm_lookups: warm.length,
      cold_ms: summarize(cold),
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
