/**
 * Command-line spotter: `npm run --silent spot -- FILE`
 *
 * Reads a UTF-8 text file (the whole file is one document) and prints exactly one JSON
 * object: {"mentions":[{"start","end","text","entry","name"}]}, offsets in UTF-16 code
 * units into the file's text. Errors go to stderr with a non-zero exit and nothing on stdout.
 */
import { readFileSync } from 'node:fs';
import { compileMatcher } from '../src/matching';
import { loadCatalog } from '../src/matching/catalog';

function fail(message: string): never {
  process.stderr.write(`spot: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const file = process.argv.slice(2).find((a) => a !== '--');
  if (file === undefined) fail('usage: npm run --silent spot -- FILE');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    fail(`${file} is not valid UTF-8`);
  }
  // ignoreBOM keeps a leading BOM in the text, so offsets index the file's text as decoded.
  const catalog = await loadCatalog().catch((err: unknown) => fail((err as Error).message));
  const matcher = compileMatcher(catalog.sets);
  const mentions = matcher.scan(text).map((m) => ({
    start: m.start,
    end: m.end,
    text: text.slice(m.start, m.end),
    entry: m.entry,
    name: catalog.names.get(m.entry) ?? m.entry,
  }));
  process.stdout.write(`${JSON.stringify({ mentions })}\n`);
}

main().catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
