/**
 * What Kontext costs a page a reader opens: the built extension against the same Chromium
 * without it (and optionally an older build), each page loaded fresh, the variants
 * alternating, the DevTools protocol's Performance metrics read once the page settled.
 * Plus, through the built extension only: the first marks after DOMContentLoaded, and
 * dwell end to painted card.
 *
 * Every variant is its own browser (own profile), launched with the same flags; pages
 * come from one 127.0.0.1 server and every other request is refused.
 */
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { UI_HOST_TAG } from '../../src/content/collect-text';
import { launchWithExtension, launchWithoutExtension } from '../../tests/e2e/support/chromium';
import {
  attributeProfile,
  isQuiet,
  pairedExtra,
  rotatedOrder,
  type CpuProfile,
  type ProfileTimes,
  type TaskSample,
} from '../lib/load-stats';
import { percentile, round, summarize, type Summary } from '../lib/stats';
import type { BenchServer } from './server';
import { onlyLocalhost } from './session';

/** The name hover-controller.ts puts on the page's performance timeline when the dwell ends. */
const DWELL_END_MARK = 'kontext:dwell-end';

/** `threadTicks`: main-thread CPU time (steady on a shared machine); `timeTicks`: wall time. */
export type Clock = 'cpu' | 'wall';

export interface Variant {
  /** 'none' (no extension), 'new' (the build measured), 'old' (`--compare`). */
  name: string;
  extensionDir: string | null;
  /** An extension whose content script does nothing ('floor'): no marks, no card to time. */
  empty?: boolean;
}

export interface VariantBrowser {
  variant: Variant;
  context: BrowserContext;
  close(): Promise<void>;
}

export interface LoadPage {
  /** Shown in the table. */
  name: string;
  kind: 'no-mentions' | 'article' | 'iframes' | 'saved';
  path: string;
}

/** What one fresh load of one page cost, read after it settled. */
export interface LoadSample {
  /**
   * From a separate, profiled load of the same round (a profiler slows a cold load down, so
   * the other figures come from an unprofiled one): sampled time in the extension's scripts
   * and what they called; the page's own scripts; garbage collection (anyone's). 0 without the extension.
   */
  kontext_js_ms: number;
  page_js_ms: number;
  gc_ms: number;
  /** Profiled load: DOMContentLoaded to the first sample in the extension's scripts (Chrome's document_idle wait and start-up). */
  kontext_start_ms: number;
  /** Performance.getMetrics ScriptDuration: top-level script runs only, no promise continuations (see method). */
  script_duration_ms: number;
  task_ms: number;
  heap_mb: number;
  long_tasks: number;
  long_task_ms: number;
  /** Long animation frames (≥ 50 ms from the first task to paint) and their blocking time. */
  long_frames: number;
  blocking_ms: number;
  /** Kontext's ranges over all frames (0 without the extension). */
  marks: number;
  frames: number;
  /** Frames in which Kontext's isolated world appeared (0 without the extension). */
  kontext_frames: number;
  /** From navigation start to settled, ms (how long the harness waited, not a cost). */
  settle_ms: number;
  settled: 'quiet' | 'timeout';
}

export interface VariantFigures {
  kontext_js_ms: Summary;
  page_js_ms: Summary;
  gc_ms: Summary;
  kontext_start_ms: Summary;
  script_duration_ms: Summary;
  task_ms: Summary;
  heap_mb: Summary;
  long_tasks: Summary;
  long_task_ms: Summary;
  long_frames: Summary;
  blocking_ms: Summary;
  marks: number;
  /** Loads that hit the settle time-out (the page never went quiet; measured anyway). */
  timeouts: number;
}

export interface PageLoadFigures {
  page: string;
  kind: LoadPage['kind'];
  frames: number;
  variants: Record<string, VariantFigures>;
  /** Per build: its sample minus the same round's sample without the extension. */
  extra: Record<string, ExtraFigures>;
}

export interface ExtraFigures {
  task_ms: Summary;
  heap_mb: Summary;
  script_duration_ms: Summary;
  long_frames: Summary;
}

export interface FirstMarksFigures {
  /** Service worker running (a page opened while browsing). */
  warm: Summary;
  /** Service worker stopped before the load (the first page after the browser idled 30 s). */
  cold_worker: Summary;
  /** Runs where no mark appeared within the time-out. */
  missing: number;
  /** DOMContentLoaded to the load event (context: Chrome injects document_idle scripts after DOMContentLoaded, at the latest near load). */
  dcl_to_load_ms: Summary;
}

