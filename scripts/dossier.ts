/**
 * `npm run dossier -- --out FILE`: builds the dossier from the catalog and the bundled
 * articles and writes it as JSON. The extension build runs the same builder (see
 * wxt.config.ts), so the file is for inspection and other tools, never a second source.
 *
 * Exit codes: 0 written, 1 the input does not validate (every problem is listed), 2 usage.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DossierBuildError, buildDossier, serializeDossier } from '../src/dossier/build';
import { loadBundledInput } from '../src/dossier/node/load';
import { ENTRY_KINDS, type Dossier } from '../src/dossier/types';

const USAGE = `Usage: npm run dossier -- --out FILE

Builds the dossier (catalog + assets/articles) and writes it to FILE as JSON.
The build fails, listing every problem, when a quote is not in its article,
an id is unknown or duplicated, aliases collide, or a summary lacks a language;
and on the editor's checks (src/dossier/build/audit.ts): an entry no article
mentions without a reason, a repeated summary sentence or a fact restating one,
text the English UI would show in German, a timeline order that breaks a
relation the texts state, or a claim resting on one outlet without naming it.`;

function parseArgs(argv: readonly string[]): { out?: string } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out' && argv[i + 1] !== undefined) return { out: argv[i + 1] };
    if (arg.startsWith('--out=') && arg.length > '--out='.length) return { out: arg.slice('--out='.length) };
  }
  return {};
}

/** A few lines for the terminal: what was built and how long it took. */
function summarize(d: Dossier, file: string, ms: number): string {
  const byKind = ENTRY_KINDS.map((k) => [k, d.entries.filter((e) => e.kind === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  // One dispute may be shown by several entries: list each topic once, with its entries.
  const disputes = new Map<string, { sides: string; entries: string[] }>();
  for (const e of d.entries) {
    for (const x of e.disputes ?? []) {
      const found = disputes.get(x.topic.en) ?? {
        sides: x.claims.map((c) => c.byEn ?? c.by).join(' vs. '),
        entries: [],
      };
      found.entries.push(e.id);
      disputes.set(x.topic.en, found);
    }
  }
  const evidence = d.entries.reduce((n, e) => n + e.evidence.length, 0);
  const unmentioned = d.entries.filter((e) => Object.keys(e.mentions).length === 0).map((e) => e.id);
  return [
    `dossier: wrote ${file}`,
    `  schema ${d.schemaVersion}, hash ${d.hash.slice(0, 16)}…, ${d.articles.length} articles`,
    `  entries: ${d.entries.length} (${byKind})`,
    `  evidence sentences: ${evidence}; entries never mentioned in the articles: ${unmentioned.length ? unmentioned.join(', ') : 'none'}`,
    `  timeline: ${d.timeline.length} events${d.timeline.length ? ` (${d.timeline[0]!.date} … ${d.timeline.at(-1)!.date})` : ''}`,
    `  disputes: ${disputes.size} topics`,
    ...[...disputes].map(([topic, x]) => `  - ${topic} (${x.sides}) — on ${x.entries.join(', ')}`),
    `  built in ${ms.toFixed(0)} ms`,
  ].join('\n');
}

async function main(): Promise<number> {
  const { out } = parseArgs(process.argv.slice(2));
  if (out === undefined) {
    console.error(USAGE);
    return 2;
  }
  const file = resolve(out);
  const started = performance.now();
  let dossier: Dossier;
  try {
    dossier = await buildDossier(await loadBundledInput(), { audit: true });
  } catch (error) {
    if (!(error instanceof DossierBuildError)) throw error;
    console.error(error.message);
    return 1;
  }
  const ms = performance.now() - started;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, serializeDossier(dossier));
  console.error(summarize(dossier, file, ms));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
