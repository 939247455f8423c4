/**
 * Grounding a date in quotes: the date expressions inside a quote ("am Samstag",
 * "im Sommer 2024"), resolved against the quote's article date, must agree with the
 * date the catalog gives; where the catalog gives none or a vaguer one, the quotes
 * supply it.
 */
import type { Article, SourceRef } from '../types';
import { parseIsoDate } from '../iso-date';
import { PRECISION_RANK, datesAgree, findDates, precisionOfIso, type ResolvedDate } from './dates';
import { segmentSentences, type Sentence } from './segment';
import type { QuoteIndex } from './validate';

/** A date a quote states, with the words that state it. */
interface QuotedDate {
  date: ResolvedDate;
  words: string;
}

/** Sentences per article, segmented on first use. */
export class SentenceCache {
  private readonly cache = new Map<string, Sentence[]>();
  constructor(private readonly articles: ReadonlyMap<string, Article>) {}

  of(articleId: string): Sentence[] {
    let sentences = this.cache.get(articleId);
    if (!sentences) {
      sentences = segmentSentences(this.articles.get(articleId)?.text ?? '');
      this.cache.set(articleId, sentences);
    }
    return sentences;
  }
}

/**
 * The dates stated inside a quote. Expressions are found in the whole sentence around
 * the quote, so "am Vortag" in the quote can lean on a date named just before it.
 */
function datesInQuote(start: number, end: number, article: Article, sentences: readonly Sentence[]): QuotedDate[] {
  const out: QuotedDate[] = [];
  for (const s of sentences) {
    if (s.end <= start || s.start >= end) continue;
    for (const d of findDates(s.text, article.date)) {
      const at = s.start + d.start;
      if (at < start || s.start + d.end > end) continue;
      if (d.resolved && d.relation === 'at') out.push({ date: d.resolved, words: d.text });
    }
  }
  return out;
}

const describe = (d: ResolvedDate): string => (d.season ? `${d.season} ${d.date}` : d.date);

/** The most precise of the dates; undefined when the most precise ones contradict each other. */
function mostPrecise(dates: readonly QuotedDate[]): QuotedDate | undefined {
  const best = Math.max(...dates.map((d) => PRECISION_RANK[d.date.precision]));
  const top = dates.filter((d) => PRECISION_RANK[d.date.precision] === best);
  return top.every((d) => datesAgree(d.date, top[0]!.date)) ? top[0] : undefined;
}

/** What grounding needs: the articles, their quotes and their sentences. */
export interface GroundingContext {
  articles: ReadonlyMap<string, Article>;
  quotes: QuoteIndex;
  sentences: SentenceCache;
}

export type GroundedDate = { date: ResolvedDate; problem?: undefined } | { date?: undefined; problem: string };

/**
 * The date for something the catalog dates as `given` (ISO, or blank) and grounds in
 * `sources`. A given date must agree with a date its quotes state, if they state any;
 * the result is the most precise agreeing date. The problem text follows the owner's name.
 */
export function groundDate(
  given: string | undefined,
  sources: readonly SourceRef[],
  ctx: GroundingContext,
): GroundedDate | undefined {
  const stated: QuotedDate[] = [];
  for (const ref of sources) {
    const at = ctx.quotes.locate(ref);
    const article = ctx.articles.get(ref.article);
    if (at && article) stated.push(...datesInQuote(at.start, at.end, article, ctx.sentences.of(ref.article)));
  }

  if (given === undefined || given.trim() === '') {
    if (stated.length === 0) return { problem: 'has no date and none of its quotes states one' };
    const sharpest = mostPrecise(stated);
    return sharpest
      ? { date: sharpest.date }
      : { problem: 'has no date and its quotes name conflicting ones; give the date' };
  }

  const precision = precisionOfIso(given);
  if (!precision || !parseIsoDate(given)) return undefined; // malformed: validateInput reports it
  const date: ResolvedDate = { date: given, precision };
  if (stated.length === 0) return { date };
  const agreeing = stated.filter((d) => datesAgree(d.date, date));
  if (agreeing.length === 0) {
    const said = stated.map((d) => `"${d.words}" = ${describe(d.date)}`).join(', ');
    return { problem: `its date ${given} disagrees with what its quotes say (${said})` };
  }
  const sharper = mostPrecise(agreeing);
  return { date: sharper && PRECISION_RANK[sharper.date.precision] > PRECISION_RANK[precision] ? sharper.date : date };
}
