/**
 * The timeline: the catalog's dated events, each checked against the dates its quotes
 * state. A quote's date expression ("am Samstag", "im Sommer 2024") is resolved against
 * its article's date; an event date that contradicts it fails the build, and a vaguer
 * event date (or none) is made as precise as the quotes allow.
 */
import type { CatalogEvent } from '../catalog-types';
import type { Article, SourceRef, TimelineEvent } from '../types';
import {
  PRECISION_RANK,
  compareResolvedDates,
  datesAgree,
  findDates,
  parseIsoDate,
  precisionOfIso,
  type ResolvedDate,
} from './dates';
import { segmentSentences, type Sentence } from './segment';
import { showQuote, type QuoteIndex } from './validate';

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

export interface TimelineResult {
  timeline: TimelineEvent[];
  problems: string[];
}

/**
 * Dates, grounds and sorts the catalog's events. Sources whose quote cannot be found
 * are left out here; `validateInput` reports them.
 */
export function buildTimeline(
  events: readonly CatalogEvent[],
  articles: ReadonlyMap<string, Article>,
  quotes: QuoteIndex,
  sentences: SentenceCache = new SentenceCache(articles),
): TimelineResult {
  const problems: string[] = [];
  const timeline: TimelineEvent[] = [];

  events.forEach((event, i) => {
    const owner = `timeline event ${i + 1} (${event.date || 'no date'}, ${showQuote(event.text.de)})`;
    const sources: SourceRef[] = [];
    const stated: QuotedDate[] = [];
    for (const ref of event.sources) {
      const at = quotes.locate(ref);
      const article = articles.get(ref.article);
      if (!at || !article) continue;
      sources.push({ article: ref.article, quote: at.exact });
      stated.push(...datesInQuote(at.start, at.end, article, sentences.of(ref.article)));
    }

    const given: ResolvedDate | undefined = parseIsoDate(event.date)
      ? { date: event.date, precision: precisionOfIso(event.date)! }
      : undefined;
    let date = given;
    if (given && stated.length > 0) {
      const agreeing = stated.filter((d) => datesAgree(d.date, given));
      if (agreeing.length === 0) {
        const said = stated.map((d) => `"${d.words}" = ${describe(d.date)}`).join(', ');
        problems.push(`${owner}: its date ${given.date} disagrees with what its quotes say (${said})`);
      } else {
        const sharper = mostPrecise(agreeing);
        if (sharper && PRECISION_RANK[sharper.date.precision] > PRECISION_RANK[given.precision]) date = sharper.date;
      }
    } else if (!given && event.date.trim() === '') {
      const sharpest = stated.length > 0 ? mostPrecise(stated) : undefined;
      if (sharpest) date = sharpest.date;
      else if (stated.length > 0) problems.push(`${owner}: has no date and its quotes name conflicting ones; give the date`);
      else problems.push(`${owner}: has no date and none of its quotes states one`);
    }
    if (!date) return; // reported above, or by validateInput (malformed date)

    timeline.push({
      date: date.date,
      precision: date.precision,
      ...(date.season ? { season: date.season } : {}),
      text: { de: event.text.de, en: event.text.en },
      entries: [...event.entries],
      sources,
    });
  });

  timeline.sort(
    (a, b) =>
      compareResolvedDates(asResolved(a), asResolved(b)) ||
      compareStrings(a.text.de, b.text.de) ||
      compareStrings(a.entries.join(), b.entries.join()),
  );
  return { timeline, problems };
}

function asResolved(e: TimelineEvent): ResolvedDate {
  const r: ResolvedDate = { date: e.date, precision: e.precision ?? precisionOfIso(e.date) ?? 'year' };
  if (e.season) r.season = e.season;
  return r;
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
