/**
 * The initial-scan figures for one page, all in one plain page of the bench session:
 * bare TreeWalker pass, Kontext's scan (and its parts), mark.js and advanced-mark.js.
 */
import { ratio, summarize, type Summary } from '../lib/stats';
import type { MatchInput } from './in-page';
import { openPlainPage, type BenchSession } from './session';

export interface ScanRuns {
  bare: number;
  kontext: number;
  advanced: number;
  markjs: number;
  /** A library run longer than this is stopped and reported as a lower bound. */
  libraryBudgetMs: number;
}

export interface LibraryFigure extends Summary {
  marks: number;
  /** The run was stopped at the budget: the figure is a lower bound. */
  stopped: boolean;
}

export interface ScanFigures {
  text_nodes: number;
  chars: number;
  blocks: number;
  kontext_marks: number;
  bare_ms: Summary;
  compile_ms: Summary;
  /** scanAll + HighlightLayer.add, matcher compiled beforehand (as the content script does once per page). */
  kontext_ms: Summary;
  kontext_with_compile_ms: Summary;
  /** Kontext's scan step by step: collect text blocks, match, build StaticRanges, register highlights. */
  kontext_split_ms: { collect: Summary; match: Summary; mark: Summary; register: Summary };
  markjs_ms: LibraryFigure;
  advanced_markjs_ms: LibraryFigure;
  kontext_vs_bare: number;
  markjs_vs_kontext: number;
  advanced_vs_kontext: number;
}

export async function measureScan(
  session: BenchSession,
  path: string,
  benchScript: string,
  input: MatchInput,
  terms: readonly string[],
  runs: ScanRuns,
): Promise<ScanFigures> {
  const plain = await openPlainPage(session, path, benchScript);
  try {
    const { frame } = plain;
    const bare = await frame.evaluate((n) => window.kontextBench.bare(n), runs.bare);
    const kontext = await frame.evaluate((a) => window.kontextBench.kontext(a.input, a.runs), {
      input,
      runs: runs.kontext,
    });
    const libraryArgs = { terms, budget: runs.libraryBudgetMs };
    const advanced = await frame.evaluate(
      (a) => window.kontextBench.wrapLibrary('advanced', a.terms, a.runs, true, a.budget),
      { ...libraryArgs, runs: runs.advanced },
    );
    // mark.js makes one DOM pass per term: on a large page a run takes a minute, so a single run has no warm-up.
    const markjs = await frame.evaluate(
      (a) => window.kontextBench.wrapLibrary('markjs', a.terms, a.runs, a.runs > 1, a.budget),
      { ...libraryArgs, runs: runs.markjs },
    );
    const kontextMs = summarize(kontext.scan);
    const withCompile = kontext.scan.map((scan, i) => scan + (kontext.compile[i] ?? 0));
    const bareMs = summarize(bare.samples);
    const markjsMs = summarize(markjs.samples);
    const advancedMs = summarize(advanced.samples);
    return {
      text_nodes: bare.textNodes,
      chars: bare.chars,
      blocks: kontext.blocks,
      kontext_marks: kontext.marks,
      bare_ms: bareMs,
      compile_ms: summarize(kontext.compile),
      kontext_ms: kontextMs,
      kontext_with_compile_ms: summarize(withCompile),
      kontext_split_ms: {
        collect: summarize(kontext.split.collect),
        match: summarize(kontext.split.match),
        mark: summarize(kontext.split.mark),
        register: summarize(kontext.split.register),
      },
      markjs_ms: { ...markjsMs, marks: markjs.marks, stopped: markjs.stopped },
      advanced_markjs_ms: { ...advancedMs, marks: advanced.marks, stopped: advanced.stopped },
      kontext_vs_bare: ratio(kontextMs.median, bareMs.median),
      markjs_vs_kontext: ratio(markjsMs.median, kontextMs.median),
      advanced_vs_kontext: ratio(advancedMs.median, kontextMs.median),
    };
  } finally {
    await plain.close();
  }
}
