/**
 * Matcher benchmark (not a test): compile time, and throughput in MB/s on ~1 MB of text,
 * for the real catalog's aliases and for 500 synthetic ones; with a combined-RegExp
 * baseline (the approach the issue measured) for comparison.
 *
 *   npm run bench:matcher
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileMatcher } from '../src/matching';
import { loadCatalog } from '../src/matching/catalog';
import { FIXTURE } from '../src/matching/test-fixture';
import type { AliasSet } from '../src/matching/types';

const MB = 1_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time(runs: number, fn: () => void): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}

/** ~1 MB of German news text: the source articles, repeated. */
function newsText(): string {
  const dir = join(import.meta.dirname, '..', 'assets', 'articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  let text = '';
  while (text.length < MB) text += articles + '\n\n';
  return text.slice(0, MB);
}

/** 500 made-up names (1–3 words), some inserted into the text so there is work to do. */
function syntheticSets(count: number): AliasSet[] {
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const syl = ['ka', 'ro', 'mi', 'se', 'lun', 'dor', 'vi', 'tek', 'sa', 'ber', 'ol', 'gra', 'ün', 'ju', 'pe'];
  const word = (): string => {
    let w = '';
    for (let i = 0, n = 2 + rand(3); i < n; i++) w += syl[rand(syl.length)];
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, (_, i) => {
    const name = Array.from({ length: 1 + rand(3) }, word).join(i % 3 === 0 ? '-' : ' ');
    return { entry: `e${i}`, names: [name] };
  });
}

function withNames(text: string, sets: AliasSet[]): string {
  const parts = text.split('. ');
  return parts.map((p, i) => (i % 7 === 0 ? `${p} ${sets[i % sets.length]?.names[0] ?? ''}` : p)).join('. ');
}

function regexBaseline(sets: AliasSet[], flags: string): (text: string) => number {
  const aliases = sets
    .flatMap((s) => [...s.names, ...(s.short ?? []), ...(s.generic ?? [])])
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Split so no source exceeds ~20 KB (V8 stops optimising larger ones).
  const chunks: string[][] = [[]];
  let size = 0;
  for (const a of aliases) {
    if (size + a.length > 18_000) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1]?.push(a);
    size += a.length + 1;
  }
  const res = chunks.map((c) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${c.join('|')})(?![\\p{L}\\p{N}])`, flags));
  return (text) => {
    let n = 0;
    for (const re of res) for (const _ of text.matchAll(re)) n++;
    return n;
  };
}

function report(label: string, sets: AliasSet[], text: string): void {
  const aliasCount = sets.reduce((n, s) => n + s.names.length + (s.short?.length ?? 0) + (s.generic?.length ?? 0), 0);
  compileMatcher(sets); // warm up
  const compileMs = time(50, () => compileMatcher(sets));
  const matcher = compileMatcher(sets);
  let mentions = 0;
  for (let i = 0; i < 3; i++) mentions = matcher.scan(text).length; // warm up
  const scanMs = time(7, () => matcher.scan(text));
  const mb = text.length / MB;
  console.log(
    `\n${label}: ${sets.length} entries, ${aliasCount} aliases, ${mb.toFixed(2)} M chars, ${mentions} mentions`,
  );
  console.log(`  compileMatcher          ${compileMs.toFixed(2)} ms`);
  console.log(
    `  scan (trie)             ${scanMs.toFixed(1)} ms  = ${(mb / (scanMs / 1000)).toFixed(0)} MB/s  (normalisation, boundaries, rules included)`,
  );
  for (const flags of ['gu', 'giu']) {
    const run = regexBaseline(sets, flags);
    run(text);
    const ms = time(5, () => run(text));
    console.log(
      `  baseline RegExp /${flags}/`.padEnd(25) +
        `${ms.toFixed(1)} ms  = ${(mb / (ms / 1000)).toFixed(0)} MB/s  (no normalisation, no rules)`,
    );
  }
}

async function main(): Promise<void> {
  const text = newsText();
  let real: AliasSet[];
  let label = 'real catalog';
  try {
    real = (await loadCatalog()).sets;
  } catch (err) {
    console.warn(`(${String(err)}; using the unit-test fixture instead)`);
    real = FIXTURE;
    label = 'fixture catalog';
  }
  const readMs = time(7, () => {
    let h = 0;
    for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
    return h;
  });
  console.log(`Node ${process.version}; reading every char of the text once: ${readMs.toFixed(1)} ms`);
  report(label, real, text);
  const synthetic = syntheticSets(500);
  report('500 synthetic aliases', synthetic, withNames(text, synthetic));
}

void main();
