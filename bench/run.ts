/**
 * `npm run bench`: builds the extension, then measures Kontext against the floor (reading
 * the page's text) and against mark.js / advanced-mark.js, all browser figures in one
 * Chromium session launched with the built extension. Prints markdown tables and writes
 * bench/results.json. No figure here is asserted anywhere in the test suite.
 *
 *   npm run bench [-- --pages DIR] [--no-build] [--markjs-runs N]
 *                 [--load-runs N] [--compare OLD_DIR] [--floor] [--extension DIR] [--clock cpu|wall] [--hovers N]
 *
 * The last line is the page-load figure's (bench/page-load.ts; alone: `npm run bench:load`):
 * --compare measures an older build beside this one, --floor an empty content script;
 * --extension replaces this build for it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR } from '../tests/e2e/support/chromium';
import { bundleInPageBench } from './browser/bundle';
import { measureLookups } from './browser/extension-figures';
import { measureHover, measureIncremental, measureSeed } from './browser/page-figures';
import { measureScan, type ScanFigures, type ScanRuns } from './browser/scan-figures';
import { openBenchSession } from './browser/session';
import { articlePage } from './corpus/article-page';
import { loadBenchDossier } from './corpus/dossier';
import { extraParagraphs, largePage } from './corpus/large-page';
import { loadSavedPages } from './corpus/saved-pages';
import { machineInfo } from './lib/machine';
import { figuresTable, pagesTable, targetsTable, type PageRow, type Row, type Target } from './lib/report';
import { round } from './lib/stats';
import { measureMatcher } from './node/matcher-throughput';
import { PAGE_LOAD_ARGS, pageLoadOptions, runPageLoadBench, type PageLoadOptions } from './page-load';
import { bundleSizes } from './sizes';

const RESULTS_FILE = join(import.meta.dirname, 'results.json');
const REPO_ROOT = join(import.meta.dirname, '..');

interface Options {
  pagesDir: string | undefined;
  build: boolean;
  markjsRuns: number;
  pageLoad: PageLoadOptions;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      pages: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'markjs-runs': { type: 'string', default: '1' },
      ...PAGE_LOAD_ARGS,
    },
    strict: true,
  });
  const markjsRuns = Number(values['markjs-runs']);
  if (!Number.isInteger(markjsRuns) || markjsRuns < 1) throw new Error('--markjs-runs needs a whole number ≥ 1');
  return { pagesDir: values.pages, build: !values['no-build'], markjsRuns, pageLoad: pageLoadOptions(values) };
}

const started = performance.now();
function progress(step: string): void {
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${step}`);
}

function buildExtension(): void {
  progress('npm run build');
  const result = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error('`npm run build` failed (output above); fix the build or run with --no-build on an existing one');
  }
}

/** The largest entry (most to render): the card figure is for the heaviest card. */
function heaviestEntry<T extends { id: string }>(entries: readonly T[]): T {
  const sorted = [...entries].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);
  if (!sorted[0]) throw new Error('the dossier has no entries');
  return sorted[0];
}

