/**
 * `npm run check:sources` (after `npm run zip`; both run by `npm test`): proves that the sources zip Firefox's review
 * receives rebuilds the extension exactly. It unpacks the sources zip into a temporary
 * directory, installs with `npm ci` (from the npm cache when it holds every package), builds
 * both browsers there and compares the SHA-256 of every file with the Chrome and Firefox
 * zips in .output/. Any missing, extra or different file fails with its name.
 *
 * `--keep`: leave the temporary directory for inspection.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT = join(ROOT, '.output');

type Hashes = Map<string, string>;

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

async function zipEntries(path: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}

function directoryHashes(dir: string): Hashes {
  const hashes: Hashes = new Map();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(dir, path).split('\\').join('/'), sha256(readFileSync(path)));
    }
  };
  walk(dir);
  return hashes;
}

/** Every way two file lists differ, one line each; empty when identical. */
export function compareHashes(expected: Hashes, actual: Hashes): string[] {
  const problems: string[] = [];
  for (const [name, hash] of expected) {
    if (!actual.has(name)) problems.push(`missing in the rebuild: ${name}`);
    else if (actual.get(name) !== hash) problems.push(`different: ${name}`);
  }
  for (const name of actual.keys()) if (!expected.has(name)) problems.push(`only in the rebuild: ${name}`);
  return problems;
}

function run(command: string, args: string[], cwd: string): void {
  console.log(`$ ${command} ${args.join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

async function main(argv: readonly string[]): Promise<number> {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  const zipPath = (kind: string) => join(OUTPUT, `${name}-${version}-${kind}.zip`);
  const targets = [
    { zip: zipPath('chrome'), buildScript: 'build', outDir: 'chrome-mv3' },
    { zip: zipPath('firefox'), buildScript: 'build:firefox', outDir: 'firefox-mv2' },
  ];

  const started = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'kontext-sources-'));
  try {
    let sourceCount = 0;
    try {
      for (const [file, data] of await zipEntries(zipPath('sources'))) {
        mkdirSync(dirname(join(work, file)), { recursive: true });
        writeFileSync(join(work, file), data);
        sourceCount++;
      }
    } catch (error) {
      console.error(`Cannot read ${relative(ROOT, zipPath('sources'))}: run \`npm run zip\` first.`);
      throw error;
    }
    console.log(`${sourceCount} source files unpacked into ${work}`);
    run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], work);

    let failed = false;
    for (const target of targets) {
      run('npm', ['run', target.buildScript], work);
      const shipped: Hashes = new Map([...(await zipEntries(target.zip))].map(([file, data]) => [file, sha256(data)]));
      const problems = compareHashes(shipped, directoryHashes(join(work, '.output', target.outDir)));
      const label = relative(ROOT, target.zip);
      if (problems.length === 0)
        console.log(`✔ ${label}: all ${shipped.size} files identical (SHA-256) in the rebuild`);
      else {
        failed = true;
        console.error(`✘ ${label}: the rebuild differs\n  ${problems.join('\n  ')}`);
      }
    }
    console.log(`Sources check took ${((performance.now() - started) / 1000).toFixed(0)} s. Store packages:`);
    for (const kind of ['chrome', 'firefox', 'sources']) {
      console.log(`  ${relative(ROOT, zipPath(kind))}  ${(statSync(zipPath(kind)).size / 1024).toFixed(1)} KiB`);
    }
    return failed ? 1 : 0;
  } finally {
    if (argv.includes('--keep')) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
