/**
 * Page-level relevance evaluation: `npm run eval:relevance [-- --pages DIR] [--files]`
 *
 * Runs what the content script decides on every page of a labelled set, in Node (linkedom):
 * text blocks and their regions, the mentions, the page decision, and which marks follow.
 * The sets and the scoring: scripts/lib/relevance-eval.ts. Prints, per class of page:
 * pages, pages judged about the story, pages with any mark, pages with background marks,
 * background and story marks; on the pages about the story, span precision and recall
 * over all entries (background ones included).
 */
import { CLASSES, runRelevanceEval, spanScores, type PageResult } from './lib/relevance-eval';
import type { StoryJudgement } from '../src/relevance/page-relevance';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pagesAt = args.indexOf('--pages');
  const { dossier, results } = await runRelevanceEval(pagesAt >= 0 ? args[pagesAt + 1] : undefined);

  console.log(
    `${results.length} pages; ${dossier.entries.filter((e) => e.tier === 'background').length} background and ${dossier.entries.filter((e) => e.tier !== 'background').length} story entries\n`,
  );
  console.log(
    '| class | pages | judged about | with any mark | with background marks | background marks | story marks |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const cls of CLASSES) {
    for (const lang of ['all', 'de', 'en']) {
      const rows = results.filter((r) => r.cls === cls && (lang === 'all' || r.lang === lang));
      if (rows.length === 0) continue;
      const count = (f: (r: PageResult) => boolean) => rows.filter(f).length;
      const marks = (tier: string) => rows.reduce((n, r) => n + r.shown.filter((s) => s.tier === tier).length, 0);
      console.log(
        `| ${cls}${lang === 'all' ? '' : ` (${lang})`} | ${rows.length} | ${count((r) => r.judgement.about)} | ${count((r) => r.shown.length > 0)} | ` +
          `${count((r) => r.shown.some((s) => s.tier === 'background'))} | ${marks('background')} | ${marks('story')} |`,
      );
    }
  }

  const { precision, recall, tp, fp, fn } = spanScores(results);
  console.log(
    `\nPages about the story: span precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}) over all entries`,
  );
  const real = spanScores(results.filter((r) => r.source === 'source-articles'));
  console.log(
    `  of which the five source articles (real text): precision ${real.precision.toFixed(3)}, recall ${real.recall.toFixed(3)} (tp ${real.tp}, fp ${real.fp}, fn ${real.fn})`,
  );
  const shared = results.filter((r) => r.source === 'shared-pages');
  console.log(
    `The ${shared.length} saved pages of shared/pages: ${shared.filter((r) => r.judgement.about).length} judged about the story, ` +
      `${shared.filter((r) => r.shown.some((m) => m.tier === 'background')).length} with background marks, ${shared.filter((r) => r.shown.length > 0).length} with any mark`,
  );

  const wrong = results.filter((r) => (r.cls !== 'about') === r.judgement.about);
  if (wrong.length) {
    console.log('\nPages judged against their class:');
    for (const r of wrong)
      console.log(`  ${r.cls} ${r.name}: about=${r.judgement.about}, score ${r.judgement.score}: ${why(r.judgement)}`);
  }
  if (args.includes('--files')) {
    console.log('\nPer page:');
    for (const r of results) {
      const bg = r.shown.filter((s) => s.tier === 'background').length;
      console.log(
        `  ${r.cls.padEnd(9)} ${r.name.padEnd(48)} about=${String(r.judgement.about).padEnd(5)} score ${String(r.judgement.score).padStart(5)}  ` +
          `marks ${r.shown.length} (bg ${bg})  ${why(r.judgement)}`,
      );
    }
  }
}

function why(j: StoryJudgement): string {
  return j.evidence
    .slice(0, 6)
    .map((e) => `${e.entry}${e.tier === 'background' ? '(bg)' : ''}@${e.best}×${e.count}`)
    .join(', ');
}

main().catch((err: unknown) => {
  process.stderr.write(`eval-relevance: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
