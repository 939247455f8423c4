/**
 * `npx tsx bench/quick-scan.ts`: only the large-page scan figures (bare walk and
 * Kontext's scan, step by step), in a few seconds; for iterating on the scan. The full
 * comparison with mark.js is `npm run bench`. Needs a build (`npm run build`).
 */
import { bundleInPageBench } from './browser/bundle';
import { openPlainPage, openBenchSession } from './browser/session';
import { loadBenchDossier } from './corpus/dossier';
import { largePage } from './corpus/large-page';
import { summarize } from './lib/stats';

const dossier = await loadBenchDossier();
const input = { aliasSets: dossier.aliasSets, kinds: dossier.kinds };
const large = largePage(dossier.fullNames);
const benchScript = await bundleInPageBench();
const session = await openBenchSession();
try {
  session.server.put('/large', large.html);
  const plain = await openPlainPage(session, '/large', benchScript);
  const bare = await plain.frame.evaluate(() => window.kontextBench.bare(9));
  const kontext = await plain.frame.evaluate((a) => window.kontextBench.kontext(a, 9), input);
  await plain.close();
  const row = (name: string, samples: number[]) => {
    const s = summarize(samples);
    console.log(
      `${name.padEnd(10)} ${s.median.toFixed(1).padStart(7)} ms  (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`,
    );
  };
  console.log(
    `large page: ${bare.chars} chars, ${bare.textNodes} text nodes, ${kontext.blocks} blocks, ${kontext.marks} marks`,
  );
  row('bare', bare.samples);
  row('kontext', kontext.scan);
  row(' collect', kontext.split.collect);
  row(' match', kontext.split.match);
  row(' mark', kontext.split.mark);
  row(' register', kontext.split.register);
  console.log(`kontext / bare: ${(summarize(kontext.scan).median / summarize(bare.samples).median).toFixed(1)}×`);
} finally {
  await session.close();
}
