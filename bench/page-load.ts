/**
 * The page-load figure (issue 15): what the built extension adds to a page a reader
 * opens, against the same Chromium without it, and optionally an older build side by
 * side. Part of `npm run bench`; runnable alone as `npm run bench:load`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../tests/e2e/support/chromium';
import {
  measurePageLoad,
  type Clock,
  type LoadBenchResults,
  type LoadPage,
  type Variant,
} from './browser/load-figures';
import { startBenchServer, type BenchServer } from './browser/server';
import { articlePage } from './corpus/article-page';
import { loadBenchDossier } from './corpus/dossier';
import { framedDocument, iframesPage, noMentionPage } from './corpus/quiet-pages';
import { loadSavedPages } from './corpus/saved-pages';
import { figuresTable, pageLoadTable, targetsTable, type LoadTableRow, type Row, type Target } from './lib/report';

export const IFRAMES = 20;

export interface PageLoadOptions {
  pagesDir: string | undefined;
  runs: number;
  /** The build measured ('new'). */
  extensionDir: string;
  /** An older build measured alongside ('old'). */
  compareDir: string | undefined;
  /** Also measure 'floor': an extension whose content script is empty, injected like Kontext's. */
  floor: boolean;
  clock: Clock;
  hovers: number;
}

export const PAGE_LOAD_DEFAULTS: Omit<PageLoadOptions, 'pagesDir'> = {
  runs: 5,
  extensionDir: EXTENSION_DIR,
  compareDir: undefined,
  floor: false,
  clock: 'cpu',
  hovers: 20,
};

/** The options `npm run bench` and `npm run bench:load` share (parseArgs shape). */
export const PAGE_LOAD_ARGS = {
  'load-runs': { type: 'string' },
  extension: { type: 'string' },
  compare: { type: 'string' },
  floor: { type: 'boolean' },
  clock: { type: 'string' },
  hovers: { type: 'string' },
} as const;