export interface HoverThroughExtension {
  /**
   * The dwell's end (the content script's mark: the start of the animation frame the dwell ends
   * in; in builds before that, the dwell timer's task) to the task after the frame that painted the card.
   */
  dwell_end_to_painted_ms: Summary | null;
  dwell_end_to_painted_p95_ms: number | null;
  /** Every counted hover's figure, in order (a slow one shows whether it is a stall or a frame late). */
  dwell_end_to_painted_samples_ms: number[];
  /** Pointer arrived on the mark to painted: includes the dwell (settings' hover delay). */
  pointer_to_painted_ms: Summary;
  /** The first hover of the page, on its own (card host set-up, entry fetch, if not done ahead). */
  first_dwell_end_to_painted_ms: number | null;
  hovers: number;
}

export interface LoadBenchOptions {
  server: BenchServer;
  variants: Variant[];
  pages: LoadPage[];
  /** Kept runs per page and variant; one more is loaded first and discarded. */
  runs: number;
  clock: Clock;
  /** The on-topic article page: first marks and hover run on it. */
  articlePath: string;
  hovers: number;
  progress: (step: string) => void;
}

export interface LoadBenchResults {
  clock: Clock;
  runs: number;
  variants: Variant[];
  pages: PageLoadFigures[];
  /** Per build: (iframes page − no-mention page) / frames added. */
  per_iframe: Record<string, { kontext_js_ms: number; task_ms: number; heap_mb: number; iframes: number }> | undefined;
  first_marks: Record<string, FirstMarksFigures>;
  hover: Record<string, HoverThroughExtension>;
  method: Record<string, string>;
}

/**
 * Settled: the main thread spent under QUIET_BUDGET_MS (+ per frame) on tasks over
 * QUIET_WINDOW_MS. Each poll is itself a renderer task (~0.3 ms): the budget allows for the
 * polls in a window, and each sample's task time is corrected for its own polls.
 */
const QUIET_WINDOW_MS = 600;
const QUIET_BUDGET_MS = 1.5;
const QUIET_BUDGET_PER_FRAME_MS = 0.1;
const QUIET_POLL_MS = 200;
const SETTLE_TIMEOUT_MS = 10_000;
/** Kontext's isolated world in every frame; after this, the load is measured as it is. */
const INJECTION_TIMEOUT_MS = 5_000;
const FIRST_MARKS_TIMEOUT_MS = 10_000;
/** CPU profile sampling interval (µs): fine enough for a 2 ms figure, light enough not to distort it much. */
const PROFILE_INTERVAL_US = 200;

