/**
 * `npm run bench:profile`: where Kontext's JavaScript goes on a cold page load, by function.
 * Builds the extension unminified (KONTEXT_PROFILE_BUILD=1, into .output-profile) so the
 * names in the profile are the source's, loads each bench page cold several times with
 * the V8 sampling profiler on, and prints, per page, the functions of the extension's
 * scripts that took the most time: self (the function and the built-ins or DOM calls it
 * made itself) and total (anything below it on the stack). A diagnosis tool: the figures
 * are the page-load bench's (`npm run bench:load`), this only says where they come from.
 *
 *   npm run bench:profile [-- --page no-mentions|article|iframes] [--runs N] [--top N] [--no-build]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openFresh, openVariant, settle } from './browser/load-figures';
import { startBenchServer } from './browser/server';
import { loadBenchDossier } from './corpus/dossier';
import type { CpuProfile } from './lib/load-stats';
import { publishBenchPages } from './page-load';

const ROOT = join(import.meta.dirname, '..');
const PROFILE_DIR = join(ROOT, '.output-profile', 'chrome-mv3');

type ProfileNode = CpuProfile['nodes'][number] & {
  callFrame: CpuProfile['nodes'][number]['callFrame'] & { lineNumber?: number };
};

function frameName(node: ProfileNode): string {
  const file = node.callFrame.url.split('/').pop() ?? '';
  return `${node.callFrame.functionName || '(anonymous)'} ${file}:${(node.callFrame.lineNumber ?? 0) + 1}`;
}

/** Adds one profile's time per function into `self` and `total` (ms). */
function attribute(profile: CpuProfile, self: Map<string, number>, total: Map<string, number>): number {
  const nodes = profile.nodes as ProfileNode[];
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const isOwn = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let own = 0;
  for (let i = 0; i + 1 < samples.length; i++) {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    let nearest: string | null = null;
    let scripted = false;
    for (let at: number | undefined = samples[i]; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (!node) break;
      if (node.callFrame.url && !scripted) {
        scripted = true;
        if (!isOwn(node)) break;
      }
      if (isOwn(node)) {
        const name = frameName(node);
        nearest ??= name;
        seen.add(name);
      }
    }
    if (!nearest) continue;
    own += ms;
    self.set(nearest, (self.get(nearest) ?? 0) + ms);
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + ms);
  }
  return own;
}

function top(map: Map<string, number>, count: number, runs: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `  ${(ms / runs).toFixed(2).padStart(7)} ms  ${name}`)
    .join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      page: { type: 'string', multiple: true },
      runs: { type: 'string', default: '5' },
      top: { type: 'string', default: '25' },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!values['no-build']) {
    const build = spawnSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KONTEXT_PROFILE_BUILD: '1' },
    });
    if (build.status !== 0) throw new Error(`the unminified build failed:\n${build.stdout}\n${build.stderr}`);
  }
  const dossier = await loadBenchDossier();
  const server = await startBenchServer();
  publishBenchPages(server, dossier.fullNames);
  const browser = await openVariant({ name: 'profile', extensionDir: PROFILE_DIR });
  try {
    for (const page of values.page ?? ['no-mentions', 'article', 'iframes']) {
      const self = new Map<string, number>();
      const total = new Map<string, number>();
      let own = 0;
      // The first load warms the browser's caches (as the page-load bench's discarded round).
      for (let run = 0; run <= runs; run++) {
        const loaded = await openFresh(browser, server.origin, `/${page}`, 'cpu', [], true);
        try {
          await settle(loaded, server.origin, true);
          const { profile } = (await loaded.cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
          if (run > 0) own += attribute(profile, self, total);
        } finally {
          await loaded.cdp.detach().catch(() => {});
          await loaded.page.close();
        }
      }
      console.log(`\n${page}: ${(own / runs).toFixed(1)} ms in Kontext's scripts per load (${runs} cold loads)`);
      console.log(`self (with the built-ins and DOM calls it made):\n${top(self, Number(values.top), runs)}`);
      console.log(`total (with everything below it):\n${top(total, Number(values.top), runs)}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:profile failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
