/**
 * `npm run bench:hover`: the hover figure of `bench:load` alone (dwell end to painted card,
 * through the built extension on the article page), in a minute instead of six; optionally
 * an older build side by side, and a DevTools trace of the counted hovers for diagnosis.
 *
 *   npm run bench:hover [-- --hovers N] [--extension DIR] [--compare OLD_DIR] [--trace FILE]
 */
import { parseArgs } from 'node:util';
import { EXTENSION_DIR } from '../tests/e2e/support/chromium';
import { measureHoverThroughExtension, openVariant } from './browser/load-figures';
import { startBenchServer } from './browser/server';
import { articlePage } from './corpus/article-page';
import { loadBenchDossier } from './corpus/dossier';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      hovers: { type: 'string', default: '20' },
      extension: { type: 'string', default: EXTENSION_DIR },
      compare: { type: 'string' },
      trace: { type: 'string' },
    },
    strict: true,
  });
  const hovers = Number(values.hovers);
  if (!Number.isInteger(hovers) || hovers < 1) throw new Error('--hovers needs a whole number ≥ 1');
  const dossier = await loadBenchDossier();
  const server = await startBenchServer();
  server.put('/article', articlePage(dossier.fullNames));
  const builds = [
    { name: 'new', extensionDir: values.extension },
    ...(values.compare ? [{ name: 'old', extensionDir: values.compare }] : []),
  ];
  try {
    for (const variant of builds) {
      const browser = await openVariant(variant);
      try {
        const trace = variant.name === 'new' ? values.trace : undefined;
        const figure = await measureHoverThroughExtension(browser, server.origin, '/article', hovers, trace);
        const d = figure.dwell_end_to_painted_ms;
        console.log(
          `${variant.name} (${variant.extensionDir}): dwell end → painted p50 ${d?.median ?? '–'} · p95 ` +
            `${figure.dwell_end_to_painted_p95_ms ?? '–'} ms (min ${d?.min ?? '–'}, max ${d?.max ?? '–'}), ` +
            `first hover ${figure.first_dwell_end_to_painted_ms ?? '–'} ms; pointer → painted p50 ` +
            `${figure.pointer_to_painted_ms.median} ms; ${hovers} hovers` +
            (trace ? `; trace in ${trace}` : ''),
        );
        console.log(`  samples: ${figure.dwell_end_to_painted_samples_ms.join(' ')}`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:hover failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
