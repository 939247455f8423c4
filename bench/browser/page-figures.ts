/**
 * Figures that need a scanned page or Kontext's UI but not the whole extension:
 * incremental updates, the hover card, IndexedDB seeding. Run with Kontext's own
 * modules in a plain page of the bench session (see in-page.ts).
 */
import type { CardContent } from '../../src/content/card-host';
import type { Dossier } from '../../src/dossier/types';
import { summarize, type Summary } from '../lib/stats';
import type { MatchInput } from './in-page';
import { openPlainPage, type BenchSession } from './session';

export interface IncrementalFigure extends Summary {
  paragraphs: number;
  marks_added: number;
  marks_removed: number;
  /** scanner.applyMutations, and the highlight layer update, of each sample. */
  apply_mutations_ms: Summary;
  layer_update_ms: Summary;
  /** The paragraphs removed and appended again (the removal's freed slots reused). */
  reappend_ms: Summary;
}

export async function measureIncremental(
  session: BenchSession,
  path: string,
  benchScript: string,
  input: MatchInput,
  paragraphsHtml: string[],
  runs: number,
): Promise<IncrementalFigure> {
  const plain = await openPlainPage(session, path, benchScript);
  try {
    const result = await plain.frame.evaluate((a) => window.kontextBench.incremental(a.input, a.html, a.runs), {
      input,
      html: paragraphsHtml.join('\n'),
      runs,
    });
    if (result.marksAdded === 0) throw new Error('incremental: the appended paragraphs got no marks');
    return {
      ...summarize(result.samples),
      paragraphs: paragraphsHtml.length,
      marks_added: result.marksAdded,
      marks_removed: result.marksRemoved,
      apply_mutations_ms: summarize(result.apply),
      layer_update_ms: summarize(result.layer),
      reappend_ms: summarize(result.reappend),
    };
  } finally {
    await plain.close();
  }
}

export interface HoverFigure extends Summary {
  method: string;
  entry: string;
  first_show_ms: number;
  render_ms: Summary;
}

export async function measureHover(
  session: BenchSession,
  path: string,
  benchScript: string,
  content: CardContent,
  runs: number,
): Promise<HoverFigure> {
  const plain = await openPlainPage(session, path, benchScript);
  try {
    const result = await plain.frame.evaluate((a) => window.kontextBench.hover(a.content, a.runs), { content, runs });
    return {
      ...summarize(result.samples),
      method:
        'CardHost.show(content, rect, { focus: false }) with the entry in memory (as after prefetch), to the task after the next ' +
        'rAF (the card painted); first_show_ms creates the host; in a plain page, not through the built extension',
      entry: content.entry.id,
      first_show_ms: Math.round(result.first * 1000) / 1000,
      render_ms: summarize(result.render),
    };
  } finally {
    await plain.close();
  }
}

export async function measureSeed(
  session: BenchSession,
  path: string,
  benchScript: string,
  dossier: Dossier,
  runs: number,
): Promise<Summary> {
  const plain = await openPlainPage(session, path, benchScript);
  try {
    return summarize(await plain.frame.evaluate((a) => window.kontextBench.seed(a.dossier, a.runs), { dossier, runs }));
  } finally {
    await plain.close();
  }
}
