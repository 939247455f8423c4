/**
 * The timeline: the catalog's dated events, each checked against the dates its quotes
 * state. A quote's date expression ("am Samstag", "im Sommer 2024") is resolved against
 * its article's date; an event date that contradicts it fails the build, and a vaguer
 * event date (or none) is made as precise as the quotes allow.
 */
import type { CatalogEvent } from '../catalog-types';
import type { TimelineEvent } from '../types';
import { compareResolvedDates, precisionOfIso, type ResolvedDate } from './dates';
import { groundDate, type GroundingContext } from './date-grounding';
import { showQuote } from './validate';

export interface TimelineResult {
  timeline: TimelineEvent[];
  problems: string[];
}

/** Dates, grounds and sorts the catalog's events. */
export function buildTimeline(events: readonly CatalogEvent[], ctx: GroundingContext): TimelineResult {
  const problems: string[] = [];
  const timeline: TimelineEvent[] = [];

  events.forEach((event, i) => {
    const owner = `timeline event ${i + 1} (${event.date || 'no date'}, ${showQuote(event.text.de)})`;
    const grounded = groundDate(event.date, event.sources, ctx);
    if (grounded?.problem !== undefined) problems.push(`${owner}: ${grounded.problem}`);
    const date = grounded?.date;
    if (!date) return; // reported above, or by validateInput (malformed date)
    // Unresolvable sources are left out here; validateInput reports them.
    const sources = event.sources.flatMap((ref) => {
      const at = ctx.quotes.locate(ref);
      return at ? [{ article: ref.article, quote: at.exact }] : [];
    });

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