export async function openVariant(variant: Variant): Promise<VariantBrowser> {
  const browser = variant.extensionDir
    ? await launchWithExtension({ extensionDir: variant.extensionDir })
    : await launchWithoutExtension();
  try {
    await onlyLocalhost(browser.context);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { variant, context: browser.context, close: browser.close };
}

type Metrics = Record<string, number>;

async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/**
 * A function's source as a script to run in a page or world, called with `args`. tsx
 * (esbuild, keepNames) wraps named inner functions in `__name(...)`, which exists only
 * in Node: the page gets a stand-in.
 */
function pageScript(fn: (...args: never[]) => unknown, ...args: unknown[]): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${args.map((a) => JSON.stringify(a)).join(', ')}); })()`;
}

/**
 * Registered before any page script (and before a content script): long tasks and long
 * animation frames of the whole load. Both: Chromium reports a long content-script task
 * as a long task, but not every long frame of a load (style and layout) as one.
 */
function longTaskObserver(): void {
  const seen = { tasks: [] as number[], frames: [] as number[] };
  (window as unknown as { __kontextBenchLongTasks: typeof seen }).__kontextBenchLongTasks = seen;
  const observe = (type: string, into: number[], value: (entry: PerformanceEntry) => number) => {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) into.push(value(entry));
      }).observe({ type });
    } catch {
      // Not supported here: the figure reads 0 on both sides.
    }
  };
  observe('longtask', seen.tasks, (entry) => entry.duration);
  observe(
    'long-animation-frame',
    seen.frames,
    (entry) => (entry as PerformanceEntry & { blockingDuration: number }).blockingDuration,
  );
}

/**
 * Top frame only: from the first frame on, looks at `CSS.highlights` (shared by the page
 * and Kontext's isolated world) every animation frame, and notes the first frame in which
 * a `kontext` highlight holds a range: the frame that paints the first marks.
 */
function firstMarksWatcher(timeoutMs: number): void {
  if (window !== window.top) return;
  const state = { at: null as number | null };
  (window as unknown as { __kontextBenchFirstMarks: typeof state }).__kontextBenchFirstMarks = state;
  const check = (now: number): void => {
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('kontext') && highlight.size > 0) {
        state.at = performance.now();
        return;
      }
    }
    if (now < timeoutMs) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Kontext's ranges in one frame, read through the shared highlight registry. */
function countMarks(): number {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('kontext')) count += highlight.size;
  return count;
}

interface CdpFrameTree {
  frame: { id: string; url: string };
  childFrames?: CdpFrameTree[];
}

function flattenFrames(tree: CdpFrameTree): { id: string; url: string }[] {
  return [tree.frame, ...(tree.childFrames ?? []).flatMap(flattenFrames)];
}

interface LoadedPage {
  page: Page;
  cdp: CDPSession;
  /** Frame ids in which Kontext's isolated world was created. */
  kontextFrames: Set<string>;
  kontextContexts: Map<string, number>;
  started: number;
}

/** A new tab, the Performance and Runtime domains on, `path` loaded to its load event. */
export async function openFresh(
  vb: VariantBrowser,
  origin: string,
  path: string,
  clock: Clock,
  initScripts: string[],
  profile = false,
): Promise<LoadedPage> {
  const page = await vb.context.newPage();
  try {
    const cdp = await vb.context.newCDPSession(page);
    const kontextFrames = new Set<string>();
    const kontextContexts = new Map<string, number>();
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; type?: string } | undefined;
      if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://') && aux.frameId) {
        kontextFrames.add(aux.frameId);
        kontextContexts.set(aux.frameId, context.id);
      }
    });
    await cdp.send('Performance.enable', { timeDomain: clock === 'cpu' ? 'threadTicks' : 'timeTicks' });
    await cdp.send('Runtime.enable');
    if (profile) {
      // Survives the navigation's switch of renderer process (the protocol restores it there).
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    for (const script of initScripts) await page.addInitScript(script);
    const started = Date.now();
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 60_000 });
    return { page, cdp, kontextFrames, kontextContexts, started };
  } catch (error) {
    await page.close().catch(() => {});
    throw error;
  }
}

/** Frames Kontext should run in: those served from the bench server (others were refused). */
async function servedFrames(cdp: CDPSession, origin: string): Promise<{ id: string; url: string }[]> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as unknown as { frameTree: CdpFrameTree };
  return flattenFrames(frameTree).filter((frame) => frame.url.startsWith(origin));
}

async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  pollMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return condition();
}

/**
 * Settled: Kontext's isolated world exists in every served frame (with the extension),
 * then the main thread went quiet (task time polled through the protocol, which adds no
 * script time of its own). Quiet, not a fixed sleep: a page that never goes quiet is
 * measured at the time-out and counted as such.
 */
export async function settle(
  loaded: LoadedPage,
  origin: string,
  withExtension: boolean,
): Promise<{ frames: number; settled: 'quiet' | 'timeout'; polls: number }> {
  const frames = await servedFrames(loaded.cdp, origin);
  if (withExtension) {
    await waitUntil(() => frames.every((frame) => loaded.kontextFrames.has(frame.id)), INJECTION_TIMEOUT_MS, 20);
  }
  const samples: TaskSample[] = [];
  const budget = QUIET_BUDGET_MS + QUIET_BUDGET_PER_FRAME_MS * frames.length;
  const quiet = await waitUntil(
    async () => {
      const metrics = await readMetrics(loaded.cdp);
      samples.push({ at: Date.now(), taskMs: (metrics.TaskDuration ?? 0) * 1000 });
      return isQuiet(samples, QUIET_WINDOW_MS, budget);
    },
    SETTLE_TIMEOUT_MS,
    QUIET_POLL_MS,
  );
  return { frames: frames.length, settled: quiet ? 'quiet' : 'timeout', polls: samples.length };
}

/** A profiled load: only where the time in scripts went. */
async function profileOnce(
  vb: VariantBrowser,
  origin: string,
  path: string,
  clock: Clock,
): Promise<ProfileTimes & { start_after_dcl_ms: number | null }> {
  const loaded = await openFresh(vb, origin, path, clock, [], true);
  try {
    await settle(loaded, origin, vb.variant.extensionDir !== null);
    const { profile } = (await loaded.cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const times = attributeProfile(profile, (url) => url.startsWith('chrome-extension://'));
    // Performance.getMetrics' DomContentLoaded is on the same monotonic clock as the profile (seconds there).
    const dcl = (await readMetrics(loaded.cdp)).DomContentLoaded;
    const start = times.first_own_us === null || !dcl ? null : round(times.first_own_us / 1000 - dcl * 1000);
    return { ...times, start_after_dcl_ms: start };
  } finally {
    await loaded.cdp.detach().catch(() => {});
    await loaded.page.close();
  }
}

async function loadOnce(vb: VariantBrowser, origin: string, path: string, clock: Clock): Promise<LoadSample> {
  const withExtension = vb.variant.extensionDir !== null;
  const loaded = await openFresh(vb, origin, path, clock, [pageScript(longTaskObserver)]);
  try {
    const { frames, settled, polls } = await settle(loaded, origin, withExtension);
    const settleMs = Date.now() - loaded.started;
    // Time before the forced collections (their cost is the harness's); a poll's own cost from back-to-back reads.
    const metrics = await readMetrics(loaded.cdp);
    const next = await readMetrics(loaded.cdp);
    const pollCostMs = Math.max(0, ((next.TaskDuration ?? 0) - (metrics.TaskDuration ?? 0)) * 1000);
    // Twice: objects freed by the first collection's finalizers go in the second.
    await loaded.cdp.send('HeapProfiler.collectGarbage');
    await loaded.cdp.send('HeapProfiler.collectGarbage');
    const heap = await readMetrics(loaded.cdp);
    const long = await loaded.page.evaluate(
      () =>
        (window as unknown as { __kontextBenchLongTasks?: { tasks: number[]; frames: number[] } })
          .__kontextBenchLongTasks ?? { tasks: [], frames: [] },
    );
    let marks = 0;
    if (withExtension) {
      for (const frame of loaded.page.frames()) marks += await frame.evaluate(countMarks).catch(() => 0);
    }
    return {
      kontext_js_ms: 0,
      page_js_ms: 0,
      gc_ms: 0,
      // Only a profiled load knows it (filled in by the round); unknown, not zero, otherwise.
      kontext_start_ms: NaN,
      script_duration_ms: round((metrics.ScriptDuration ?? 0) * 1000),
      task_ms: round((metrics.TaskDuration ?? 0) * 1000 - polls * pollCostMs),
      heap_mb: round((heap.JSHeapUsedSize ?? 0) / 2 ** 20),
      long_tasks: long.tasks.length,
      long_task_ms: round(long.tasks.reduce((sum, d) => sum + d, 0)),
      long_frames: long.frames.length,
      blocking_ms: round(long.frames.reduce((sum, d) => sum + d, 0)),
      marks,
      frames,
      kontext_frames: loaded.kontextFrames.size,
      settle_ms: settleMs,
      settled,
    };
  } finally {
    await loaded.cdp.detach().catch(() => {});
    await loaded.page.close();
  }
}

function variantFigures(samples: LoadSample[]): VariantFigures {
  // A profiled load may have no sample in the extension's scripts: its start is left out, not zero.
  const pick = (key: keyof LoadSample) => {
    const values = samples.map((s) => s[key] as number).filter(Number.isFinite);
    return summarize(values.length > 0 ? values : [NaN]);
  };
  return {
    kontext_js_ms: pick('kontext_js_ms'),
    page_js_ms: pick('page_js_ms'),
    gc_ms: pick('gc_ms'),
    kontext_start_ms: pick('kontext_start_ms'),
    script_duration_ms: pick('script_duration_ms'),
    task_ms: pick('task_ms'),
    heap_mb: pick('heap_mb'),
    long_tasks: pick('long_tasks'),
    long_task_ms: pick('long_task_ms'),
    long_frames: pick('long_frames'),
    blocking_ms: pick('blocking_ms'),
    marks: Math.max(...samples.map((s) => s.marks)),
    timeouts: samples.filter((s) => s.settled === 'timeout').length,
  };
}

async function measurePage(
  browsers: VariantBrowser[],
  origin: string,
  page: LoadPage,
  runs: number,
  clock: Clock,
): Promise<PageLoadFigures> {
  const samples = new Map<string, LoadSample[]>(browsers.map((b) => [b.variant.name, []]));
  // Round 0 warms each browser's caches for this page and is discarded.
  for (let round = 0; round <= runs; round++) {
    const order = rotatedOrder(browsers, round);
    const loads = new Map<string, LoadSample>();
    for (const vb of order) loads.set(vb.variant.name, await loadOnce(vb, origin, page.path, clock));
    for (const vb of order) {
      // Without the extension, or with an empty script, there is no extension script to profile.
      if (vb.variant.extensionDir === null || vb.variant.empty) continue;
      const js = await profileOnce(vb, origin, page.path, clock);
      Object.assign(loads.get(vb.variant.name)!, {
        kontext_js_ms: js.own_ms,
        page_js_ms: js.other_ms,
        gc_ms: js.gc_ms,
        kontext_start_ms: js.start_after_dcl_ms ?? NaN,
      });
    }
    if (round > 0) for (const [name, sample] of loads) samples.get(name)!.push(sample);
  }
  const variants: Record<string, VariantFigures> = {};
  for (const [name, list] of samples) variants[name] = variantFigures(list);
  const without = samples.get('none')!;
  const extra: PageLoadFigures['extra'] = {};
  for (const [name, list] of samples) {
    if (name === 'none') continue;
    const paired = (key: keyof LoadSample) =>
      pairedExtra(
        list.map((s) => s[key] as number),
        without.map((s) => s[key] as number),
      );
    extra[name] = {
      task_ms: paired('task_ms'),
      heap_mb: paired('heap_mb'),
      script_duration_ms: paired('script_duration_ms'),
      long_frames: paired('long_frames'),
    };
  }
  return { page: page.name, kind: page.kind, frames: without[0]?.frames ?? 0, variants, extra };
}

async function firstMarksOnce(
  vb: VariantBrowser,
  origin: string,
  path: string,
  coldWorker: boolean,
): Promise<{ marks: number | null; load: number }> {
  if (coldWorker) await stopServiceWorkers(vb.context);
  const loaded = await openFresh(vb, origin, path, 'wall', [pageScript(firstMarksWatcher, FIRST_MARKS_TIMEOUT_MS)]);
  try {
    const handle = await loaded.page.waitForFunction(
      (timeoutMs) => {
        const state = (window as unknown as { __kontextBenchFirstMarks?: { at: number | null } })
          .__kontextBenchFirstMarks;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        if (!state || !nav) return false;
        const times = { dcl: nav.domContentLoadedEventStart, load: nav.loadEventStart };
        if (state.at !== null) return { at: state.at, ...times };
        return performance.now() > timeoutMs ? { at: null, ...times } : false;
      },
      FIRST_MARKS_TIMEOUT_MS,
      { timeout: FIRST_MARKS_TIMEOUT_MS + 5_000, polling: 50 },
    );
    const { at, dcl, load } = (await handle.jsonValue()) as { at: number | null; dcl: number; load: number };
    return { marks: at === null ? null : round(at - dcl), load: round(load - dcl) };
  } finally {
    await loaded.cdp.detach().catch(() => {});
    await loaded.page.close();
  }
}

/** Stops the extension's service worker (as the browser does after 30 s idle) and waits until it is down. */
async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('ServiceWorker.enable');
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.every((version) => version.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, new Promise((resolve) => setTimeout(resolve, 2_000))]);
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

async function measureFirstMarks(
  browsers: VariantBrowser[],
  origin: string,
  path: string,
  runs: number,
): Promise<Record<string, FirstMarksFigures>> {
  const results: Record<string, FirstMarksFigures> = {};
  const samples = new Map<string, { warm: number[]; cold: number[]; load: number[]; missing: number }>(
    browsers.map((b) => [b.variant.name, { warm: [], cold: [], load: [], missing: 0 }]),
  );
  for (const coldWorker of [false, true]) {
    for (let round = 0; round <= runs; round++) {
      for (const vb of rotatedOrder(browsers, round)) {
        const { marks, load } = await firstMarksOnce(vb, origin, path, coldWorker);
        if (round === 0) continue;
        const list = samples.get(vb.variant.name)!;
        list.load.push(load);
        if (marks === null) list.missing++;
        else (coldWorker ? list.cold : list.warm).push(marks);
      }
    }
  }
  for (const [name, list] of samples) {
    if (list.warm.length === 0 || list.cold.length === 0) {
      // A build that marks nothing (e.g. an empty content script as a floor): no figure, said so.
      console.error(`  first marks (${name}): no marks appeared on the article page`);
      continue;
    }
    results[name] = {
      warm: summarize(list.warm),
      cold_worker: summarize(list.cold),
      missing: list.missing,
      dcl_to_load_ms: summarize(list.load),
    };
  }
  return results;
}

/**
 * Runs in Kontext's isolated world (through the protocol): arms a watcher that notes the
 * first pointer move, then, in every animation frame once the dwell-end mark is there, whether
 * Kontext's card is visible in its closed shadow root (reachable here through chrome.dom, as
 * for the extension itself); in the frame it first is, it notes the time and, in the task
 * after that frame's paint, resolves with the dwell-end mark's time.
 *
 * The check runs in a ResizeObserver callback, i.e. after every animation-frame callback and
 * the style and layout of that frame, not in the watcher's own animation-frame callback:
 * those run in the order they were requested, and the watcher requests the next frame's before
 * Kontext can (Kontext reveals in its callback of the frame the dwell ends in), so a check
 * there would see the card one frame late. The check (a walk over the card's elements) runs
 * only once the dwell has ended: before, it would add its own time to every frame.
 */
function armHoverWatch(dwellMark: string, hostTag: string, timeoutMs: number): void {
  type Result = { pointer: number | null; dwellEnd: number | null; painted: number | null };
  const chromeDom = (
    globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } }
  ).chrome.dom;
  const armed = performance.now();
  let pointer: number | null = null;
  const onMove = (event: PointerEvent) => {
    pointer ??= event.timeStamp;
  };
  document.addEventListener('pointermove', onMove, { capture: true, passive: true });
  const dwellEnd = (): number | null => {
    const marks = performance.getEntriesByName(dwellMark).filter((mark) => mark.startTime >= armed);
    return marks[marks.length - 1]?.startTime ?? null;
  };
  // Visible, sized and in the viewport: a card built ahead (hidden, transparent or off-screen) does not count.
  const cardVisible = (): boolean => {
    for (const host of document.querySelectorAll(hostTag)) {
      const root = chromeDom.openOrClosedShadowRoot(host);
      if (!root) continue;
      for (const el of root.querySelectorAll('*')) {
        if (el.childElementCount === 0) continue;
        const r = el.getBoundingClientRect();
        const inView =
          r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
        if (inView && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
      }
    }
    return false;
  };
  (globalThis as unknown as { __kontextBenchHover: Promise<Result> }).__kontextBenchHover = new Promise<Result>(
    (resolve) => {
      let done = false;
      const finish = (painted: number | null) => {
        done = true;
        document.removeEventListener('pointermove', onMove, { capture: true });
        resolve({ pointer, dwellEnd: dwellEnd(), painted });
      };
      // After this frame's animation-frame callbacks, style and layout: what this frame paints.
      const afterLayout = () => {
        if (done || pointer === null || dwellEnd() === null || !cardVisible()) return;
        done = true;
        // The task after this frame: its paint has happened.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => finish(performance.now());
        channel.port2.postMessage(null);
      };
      const frame = () => {
        if (done) return;
        if (performance.now() - armed > timeoutMs) {
          finish(null);
          return;
        }
        // A new observer's first observation is delivered in the frame it was created in.
        const observer = new ResizeObserver(() => {
          observer.disconnect();
          afterLayout();
        });
        observer.observe(document.documentElement);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
  );
}

/** The card is gone (no element of it visible in the viewport): the next hover starts from nothing shown. */
function cardHidden(hostTag: string): boolean {
  const chromeDom = (
    globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } } }
  ).chrome.dom;
  for (const host of document.querySelectorAll(hostTag)) {
    const root = chromeDom.openOrClosedShadowRoot(host);
    for (const el of root?.querySelectorAll('*') ?? []) {
      if (el.childElementCount === 0) continue;
      const r = el.getBoundingClientRect();
      const inView =
        r.width > 0 && r.height > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
      if (inView && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    }
  }
  return true;
}

/** Centres of Kontext's marks in the viewport (live ranges over the shared highlight registry). */
function markCentresInView(): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('kontext')) continue;
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const rect = live.getClientRects()[0];
      if (rect && rect.top > 40 && rect.bottom < innerHeight - 40 && rect.width > 4)
        points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
  }
  return points;
}

async function evaluateInKontext<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const reply = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (reply.exceptionDetails)
    throw new Error(
      `in Kontext's world: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`,
    );
  return reply.result.value as T;
}

