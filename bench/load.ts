/**
 * `npm run bench:load`: the page-load figure alone (it is also part of `npm run bench`).
 * Writes it into bench/results.json under `page_load`, keeping every other figure there.
 *
 *   npm run bench:load [-- --pages DIR] [--runs N] [--extension DIR] [--compare OLD_DIR] [--floor]
 *                      [--clock cpu|wall] [--hovers N] [--build]
 *
 * --extension defaults to .output/chrome-mv3 (built only with --build). --floor adds an
 * extension with an empty content script injected like Kontext's: the cost of any content script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PAGE_LOAD_ARGS, pageLoadOptions, RESULTS_FILE, runPageLoadBench } from './page-load';
import { machineInfo } from './lib/machine';

const started = performance.now();
function progress(step: string): void {
  console.error(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${step}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      pages: { type: 'string' },
      runs: { type: 'string' },
      build: { type: 'boolean', default: false },
      ...PAGE_LOAD_ARGS,
    },
    strict: true,
  });
  const options = pageLoadOptions({ ...values, 'load-runs': values.runs ?? values['load-runs'] });
  if (values.build) {
    progress('npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`\`npm run build\` failed:\n${build.stdout}\n${build.stderr}`);
  }
  const { results, text } = await runPageLoadBench(options, progress);
  const previous = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>)
    : {};
  const chromium = spawnSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  }).stdout.trim();
  writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ ...previous, page_load: { machine: machineInfo(chromium), ...results } }, null, 2)}\n`,
  );
  console.log(
    `\n${text}\n\nwritten ${RESULTS_FILE} (page_load) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
