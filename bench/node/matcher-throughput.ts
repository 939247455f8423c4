/**
 * The matcher alone, in Node: throughput on ~1 MB of news text (paragraphs as blocks,
 * as the content script hands them over) with the dossier's real aliases and with
 * 500 synthetic ones. `npm run bench:matcher` has the detailed comparison with a
 * combined-RegExp baseline; this gives the figure with its spread.
 */
import { compileMatcher, type AliasSet } from '../../src/matching/index';
import { articleSentences, fillerSentence } from '../corpus/prose';
import { Prng } from '../lib/prng';
import { round, summarize, type Summary } from '../lib/stats';

export interface MatcherFigure {
  aliases: number;
  chars: number;
  mentions: number;
  compile_ms: Summary;
  scan_ms: Summary;
  /** Millions of characters (UTF-16 units; ≈ MB for German text) per second, at the median. */
  mb_per_s: number;
}

export interface MatcherFigures {
  real: MatcherFigure;
  synthetic_500: MatcherFigure;
}

/** ~`chars` of news paragraphs: article sentences, filler, and `names` spread through them. */
function newsParagraphs(names: readonly string[], chars: number, seed: number): string[] {
  const rng = new Prng(seed);
  const sentences = articleSentences();
  const paragraphs: string[] = [];
  let total = 0;
  while (total < chars) {
    const parts: string[] = [];
    for (let i = 0, n = 2 + rng.int(4); i < n; i++) {
      const roll = rng.next();
      if (roll < 0.3) parts.push(rng.pick(sentences));
      else if (roll < 0.42)
        parts.push(`Beobachter verweisen erneut auf ${rng.pick(names)} und die Folgen für die Region.`);
      else parts.push(fillerSentence(rng));
    }
    const paragraph = parts.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs;
}

/** 500 made-up names of 1–3 words, some hyphenated, from a seeded syllable list. */
function syntheticAliasSets(count: number, seed: number): AliasSet[] {
  const rng = new Prng(seed);
  const syllables = ['ka', 'ro', 'mi', 'se', 'lun', 'dor', 'vi', 'tek', 'sa', 'ber', 'ol', 'gra', 'ün', 'ju', 'pe'];
  const word = (): string => {
    let w = '';
    for (let i = 0, n = 2 + rng.int(3); i < n; i++) w += rng.pick(syllables);
    return w.charAt(0).toUpperCase() + w.slice(1);
  };
  return Array.from({ length: count }, (_, i) => ({
    entry: `synthetic-${i}`,
    names: [Array.from({ length: 1 + rng.int(3) }, word).join(i % 3 === 0 ? '-' : ' ')],
  }));
}

function timeRuns(runs: number, warmups: number, fn: () => void): number[] {
  for (let i = 0; i < warmups; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

function measure(sets: readonly AliasSet[], paragraphs: readonly string[], runs: number): MatcherFigure {
  const compile = timeRuns(20, 3, () => compileMatcher(sets));
  const matcher = compileMatcher(sets);
  let mentions = 0;
  const scan = timeRuns(runs, 2, () => {
    mentions = matcher.scanDocument(paragraphs).reduce((n, block) => n + block.length, 0);
  });
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const scanMs = summarize(scan);
  return {
    aliases: sets.reduce((n, s) => n + s.names.length + (s.short?.length ?? 0) + (s.generic?.length ?? 0), 0),
    chars,
    mentions,
    compile_ms: summarize(compile),
    scan_ms: scanMs,
    mb_per_s: round(chars / 1e6 / (scanMs.median / 1000), 1),
  };
}

export function measureMatcher(realSets: readonly AliasSet[], realNames: readonly string[], runs = 7): MatcherFigures {
  const real = measure(realSets, newsParagraphs(realNames, 1_000_000, 11), runs);
  const synthetic = syntheticAliasSets(500, 42);
  const syntheticNames = synthetic.flatMap((set) => set.names);
  const synthetic500 = measure(synthetic, newsParagraphs(syntheticNames, 1_000_000, 12), runs);
  if (real.mentions === 0 || synthetic500.mentions === 0)
    throw new Error('matcher bench: no mentions found in the text');
  return { real, synthetic_500: synthetic500 };
}