function wholeNumber(value: string | undefined, name: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} needs a whole number ≥ ${min}`);
  return n;
}

export function pageLoadOptions(values: {
  pages?: string;
  'load-runs'?: string;
  extension?: string;
  compare?: string;
  floor?: boolean;
  clock?: string;
  hovers?: string;
}): PageLoadOptions {
  const clock = values.clock ?? PAGE_LOAD_DEFAULTS.clock;
  if (clock !== 'cpu' && clock !== 'wall') throw new Error('--clock is cpu (main-thread CPU time) or wall');
  return {
    pagesDir: values.pages,
    runs: wholeNumber(values['load-runs'], '--runs', PAGE_LOAD_DEFAULTS.runs, 1),
    extensionDir: values.extension ?? PAGE_LOAD_DEFAULTS.extensionDir,
    compareDir: values.compare,
    floor: values.floor ?? false,
    clock,
    hovers: wholeNumber(values.hovers, '--hovers', PAGE_LOAD_DEFAULTS.hovers, 1),
  };
}

export interface PageLoadReport {
  results: LoadBenchResults & {
    extension_dir: string;
    compare_dir: string | undefined;
    pages_dir: string | undefined;
    targets: Target[];
  };
  text: string;
}

/** The bench's own pages at /no-mentions, /article, /iframes (and its frames at /frame/N). */
export function publishBenchPages(server: BenchServer, fullNames: Parameters<typeof articlePage>[0]): void {
  server.put('/no-mentions', noMentionPage());
  server.put('/article', articlePage(fullNames));
  server.put(
    '/iframes',
    iframesPage(IFRAMES, (i) => `/frame/${i}`),
  );
  for (let i = 0; i < IFRAMES; i++) server.put(`/frame/${i}`, framedDocument(i));
}

export async function runPageLoadBench(
  options: PageLoadOptions,
  progress: (step: string) => void,
): Promise<PageLoadReport> {
  progress('page load: building the pages');
  const dossier = await loadBenchDossier();
  const savedPages = options.pagesDir ? await loadSavedPages(options.pagesDir) : [];
  const server = await startBenchServer();
  const floorDir = options.floor ? await floorExtension(options.extensionDir) : undefined;
  try {
    publishBenchPages(server, dossier.fullNames);
    savedPages.forEach((page, i) => server.put(`/saved/${i}`, page.body, 'text/html'));
    const pages: LoadPage[] = [
      { name: 'no mentions', kind: 'no-mentions', path: '/no-mentions' },
      { name: 'article (on topic)', kind: 'article', path: '/article' },
      { name: `${IFRAMES} iframes, no mentions`, kind: 'iframes', path: '/iframes' },
      ...savedPages.map((page, i): LoadPage => ({ name: page.name, kind: 'saved', path: `/saved/${i}` })),
    ];
    const variants: Variant[] = [
      { name: 'none', extensionDir: null },
      { name: 'new', extensionDir: options.extensionDir },
      ...(options.compareDir ? [{ name: 'old', extensionDir: options.compareDir }] : []),
      ...(floorDir ? [{ name: 'floor', extensionDir: floorDir, empty: true }] : []),
    ];
    const results = await measurePageLoad({
      server,
      variants,
      pages,
      runs: options.runs,
      clock: options.clock,
      articlePath: '/article',
      hovers: options.hovers,
      progress,
    });
    const targets = pageLoadTargets(results);
    return {
      results: {
        ...results,
        extension_dir: options.extensionDir,
        compare_dir: options.compareDir,
        pages_dir: options.pagesDir,
        targets,
      },
      text: pageLoadText(results, targets),
    };
  } finally {
    await server.close();
    if (floorDir) await rm(floorDir, { recursive: true, force: true });
  }
}

/**
 * What any content script costs before it does anything: the measured build's content
 * script entries (matches, frames, timing) with an empty script, and an empty service
 * worker. The part of a figure below this is out of Kontext's code's reach.
 */
async function floorExtension(extensionDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Record<string, unknown>[];
  };
  const dir = await mkdtemp(join(tmpdir(), 'kontext-floor-'));
  const contentScripts = (manifest.content_scripts ?? []).map((entry) => ({
    ...entry,
    css: undefined,
    js: ['empty.js'],
  }));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Kontext floor (empty content script)',
      version: '0.0.1',
      background: { service_worker: 'empty.js' },
      content_scripts: contentScripts,
    }),
  );
  await writeFile(join(dir, 'empty.js'), '');
  return dir;
}

/** Issue 15's targets, for the build measured ('new'). */
function pageLoadTargets(results: LoadBenchResults): Target[] {
  const page = (kind: LoadPage['kind']) => results.pages.find((p) => p.kind === kind);
  const targets: Target[] = [];
  const quiet = page('no-mentions')?.extra.new;
  const article = page('article')?.extra.new;
  if (quiet) {
    const js = page('no-mentions')!.variants.new!.kontext_js_ms.median;
    targets.push({ name: 'no mentions: script', rule: 'Kontext JS ≤ 2 ms', value: js, pass: js <= 2 });
    targets.push({
      name: 'no mentions: heap',
      rule: 'extra heap ≤ 0.3 MB',
      value: quiet.heap_mb.median,
      pass: quiet.heap_mb.median <= 0.3,
    });
  }
  if (article) {
    const js = page('article')!.variants.new!.kontext_js_ms.median;
    targets.push({ name: 'article: script', rule: 'Kontext JS ≤ 8 ms', value: js, pass: js <= 8 });
    targets.push({
      name: 'article: heap',
      rule: 'extra heap ≤ 1 MB',
      value: article.heap_mb.median,
      pass: article.heap_mb.median <= 1,
    });
  }
  const first = results.first_marks.new;
  if (first)
    targets.push({
      name: 'first marks',
      rule: 'DOMContentLoaded → first marks ≤ 50 ms (worker running)',
      value: first.warm.median,
      pass: first.warm.median <= 50,
    });
  const frame = results.per_iframe?.new;
  if (frame) {
    targets.push({
      name: 'per iframe: script',
      rule: 'Kontext JS ≤ 0.5 ms',
      value: frame.kontext_js_ms,
      pass: frame.kontext_js_ms <= 0.5,
    });
    targets.push({ name: 'per iframe: heap', rule: '≤ 0.1 MB', value: frame.heap_mb, pass: frame.heap_mb <= 0.1 });
  }
  // Attributable: more long tasks (or long frames) with the extension than without, at the median.
  const more = (p: (typeof results.pages)[number], key: 'long_tasks' | 'long_frames') =>
    (p.variants.new?.[key].median ?? 0) - (p.variants.none?.[key].median ?? 0);
  const worst = Math.max(0, ...results.pages.map((p) => Math.max(more(p, 'long_tasks'), more(p, 'long_frames'))));
  targets.push({
    name: 'no long task of Kontext',
    rule: 'long tasks and long frames, with − without ≤ 0 on every page (medians)',
    value: worst,
    pass: worst <= 0,
  });
  const hover = results.hover.new;
  if (hover?.dwell_end_to_painted_p95_ms != null) {
    targets.push({
      name: 'hover',
      rule: 'dwell end → painted card p95 ≤ 16 ms',
      value: hover.dwell_end_to_painted_p95_ms,
      pass: hover.dwell_end_to_painted_p95_ms <= 16,
    });
  }
  return targets;
}

function pageLoadText(results: LoadBenchResults, targets: Target[]): string {
  const builds = results.variants.filter((v) => v.extensionDir !== null).map((v) => v.name);
  const rows: LoadTableRow[] = results.pages.map((p) => ({
    page: p.page,
    frames: p.frames,
    marks: Object.fromEntries(builds.map((b) => [b, p.variants[b]?.marks ?? 0])),
    kontextJs: Object.fromEntries(builds.flatMap((b) => (p.variants[b] ? [[b, p.variants[b].kontext_js_ms]] : []))),
    extra: p.extra,
    longTasks: Object.fromEntries(
      Object.entries(p.variants).map(([name, v]) => [
        name,
        { tasks: v.long_tasks, frames: v.long_frames, blocking: v.blocking_ms },
      ]),
    ),
    timeouts: Object.values(p.variants).reduce((sum, v) => sum + v.timeouts, 0),
  }));
  const clock = results.clock === 'cpu' ? 'main-thread CPU time' : 'wall time';
  const figures: Row[] = [];
  for (const b of builds) {
    const frame = results.per_iframe?.[b];
    if (frame) {
      figures.push({
        figure: `${b}: per iframe, Kontext JS`,
        value: frame.kontext_js_ms,
        unit: 'ms',
        note: `(${frame.iframes} iframes page − no-mention page) / ${frame.iframes}`,
      });
      figures.push({ figure: `${b}: per iframe, extra task`, value: frame.task_ms, unit: 'ms' });
      figures.push({ figure: `${b}: per iframe, extra heap`, value: frame.heap_mb, unit: 'MB' });
    }
    const start = results.pages.find((p) => p.kind === 'article')?.variants[b]?.kontext_start_ms;
    if (start && Number.isFinite(start.median)) {
      figures.push({
        figure: `${b}: Kontext's first JS after DOMContentLoaded`,
        value: start,
        unit: 'ms',
        note: "article page, profiled loads: Chrome's document_idle wait, then start-up",
      });
    }
    const first = results.first_marks[b];
    if (first) {
      figures.push({
        figure: `${b}: first marks after DOMContentLoaded`,
        value: first.warm,
        unit: 'ms',
        note: `service worker running; load event ${first.dcl_to_load_ms.median} ms after DOMContentLoaded${first.missing ? `; ${first.missing} runs without marks` : ''}`,
      });
      figures.push({
        figure: `${b}: first marks, worker stopped`,
        value: first.cold_worker,
        unit: 'ms',
        note: 'service worker stopped before the load',
      });
    }
    const hover = results.hover[b];
    if (hover) {
      if (hover.dwell_end_to_painted_ms) {
        figures.push({
          figure: `${b}: hover dwell end → painted card`,
          value: hover.dwell_end_to_painted_ms,
          unit: 'ms',
          note: `p95 ${hover.dwell_end_to_painted_p95_ms} ms over ${hover.hovers}; first hover ${hover.first_dwell_end_to_painted_ms} ms`,
        });
      } else {
        figures.push({
          figure: `${b}: hover dwell end → painted card`,
          value: NaN,
          unit: 'ms',
          note: 'this build sets no dwell-end mark',
        });
      }
      figures.push({
        figure: `${b}: hover pointer → painted card`,
        value: hover.pointer_to_painted_ms,
        unit: 'ms',
        note: 'includes the dwell (hover delay setting)',
      });
    }
  }
  const warnings = rows.some((r) => r.timeouts > 0)
    ? '\n⚠n: n loads never went quiet and were measured at the settle time-out.\n'
    : '';
  const wrongMarks = results.pages.filter(
    (p) => (p.kind === 'no-mentions' || p.kind === 'iframes') && builds.some((b) => (p.variants[b]?.marks ?? 0) > 0),
  );
  const marksWarning =
    wrongMarks.length > 0
      ? `\n⚠ pages meant to mention nothing got marks: ${wrongMarks.map((p) => p.page).join(', ')}\n`
      : '';
  return [
    `page load: Kontext JS = CPU-profile time in the extension's scripts (and what they call), per load; extra = with − without per round ` +
      `(task time: ${clock}); median (min–max) of ${results.runs} rounds; long tasks · long animation frames (their blocking time), medians:`,
    '',
    pageLoadTable(rows, builds),
    warnings + marksWarning,
    figuresTable(figures),
    '',
    targetsTable(targets),
  ].join('\n');
}

export const RESULTS_FILE = join(import.meta.dirname, 'results.json');
