/**
 * Spotting evaluation: `npm run eval:spot [-- --files]` (--files: one score line per document too)
 *
 * Runs the matcher with the real catalog over every labelled document in tests/eval/
 * (format: tests/eval/README.md) and prints precision and recall per folder and overall,
 * then every false positive and false negative. A found mention is correct when it has
 * the labelled entry and overlaps the labelled span (one to one): whether "Gebiet Kursk"
 * or "Kursk" is the span is the catalog's choice of aliases, not a spotting error. The
 * exact-span score is printed too.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileMatcher } from '../src/matching';
import { loadCatalog } from '../src/matching/catalog';
import { pair, parseLabelled, type Doc, type Label } from './lib/labels';

const ROOT = join(import.meta.dirname, '..', 'tests', 'eval');

function findDocs(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return findDocs(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

function context(text: string, l: Label): string {
  const before = text.slice(Math.max(0, l.start - 30), l.start).replace(/\s+/g, ' ');
  const after = text.slice(l.end, l.end + 30).replace(/\s+/g, ' ');
  return `…${before}[${text.slice(l.start, l.end)}]${after}…`;
}

async function main(): Promise<void> {
  const catalog = await loadCatalog();
  const known = new Set(catalog.sets.map((s) => s.entry));
  const ids = JSON.parse(readFileSync(join(ROOT, 'ids.json'), 'utf8')) as Record<string, string>;
  const matcher = compileMatcher(catalog.sets);
  const docs: Doc[] = findDocs(ROOT).map((path) => ({
    file: relative(ROOT, path),
    ...parseLabelled(readFileSync(path, 'utf8'), ids),
  }));

  const groups = new Map<string, { tp: number; fp: number; fn: number; exact: number }>();
  const errors: string[] = [];
  const ignored = new Map<string, number>();
  const perFile: string[] = [];
  let chars = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    const gold = doc.gold.filter((l) => {
      if (known.has(l.entry)) return true;
      ignored.set(l.entry, (ignored.get(l.entry) ?? 0) + 1);
      return false;
    });
    const found: Label[] = matcher.scan(doc.text);
    const { fp, fn, exact } = pair(found, gold);
    const group = doc.file.split('/')[0] ?? '';
    const g = groups.get(group) ?? { tp: 0, fp: 0, fn: 0, exact: 0 };
    g.tp += found.length - fp.length;
    g.fp += fp.length;
    g.fn += fn.length;
    g.exact += exact;
    for (const l of fp) errors.push(`FP ${doc.file}: ${l.entry} ${context(doc.text, l)}`);
    for (const l of fn) errors.push(`FN ${doc.file}: ${l.entry} ${context(doc.text, l)}`);
    groups.set(group, g);
    const tp = found.length - fp.length;
    perFile.push(
      `${doc.file.padEnd(40)} P ${(tp / (tp + fp.length || 1)).toFixed(3)}  R ${(tp / (tp + fn.length || 1)).toFixed(3)}  (tp ${tp}, fp ${fp.length}, fn ${fn.length})`,
    );
  }

  const total = { tp: 0, fp: 0, fn: 0, exact: 0 };
  const line = (name: string, g: { tp: number; fp: number; fn: number; exact: number }): string => {
    const p = g.tp / (g.tp + g.fp || 1);
    const r = g.tp / (g.tp + g.fn || 1);
    const gold = g.tp + g.fn;
    const pe = g.exact / (g.tp + g.fp || 1);
    const re = g.exact / (gold || 1);
    return (
      `${name.padEnd(10)} precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  (tp ${g.tp}, fp ${g.fp}, fn ${g.fn})` +
      `   exact spans: P ${pe.toFixed(3)} R ${re.toFixed(3)}`
    );
  };
  console.log(`${docs.length} documents, ${chars} characters, catalog of ${known.size} entries\n`);
  for (const [name, g] of [...groups].sort()) {
    console.log(line(name, g));
    total.tp += g.tp;
    total.fp += g.fp;
    total.fn += g.fn;
    total.exact += g.exact;
  }
  console.log(line('overall', total));
  if (process.argv.includes('--files')) console.log(`\n${perFile.join('\n')}`);
  if (errors.length) console.log(`\n${errors.join('\n')}`);
  if (ignored.size) {
    console.log(`\nlabels ignored (entry not in the catalog): ${[...ignored].map(([e, n]) => `${e}×${n}`).join(', ')}`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`eval-spot: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