export async function measureHoverThroughExtension(
  vb: VariantBrowser,
  origin: string,
  path: string,
  hovers: number,
  /** Where to write a DevTools trace of the counted hovers (diagnosis: `npm run bench:hover -- --trace FILE`). */
  traceFile?: string,
): Promise<HoverThroughExtension> {
  const loaded = await openFresh(vb, origin, path, 'wall', []);
  try {
    // The reader's tab is in front. A tab opened beside another one sometimes keeps a headless
    // window smaller (813 px high) than the emulated viewport (900 px): the compositor then skips
    // drawing it and lets through about one frame in 700 ms, and every hover waits for that one.
    await loaded.page.bringToFront();
    // Marks are painted slice by slice: wait for one in the viewport, not just for any mark.
    await loaded.page.waitForFunction(`(${markCentresInView.toString()})().length > 0`, undefined, {
      timeout: 15_000,
    });
    const [top] = await servedFrames(loaded.cdp, origin);
    const contextId = top ? loaded.kontextContexts.get(top.id) : undefined;
    if (contextId === undefined) throw new Error('hover: no Kontext isolated world in the top frame');
    const points = await loaded.page.evaluate(markCentresInView);
    if (points.length === 0) throw new Error('hover: no mark in the viewport of the article page');
    const dwellToPainted: number[] = [];
    const pointerToPainted: number[] = [];
    let first: number | null = null;
    // One more than counted: the first hover is reported on its own.
    for (let i = 0; i <= hovers; i++) {
      if (i === 1 && traceFile) await startTrace(loaded.cdp);
      const point = points[i % points.length]!;
      await loaded.page.mouse.move(5, 5);
      await waitUntil(
        () => evaluateInKontext<boolean>(loaded.cdp, contextId, pageScript(cardHidden, UI_HOST_TAG)),
        5_000,
        50,
      );
      await evaluateInKontext(loaded.cdp, contextId, pageScript(armHoverWatch, DWELL_END_MARK, UI_HOST_TAG, 5000));
      await loaded.page.mouse.move(point.x, point.y);
      const result = await evaluateInKontext<{
        pointer: number | null;
        dwellEnd: number | null;
        painted: number | null;
      }>(loaded.cdp, contextId, 'globalThis.__kontextBenchHover');
      if (result.painted === null || result.pointer === null)
        throw new Error(`hover ${i}: no card painted within 5 s at ${point.x},${point.y}`);
      const dwell = result.dwellEnd === null ? null : result.painted - result.dwellEnd;
      if (i === 0) {
        first = dwell;
        continue;
      }
      if (dwell !== null) dwellToPainted.push(dwell);
      pointerToPainted.push(result.painted - result.pointer);
    }
    if (traceFile) await endTrace(loaded.cdp, traceFile);
    return {
      dwell_end_to_painted_ms: dwellToPainted.length > 0 ? summarize(dwellToPainted) : null,
      dwell_end_to_painted_p95_ms: dwellToPainted.length > 0 ? percentile(dwellToPainted, 95) : null,
      dwell_end_to_painted_samples_ms: dwellToPainted.map((ms) => Math.round(ms * 10) / 10),
      pointer_to_painted_ms: summarize(pointerToPainted),
      first_dwell_end_to_painted_ms: first === null ? null : round(first),
      hovers,
    };
  } finally {
    await loaded.cdp.detach().catch(() => {});
    await loaded.page.close();
  }
}

