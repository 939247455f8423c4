/**
 * Proposed dossier entries for a bundle of articles: `npm run -s propose -- [--timing] FILE...`
 *
 * Each FILE is a plain-text article in UTF-8 whose first line is its title. Prints exactly one JSON
 * object on stdout: {"proposals":[{"name","kind","aliases","role","summary":[{"text","file"}],"mentions"}]},
 * most important first. `--timing` prints the time taken to stderr. Errors go to stderr, exit code 1.
 */
import { readFileSync } from 'node:fs';
import { proposeEntries, type ProposeArticle } from '../src/dossier/propose';

function fail(message: string): never {
  process.stderr.write(`propose: ${message}\n`);
  process.exit(1);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const timing = args.includes('--timing');
const files = args.filter((a) => a !== '--timing');
if (files.length === 0) fail('usage: npm run -s propose -- [--timing] FILE...');

const articles: ProposeArticle[] = files.map((file, i) => {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8`);
  }
  const title = text.split(/\r?\n/, 1)[0]!.trim();
  return { id: String(i), title, text };
});

const started = performance.now();
const proposals = proposeEntries(articles);
const elapsed = performance.now() - started;
const out = {
  proposals: proposals.map((p) => ({
    name: p.name,
    kind: p.kind,
    aliases: [...p.aliases, ...p.short],
    role: p.role,
    summary: p.summary.map((s) => ({ text: s.quote, file: files[Number(s.article)]! })),
    mentions: p.mentions,
  })),
};
process.stdout.write(`${JSON.stringify(out)}\n`);
if (timing)
  process.stderr.write(
    `propose: ${files.length} articles, ${articles.reduce((n, a) => n + a.text.length, 0)} characters, ${elapsed.toFixed(0)} ms\n`,
  );