/** On the large page mark.js takes about a minute a run, so it runs `markjsRuns` times (default once). */
const LARGE_RUNS = (markjs: number): ScanRuns => ({
  bare: 9,
  kontext: 7,
  advanced: 5,
  markjs,
  libraryBudgetMs: 300_000,
});
const ARTICLE_RUNS: ScanRuns = { bare: 15, kontext: 15, advanced: 7, markjs: 5, libraryBudgetMs: 60_000 };
/** Saved pages: fewer runs, and a library run is stopped after 15 s (reported as a lower bound). */
const SAVED_RUNS: ScanRuns = { bare: 7, kontext: 5, advanced: 3, markjs: 1, libraryBudgetMs: 15_000 };

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) buildExtension();
  const sizes = bundleSizes(EXTENSION_DIR);

  progress('building the dossier and the pages');
  const dossier = await loadBenchDossier();
  const input = { aliasSets: dossier.aliasSets, kinds: dossier.kinds };
  const large = largePage(dossier.fullNames);
  const article = articlePage(dossier.fullNames);
  const savedPages = options.pagesDir ? await loadSavedPages(options.pagesDir) : [];

  progress('matcher throughput in Node');
  const matcher = measureMatcher(dossier.aliasSets, dossier.fullNames);

  progress('bundling the in-page bench');
  const benchScript = await bundleInPageBench();

  progress('launching Chromium with the extension');
  const session = await openBenchSession();
  const closeOnSignal = (): void => void session.close().finally(() => process.exit(130));
  process.once('SIGINT', closeOnSignal);
  process.once('SIGTERM', closeOnSignal);
  let largeScan: ScanFigures;
  let articleScan: ScanFigures;
  let incremental: Awaited<ReturnType<typeof measureIncremental>>;
  let hover: Awaited<ReturnType<typeof measureHover>>;
  let seed: Awaited<ReturnType<typeof measureSeed>>;
  let lookups: Awaited<ReturnType<typeof measureLookups>>;
  const pageRows: (PageRow & { figures: ScanFigures })[] = [];
  try {
    session.server.put('/large', large.html);
    session.server.put('/article', article);
    savedPages.forEach((page, i) => session.server.put(`/saved/${i}`, page.body, 'text/html'));

    progress(
      `large page (${(large.chars / 1e6).toFixed(2)} M chars): bare, Kontext, advanced-mark.js, mark.js ×${options.markjsRuns} (≈1 min a run)`,
    );
    largeScan = await measureScan(
      session,
      '/large',
      benchScript,
      input,
      dossier.aliasStrings,
      LARGE_RUNS(options.markjsRuns),
    );
    if (largeScan.text_nodes < 20_000 || largeScan.chars < 1_000_000) {
      throw new Error(
        `the large page has ${largeScan.text_nodes} text nodes and ${largeScan.chars} chars: fewer than the 20 000 / 1 MB it should`,
      );
    }
    progress('article page');
    articleScan = await measureScan(session, '/article', benchScript, input, dossier.aliasStrings, ARTICLE_RUNS);
    progress('incremental: 100 paragraphs appended to the scanned large page');
    incremental = await measureIncremental(
      session,
      '/large',
      benchScript,
      input,
      extraParagraphs(dossier.fullNames, 100),
      15,
    );
    progress('hover card');
    const entry = heaviestEntry(dossier.dossier.entries);
    const { names, articles } = dossier.matchIndex;
    hover = await measureHover(
      session,
      '/article',
      benchScript,
      { entry, lang: 'de', mentionsOnPage: 3, names, articles },
      20,
    );
    progress('IndexedDB seeding');
    seed = await measureSeed(session, '/article', benchScript, dossier.dossier, 7);
    progress('entry lookups over messaging (real extension)');
    lookups = await measureLookups(
      session,
      dossier.dossier.entries.map((entry) => entry.id),
      200,
      7,
    );
    for (const [i, page] of savedPages.entries()) {
      progress(`saved page ${i + 1}/${savedPages.length}: ${page.name}`);
      try {
        const figures = await measureScan(session, `/saved/${i}`, benchScript, input, dossier.aliasStrings, SAVED_RUNS);
        pageRows.push({
          page: page.name,
          bytes: page.bytes,
          text_nodes: figures.text_nodes,
          chars: figures.chars,
          marks: figures.kontext_marks,
          bare: figures.bare_ms.median,
          kontext: figures.kontext_ms.median,
          markjs: figures.markjs_ms.median,
          markjs_stopped: figures.markjs_ms.stopped,
          advanced: figures.advanced_markjs_ms.median,
          figures,
        });
      } catch (error) {
        console.error(`  ${page.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    process.off('SIGINT', closeOnSignal);
    process.off('SIGTERM', closeOnSignal);
    await session.close();
  }

  const targets: Target[] = [
    {
      name: 'scan near the floor',
      rule: 'kontext_ms ≤ 2 × bare_ms (large page)',
      value: largeScan.kontext_vs_bare,
      pass: largeScan.kontext_ms.median <= 2 * largeScan.bare_ms.median,
    },
    {
      name: 'far ahead of mark.js',
      rule: 'markjs_ms / kontext_ms ≥ 10',
      value: largeScan.markjs_vs_kontext,
      pass: largeScan.markjs_vs_kontext >= 10,
    },
    {
      name: 'ahead of advanced-mark.js',
      rule: 'kontext_ms < advanced_markjs_ms',
      value: largeScan.advanced_vs_kontext,
      pass: largeScan.kontext_ms.median < largeScan.advanced_markjs_ms.median,
    },
    { name: 'incremental', rule: 'incremental_ms ≤ 5', value: incremental.median, pass: incremental.median <= 5 },
    { name: 'hover', rule: 'hover_extra_ms ≤ 16', value: hover.median, pass: hover.median <= 16 },
    { name: 'lookup, warm', rule: 'lookup_p95_ms ≤ 5', value: lookups.warm_p95_ms, pass: lookups.warm_p95_ms <= 5 },
  ];

  progress('page load: the built extension against the same Chromium without it');
  const pageLoad = await runPageLoadBench(options.pageLoad, progress);

  const machine = machineInfo(session.chromiumVersion);
  const results = {
    machine,
    bare_ms: largeScan.bare_ms.median,
    kontext_ms: largeScan.kontext_ms.median,
    kontext_with_compile_ms: largeScan.kontext_with_compile_ms.median,
    compile_ms: largeScan.compile_ms.median,
    markjs_ms: largeScan.markjs_ms.median,
    advanced_markjs_ms: largeScan.advanced_markjs_ms.median,
    kontext_vs_bare: largeScan.kontext_vs_bare,
    markjs_vs_kontext: largeScan.markjs_vs_kontext,
    advanced_vs_kontext: largeScan.advanced_vs_kontext,
    incremental_ms: incremental.median,
    incremental_reappend_ms: incremental.reappend_ms.median,
    hover_extra_ms: hover.median,
    content_script_bytes: sizes.content_script.bytes,
    content_script_gzip_bytes: sizes.content_script.gzip_bytes,
    seed_ms: seed.median,
    lookup_p95_ms: lookups.warm_p95_ms,
    lookup_cold_ms: lookups.cold_ms.median,
    matcher_mb_per_s: matcher.real.mb_per_s,
    matcher_mb_per_s_500_aliases: matcher.synthetic_500.mb_per_s,
    targets,
    large_page: { generated: { chars: large.chars, html_bytes: Buffer.byteLength(large.html) }, ...largeScan },
    article_page: articleScan,
    incremental,
    hover,
    seed,
    lookup: lookups,
    bundle_sizes: sizes,
    matcher,
    saved_pages: options.pagesDir ? { dir: options.pagesDir, pages: pageRows } : undefined,
    page_load: pageLoad.results,
    method: {
      scan:
        'performance.now() in a plain page (a second, extension-free browser context) of the Chromium session ' +
        'launched with the built extension; synchronous work only for every contender (style/paint after it not counted); ' +
        'first run of each series discarded as warm-up (Kontext: first 3; mark.js on the large page: none, see runs)',
      kontext_ms:
        'new PageScanner(matcher, kinds).scanAll(body) + new HighlightLayer("underline").add(marks); matcher compiled beforehand (once per page in the content script); compile_ms and kontext_with_compile_ms separately',
      markjs:
        'mark.js 8.11.1 .mark(every alias of every entry, { acrossElements, separateWordSearch: false, diacritics: false }) on a fresh copy of the body each run',
      advanced_markjs:
        'advanced-mark.js 2.7.1 .mark(same terms, { acrossElements, separateWordSearch: false, diacritics: false, combinePatterns: true, cacheTextNodes: true })',
      incremental:
        'a freshly scanned large page each run; MutationObserver → scanner.applyMutations → layer.remove/add; from the append of 100 <p> to the marks registered; then removed and appended again (reappend)',
      hover: hover.method,
      seed: 'openDossierDB(fresh name) + DossierStore.seed(bundled dossier), as the background seeds, in a 127.0.0.1 page',
      lookup:
        'chrome.runtime.sendMessage({type:"getEntries", ids:[one id]}) from the real extension\'s popup page; cold: ServiceWorker.stopAllWorkers (CDP) before each timed lookup',
      matcher:
        "Node, scanDocument(paragraphs of ~1 M chars); real = the bundled dossier's alias sets; 500 synthetic names",
      sizes: 'gzip level 9',
    },
    runtime_s: round((performance.now() - started) / 1000, 1),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

  const rows = (scan: ScanFigures, page: string): Row[] => [
    {
      figure: `${page}: bare_ms`,
      value: scan.bare_ms,
      unit: 'ms',
      note: `${scan.text_nodes} text nodes, ${(scan.chars / 1e6).toFixed(2)} M chars`,
    },
    {
      figure: `${page}: kontext_ms`,
      value: scan.kontext_ms,
      unit: 'ms',
      note: `${scan.kontext_marks} marks in ${scan.blocks} blocks`,
    },
    { figure: `${page}: compile_ms`, value: scan.compile_ms, unit: 'ms' },
    { figure: `${page}: kontext_with_compile_ms`, value: scan.kontext_with_compile_ms, unit: 'ms' },
    { figure: `${page}: · collect blocks`, value: scan.kontext_split_ms.collect, unit: 'ms' },
    { figure: `${page}: · match`, value: scan.kontext_split_ms.match, unit: 'ms' },
    { figure: `${page}: · build StaticRanges`, value: scan.kontext_split_ms.mark, unit: 'ms' },
    { figure: `${page}: · register highlights`, value: scan.kontext_split_ms.register, unit: 'ms' },
    {
      figure: `${page}: markjs_ms`,
      value: scan.markjs_ms,
      unit: 'ms',
      note: `${scan.markjs_ms.marks} <mark>s${scan.markjs_ms.stopped ? ', stopped: lower bound' : ''}`,
    },
    {
      figure: `${page}: advanced_markjs_ms`,
      value: scan.advanced_markjs_ms,
      unit: 'ms',
      note: `${scan.advanced_markjs_ms.marks} <mark>s`,
    },
  ];
  const table = figuresTable([
    ...rows(largeScan, 'large'),
    ...rows(articleScan, 'article'),
    {
      figure: 'incremental_ms',
      value: incremental,
      unit: 'ms',
      note: `${incremental.paragraphs} paragraphs, ${incremental.marks_added} marks; applyMutations ${incremental.apply_mutations_ms.median} ms`,
    },
    {
      figure: 'incremental, re-append',
      value: incremental.reappend_ms,
      unit: 'ms',
      note: 'same paragraphs removed and appended again (freed slots reused)',
    },
    {
      figure: 'hover_extra_ms',
      value: hover,
      unit: 'ms',
      note: `entry ${hover.entry}; first show ${hover.first_show_ms} ms; render ${hover.render_ms.median} ms`,
    },
    { figure: 'seed_ms', value: seed, unit: 'ms', note: `${dossier.dossier.entries.length} entries` },
    {
      figure: 'lookup warm',
      value: lookups.warm_ms,
      unit: 'ms',
      note: `p95 ${lookups.warm_p95_ms} ms over ${lookups.warm_lookups}`,
    },
    { figure: 'lookup cold', value: lookups.cold_ms, unit: 'ms', note: 'service worker stopped first' },
    {
      figure: 'matcher (real aliases)',
      value: matcher.real.mb_per_s,
      unit: 'MB/s',
      note: `${matcher.real.aliases} aliases, ${matcher.real.mentions} mentions; scan ${matcher.real.scan_ms.median} ms`,
    },
    {
      figure: 'matcher (500 aliases)',
      value: matcher.synthetic_500.mb_per_s,
      unit: 'MB/s',
      note: `${matcher.synthetic_500.mentions} mentions; scan ${matcher.synthetic_500.scan_ms.median} ms`,
    },
    {
      figure: 'content script',
      value: sizes.content_script.bytes / 1024,
      unit: 'KB',
      note: `gzip ${(sizes.content_script.gzip_bytes / 1024).toFixed(1)} KB`,
    },
    ...Object.entries(sizes.others)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, size]): Row => ({
        figure: file,
        value: size.bytes / 1024,
        unit: 'KB',
        note: `gzip ${(size.gzip_bytes / 1024).toFixed(1)} KB`,
      })),
  ]);
  console.log(
    `\nKontext bench — ${machine.cpu_model}, ${machine.cores} cores, Node ${machine.node}, ${machine.chromium}, ${machine.date}\n`,
  );
  console.log(table);
  console.log(
    `\nratios: kontext/bare ${largeScan.kontext_vs_bare} · mark.js/kontext ${largeScan.markjs_vs_kontext} · advanced/kontext ${largeScan.advanced_vs_kontext}\n`,
  );
  console.log(targetsTable(targets));
  if (pageRows.length > 0) console.log(`\nsaved pages (${options.pagesDir}):\n\n${pagesTable(pageRows)}`);
  console.log(`\n${pageLoad.text}`);
  console.log(`\nwritten ${RESULTS_FILE} in ${results.runtime_s} s`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