/** The renderer's main thread, compositor and frame events, and user timing (the dwell-end mark). */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'toplevel',
  'cc',
  'viz',
];

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReturnAsStream',
  });
}

async function endTrace(cdp: CDPSession, file: string): Promise<void> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', ({ stream }) => resolve(stream!)),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle });
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle });
  await writeFile(file, chunks.join(''));
}

export async function measurePageLoad(options: LoadBenchOptions): Promise<LoadBenchResults> {
  const { server, variants, pages, runs, clock, progress } = options;
  if (!variants.some((v) => v.extensionDir === null))
    throw new Error('the page-load figure needs the variant without the extension');
  const browsers: VariantBrowser[] = [];
  try {
    for (const variant of variants) {
      progress(
        `launching Chromium: ${variant.name}${variant.extensionDir ? ` (${variant.extensionDir})` : ' (no extension)'}`,
      );
      browsers.push(await openVariant(variant));
    }
    const figures: PageLoadFigures[] = [];
    for (const [i, page] of pages.entries()) {
      progress(`page load ${i + 1}/${pages.length}: ${page.name} (${runs + 1} loads × ${browsers.length} browsers)`);
      try {
        figures.push(await measurePage(browsers, server.origin, page, runs, clock));
      } catch (error) {
        if (page.kind !== 'saved') throw error;
        console.error(`  ${page.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const withExtension = browsers.filter((b) => b.variant.extensionDir !== null && !b.variant.empty);
    progress('first marks on the article page (service worker running, then stopped)');
    const firstMarks = await measureFirstMarks(withExtension, server.origin, options.articlePath, runs);
    const hover: Record<string, HoverThroughExtension> = {};
    for (const vb of withExtension) {
      progress(`hover through the extension: ${vb.variant.name}`);
      if (!firstMarks[vb.variant.name]) continue;
      hover[vb.variant.name] = await measureHoverThroughExtension(
        vb,
        server.origin,
        options.articlePath,
        options.hovers,
      );
    }
    return {
      clock,
      runs,
      variants,
      pages: figures,
      per_iframe: perIframe(figures),
      first_marks: firstMarks,
      hover,
      method: {
        load:
          `each variant its own Chromium (same flags, own profile); per page ${runs} rounds after a discarded one, the variants in rotated order; ` +
          'a new tab per load; Performance.enable (' +
          (clock === 'cpu' ? 'threadTicks: main-thread CPU time' : 'timeTicks: wall time') +
          ') before navigating; ' +
          "settled = Kontext's isolated world present in every served frame, then task time under " +
          `${QUIET_BUDGET_MS} ms (+${QUIET_BUDGET_PER_FRAME_MS} per frame) over ${QUIET_WINDOW_MS} ms (time-out ${SETTLE_TIMEOUT_MS / 1000} s); ` +
          "then Performance.getMetrics: ScriptDuration, TaskDuration (less the polls' own cost, read back to back), and after HeapProfiler.collectGarbage ×2 " +
          'JSHeapUsedSize (the renderer isolate: ' +
          "the page's and Kontext's isolated worlds alike); extra = per round, with minus without, summarized",
        kontext_js:
          `V8 CPU profile of a separate load per round and build (Profiler.start before navigating, ${PROFILE_INTERVAL_US} µs sampling, wall time): samples whose nearest ` +
          "script frame is a chrome-extension:// script, i.e. Kontext's functions and the built-ins and DOM calls they make; GC and " +
          'style/layout are not in it (gc_ms: all GC of the profiled load; task figures). Performance.getMetrics ScriptDuration (script_duration_ms) is kept ' +
          'for reference only: it counts top-level script runs and callbacks but not promise continuations, where most of Kontext runs',
        long_tasks:
          'PerformanceObserver("longtask") and ("long-animation-frame") registered by an init script before any page or content script, ' +
          "top frame: counts, total long-task ms, and the frames' blocking time",
        first_marks:
          'an init script in the top frame checks CSS.highlights every animation frame from the first; first frame with a kontext range, ' +
          "performance.now() minus the navigation entry's domContentLoadedEventStart; fresh tab each run; warm: service worker running; " +
          'cold_worker: ServiceWorker.stopAllWorkers before the load',
        hover:
          "the built extension on the article page, its tab in front: pointer moved onto a mark in view (Playwright mouse); in Kontext's isolated world (DevTools " +
          'protocol), once the dwell-end mark is there, a ResizeObserver callback of every frame (after all animation-frame callbacks, style and layout) ' +
          'checks whether the card is visible in its closed shadow root (chrome.dom.openOrClosedShadowRoot); ' +
          `painted = the task after that frame; dwell end = the content script's "${DWELL_END_MARK}" performance mark ` +
          "(the start of the animation frame in which the dwell ends and the card is revealed; builds before the frame-aligned dwell: the dwell timer's task); " +
          "pointer to painted = the first pointermove event's timeStamp to painted (dwell included); first hover reported apart",
        per_iframe: '(extra on the iframes page − extra on the no-mention page) / iframes, medians',
      },
    };
  } finally {
    for (const vb of browsers) await vb.close().catch(() => {});
  }
}

function perIframe(figures: PageLoadFigures[]): LoadBenchResults['per_iframe'] {
  const quiet = figures.find((f) => f.kind === 'no-mentions');
  const framed = figures.find((f) => f.kind === 'iframes');
  if (!quiet || !framed || framed.frames <= quiet.frames) return undefined;
  const added = framed.frames - quiet.frames;
  const result: NonNullable<LoadBenchResults['per_iframe']> = {};
  for (const name of Object.keys(framed.extra)) {
    const a = framed.extra[name]!;
    const b = quiet.extra[name]!;
    const js = (page: PageLoadFigures) => page.variants[name]?.kontext_js_ms.median ?? 0;
    result[name] = {
      kontext_js_ms: round((js(framed) - js(quiet)) / added),
      task_ms: round((a.task_ms.median - b.task_ms.median) / added),
      heap_mb: round((a.heap_mb.median - b.heap_mb.median) / added),
      iframes: added,
    };
  }
  return result;
}
