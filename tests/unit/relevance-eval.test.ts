/**
 * The relevance evaluation's figures, kept: real saved pages that are not about the story
 * are never judged about it and get no background marks; on pages about the story the
 * marks keep their span precision and recall (npm run eval:relevance prints the detail).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runRelevanceEval, spanScores, type EvalRun } from '../../scripts/lib/relevance-eval';

let run: EvalRun;
beforeAll(async () => {
  run = await runRelevanceEval();
}, 60_000);

describe('page relevance on the labelled pages', () => {
  it('judges none of the 15 saved real pages about the story and marks no background entry there', () => {
    const shared = run.results.filter((r) => r.source === 'shared-pages');
    expect(shared).toHaveLength(15);
    expect(shared.filter((r) => r.judgement.about).map((r) => r.name)).toEqual([]);
    expect(shared.filter((r) => r.shown.some((m) => m.tier === 'background')).map((r) => r.name)).toEqual([]);
  });

  it('judges no unrelated page about the story, and marks no background entry on any', () => {
    const unrelated = run.results.filter((r) => r.cls === 'unrelated');
    expect(unrelated.length).toBeGreaterThan(50);
    expect(unrelated.filter((r) => r.judgement.about).map((r) => r.name)).toEqual([]);
    expect(unrelated.filter((r) => r.shown.some((m) => m.tier === 'background')).map((r) => r.name)).toEqual([]);
  });

  it('judges the five source articles about the story, set in a news page', () => {
    const sources = run.results.filter((r) => r.source === 'source-articles');
    expect(sources).toHaveLength(5);
    expect(sources.every((r) => r.judgement.about)).toBe(true);
  });

  it('keeps span precision ≥ 0.98 and recall ≥ 0.95 over all entries on pages about the story', () => {
    const { precision, recall } = spanScores(run.results);
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves navigation and link lists unmarked on pages about the story', () => {
    const about = run.results.filter((r) => r.cls === 'about');
    // The news chrome names Deutschland, USA, dpa… in its navigation, most-read list and footer.
    expect(about.flatMap((r) => r.shown.filter((m) => m.region === 'boilerplate'))).toEqual([]);
  });
});
