/**
 * The timeline: the catalog's dated events, each checked against the dates its quotes
 * state, and ordered by what the texts say.
 *
 * Dates: a quote's date expression ("am Samstag", "im Sommer 2024") is resolved against
 * its article's date; an event date that contradicts it fails the build, and a vaguer
 * event date (or none) is made as precise as the quotes allow.
 *
 * Order: a date as vague as "2024" says little about where an event belongs, so the
 * order also follows the relation words in the quotes' sentences ("daraufhin", "wenig
 * später", "bereits zuvor", "am selben Tag"): each ties the event to the event cited
 * just before it in the same article, or to the one the catalog names for those words.
 * An event an article reports as its news (no date or relation words of its own) lies
 * inside the article's `dateRange`. Events sort by the middle of the period they can lie
 * in, every relation is kept, and only where nothing orders two events does the
 * catalog's order decide.
 */
import type { CatalogEvent } from '../catalog-types';
import type { Article, TimelineEvent } from '../types';
import { dateInterval, findDates, isoBound, isoOfDayNumber, precisionOfIso, type ResolvedDate } from './dates';
import { groundDate, type GroundingContext } from './date-grounding';
import { showQuote } from './validate';

export interface TimelineResult {
  timeline: TimelineEvent[];
  /** The relations read from the texts, between timeline events (by position in `timeline`). */
  relations: TimelineRelation[];
  problems: string[];
}

export type RelationKind = 'after' | 'before' | 'same-day';

/** "`event` happened after / before / on the same day as `anchor`", because of `words`. */
export interface TimelineRelation {
  kind: RelationKind;
  event: number;
  anchor: number;
  words: string;
  article: string;
}

/** Relation words, as they open a clause in German news text. Longer phrases first. */
const RELATION_WORDS: readonly { kind: RelationKind; pattern: RegExp }[] = [
  {
    kind: 'same-day',
    pattern: /(?<![\p{L}])(?:am selben Tag|am gleichen Tag|am selben Abend|gleichentags)(?![\p{L}])/giu,
  },
  {
    kind: 'before',
    pattern:
      /(?<![\p{L}])(?:bereits zuvor|schon zuvor|kurz zuvor|erst kürzlich|bereits vor|schon vor|zuvor)(?![\p{L}])/giu,
  },
  {
    kind: 'after',
    pattern:
      /(?<![\p{L}])(?:daraufhin|wenig später|kurz darauf|kurz danach|anschließend|als Reaktion auf|reagierte|reagiert|weder bestätigen noch dementieren)(?![\p{L}])/giu,
  },
];

/** The relation words in a sentence, left to right, without overlaps. */
export function findRelationWords(sentence: string): { kind: RelationKind; words: string; start: number }[] {
  const found: { kind: RelationKind; words: string; start: number; end: number }[] = [];
  for (const { kind, pattern } of RELATION_WORDS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ kind, words: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ kind, words, start }) => ({ kind, words, start }));
}

/** Where an event's quote stands: its article and the sentence around it. */
interface Placed {
  article: string;
  sentenceStart: number;
  sentenceEnd: number;
  sentence: string;
}

/** Dates, grounds, relates and sorts the catalog's events. */
export function buildTimeline(events: readonly CatalogEvent[], ctx: GroundingContext): TimelineResult {
  const problems: string[] = [];
  const ownerOf = (event: CatalogEvent, i: number): string =>
    `timeline event ${i + 1}${event.id ? ` "${event.id}"` : ''} (${event.date || 'no date'}, ${showQuote(event.text.de)})`;

  interface Built {
    event: TimelineEvent;
    index: number;
    date: ResolvedDate;
    placed: Placed[];
  }
  const built: Built[] = [];
  events.forEach((event, i) => {
    const grounded = groundDate(event.date, event.sources, ctx);
    if (grounded?.problem !== undefined) problems.push(`${ownerOf(event, i)}: ${grounded.problem}`);
    const date = grounded?.date;
    if (!date) return; // reported above, or by validateInput (malformed date)
    // Unresolvable sources are left out here; validateInput reports them.
    const placed: Placed[] = [];
    const sources = event.sources.flatMap((ref) => {
      const at = ctx.quotes.locate(ref);
      if (!at) return [];
      for (const s of ctx.sentences.of(ref.article)) {
        if (s.end > at.start && s.start < at.end)
          placed.push({ article: ref.article, sentenceStart: s.start, sentenceEnd: s.end, sentence: s.text });
      }
      return [{ article: ref.article, quote: at.exact }];
    });
    built.push({
      index: i,
      date,
      placed,
      event: {
        ...(event.id !== undefined ? { id: event.id } : {}),
        date: date.date,
        precision: date.precision,
        ...(date.season ? { season: date.season } : {}),
        text: { de: event.text.de, en: event.text.en },
        entries: [...event.entries],
        sources,
        ...(event.anchors?.length ? { anchors: event.anchors.map((a) => ({ words: a.words, event: a.event })) } : {}),
      },
    });
  });

  const byId = new Map<string, number>();
  built.forEach((b, k) => {
    const id = b.event.id;
    if (id === undefined) return;
    if (byId.has(id)) problems.push(`${ownerOf(events[b.index]!, b.index)}: duplicate event id "${id}"`);
    byId.set(id, k);
  });

  const relations = readRelations(built, byId, (k) => ownerOf(events[built[k]!.index]!, built[k]!.index), problems);
  const windows = built.map((b) => window(b.date, b.placed, ctx.articles));
  for (const r of relations) {
    const contradiction = contradicts(r, windows[r.event]!, windows[r.anchor]!);
    if (contradiction) {
      problems.push(
        `${ownerOf(events[built[r.event]!.index]!, built[r.event]!.index)}: "${r.words}" puts it ${r.kind === 'same-day' ? 'on the same day as' : r.kind} ` +
          `${ownerOf(events[built[r.anchor]!.index]!, built[r.anchor]!.index)}, but ${contradiction}`,
      );
    }
  }

  const order = orderEvents(windows, relations, (k) => ownerOf(events[built[k]!.index]!, built[k]!.index), problems);
  const position = new Map(order.map((k, i) => [k, i]));
  const timeline = order.map((k) => built[k]!.event);
  const remapped = relations.map((r) => ({ ...r, event: position.get(r.event)!, anchor: position.get(r.anchor)! }));
  return { timeline, relations: remapped, problems };
}

/**
 * The relations in the events' quote sentences. Each relation word ties the event to the
 * event named for those words in `anchors`, or else to the event whose quote stands
 * nearest before it in the same article.
 */
function readRelations(
  built: readonly { event: TimelineEvent; placed: Placed[] }[],
  byId: ReadonlyMap<string, number>,
  owner: (k: number) => string,
  problems: string[],
): TimelineRelation[] {
  const out: TimelineRelation[] = [];
  built.forEach((b, k) => {
    const anchors = b.event.anchors ?? [];
    const used = new Set<string>();
    const seen = new Set<string>();
    for (const p of b.placed) {
      const key = `${p.article}:${p.sentenceStart}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const w of findRelationWords(p.sentence)) {
        const named = anchors.find((a) => a.words.toLowerCase() === w.words.toLowerCase());
        let anchor: number | undefined;
        if (named) {
          used.add(named.words);
          anchor = byId.get(named.event);
          if (anchor === undefined)
            problems.push(`${owner(k)}: anchor "${named.words}" points to unknown event "${named.event}"`);
        } else {
          anchor = nearestBefore(built, k, p);
          if (anchor === undefined) {
            problems.push(
              `${owner(k)}: "${w.words}" relates it to an earlier event, but no other event cites an earlier sentence of article "${p.article}"; name it in anchors`,
            );
          }
        }
        if (anchor !== undefined && anchor !== k)
          out.push({ kind: w.kind, event: k, anchor, words: w.words, article: p.article });
      }
    }
    for (const a of anchors) {
      if (!used.has(a.words))
        problems.push(`${owner(k)}: anchor words "${a.words}" are not a relation word in any of its quotes' sentences`);
    }
  });
  return out;
}

/** The event citing the sentence nearest before `p` in the same article (not `self`). */
function nearestBefore(built: readonly { placed: Placed[] }[], self: number, p: Placed): number | undefined {
  let best: { k: number; start: number } | undefined;
  built.forEach((b, k) => {
    if (k === self) return;
    for (const q of b.placed) {
      if (q.article !== p.article || q.sentenceStart >= p.sentenceStart) continue;
      if (!best || q.sentenceStart > best.start) best = { k, start: q.sentenceStart };
    }
  });
  return best?.k;
}

/** The first and last day an event can lie on (day numbers). */
export interface Window {
  start: number;
  end: number;
  /** How precise the event's own date is, for messages. */
  date: string;
}

/**
 * The period an event can lie in: its date's, narrowed to an article's `dateRange` where
 * that article reports it as news (its sentence states no date and no relation).
 */
function window(date: ResolvedDate, placed: readonly Placed[], articles: ReadonlyMap<string, Article>): Window {
  let [start, end] = dateInterval(date) ?? [0, 0];
  for (const p of placed) {
    const range = articles.get(p.article)?.dateRange;
    if (!range) continue;
    // A weekday the article date cannot resolve ("am Dienstagabend" in a text dated 2024) is still its news.
    const states =
      findDates(p.sentence, articles.get(p.article)?.date).some((d) => d.resolved) ||
      findRelationWords(p.sentence).length > 0;
    if (states) continue;
    const from = isoBound(range.from, 'start');
    const to = isoBound(range.to, 'end');
    if (from === undefined || to === undefined) continue;
    if (Math.max(start, from) <= Math.min(end, to)) [start, end] = [Math.max(start, from), Math.min(end, to)];
  }
  return { start, end, date: date.season ? `${date.season} ${date.date}` : date.date };
}

/** Why a relation cannot hold given the two events' periods, or undefined when it can. */
function contradicts(r: TimelineRelation, event: Window, anchor: Window): string | undefined {
  const show = (w: Window): string => `${w.date} (${isoOfDayNumber(w.start)} … ${isoOfDayNumber(w.end)})`;
  if (r.kind === 'after' && event.end < anchor.start)
    return `its date ${show(event)} ends before that event's ${show(anchor)} begins`;
  if (r.kind === 'before' && event.start > anchor.end)
    return `its date ${show(event)} begins after that event's ${show(anchor)} ends`;
  if (r.kind === 'same-day' && (event.end < anchor.start || event.start > anchor.end))
    return `their dates ${show(event)} and ${show(anchor)} do not overlap`;
  return undefined;
}

/**
 * The order: by the middle of each event's period, moved so that every relation holds
 * (an event after another sorts no earlier than it, one before no later), ties broken by
 * catalog order. A cycle of relations is a problem; its events keep catalog order.
 */
function orderEvents(
  windows: readonly Window[],
  relations: readonly TimelineRelation[],
  owner: (k: number) => string,
  problems: string[],
): number[] {
  const n = windows.length;
  const key = windows.map((w) => (w.start + w.end) / 2);
  // "a must come before b" edges.
  const edges: [number, number][] = relations.map((r) =>
    r.kind === 'before' ? [r.event, r.anchor] : [r.anchor, r.event],
  );
  // Keys move along the edges until every edge agrees (n rounds suffice without a cycle).
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (const [a, b] of edges) {
      if (key[b]! < key[a]!) {
        // The vaguer event moves: a dated event keeps its place, a year or range gives way.
        if (windows[b]!.end - windows[b]!.start >= windows[a]!.end - windows[a]!.start) key[b] = key[a]!;
        else key[a] = key[b]!;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const preds = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges) preds[b]!.add(a);
  const placed: number[] = [];
  const done = new Set<number>();
  while (placed.length < n) {
    let next: number | undefined;
    for (let k = 0; k < n; k++) {
      if (done.has(k) || [...preds[k]!].some((p) => !done.has(p))) continue;
      if (next === undefined || key[k]! < key[next]!) next = k;
    }
    if (next === undefined) {
      const stuck = [...Array(n).keys()].filter((k) => !done.has(k));
      problems.push(`timeline relations form a cycle among: ${stuck.map(owner).join('; ')}`);
      for (const k of stuck) placed.push(k);
      break;
    }
    done.add(next);
    placed.push(next);
  }
  return placed;
}

/**
 * Checks a finished timeline against the relations read from its texts: every event
 * after (before) its anchor sorts after (before) it, and no event sorts before another
 * whose whole period lies earlier than its own. One message per breach.
 */
export function timelineOrderProblems(
  timeline: readonly TimelineEvent[],
  relations: readonly TimelineRelation[],
): string[] {
  const problems: string[] = [];
  const name = (i: number): string =>
    `timeline event at position ${i + 1} (${timeline[i]!.date}, ${showQuote(timeline[i]!.text.de)})`;
  for (const r of relations) {
    const ok = r.kind === 'before' ? r.event < r.anchor : r.event > r.anchor;
    if (!ok)
      problems.push(
        `${name(r.event)} must sort ${r.kind === 'before' ? 'before' : 'after'} ${name(r.anchor)} ("${r.words}" in article "${r.article}")`,
      );
  }
  const spans = timeline.map((t) =>
    dateInterval({
      date: t.date,
      precision: t.precision ?? precisionOfIso(t.date) ?? 'year',
      ...(t.season ? { season: t.season } : {}),
    }),
  );
  for (let i = 0; i < timeline.length; i++) {
    for (let j = i + 1; j < timeline.length; j++) {
      const a = spans[i];
      const b = spans[j];
      if (a && b && b[1] < a[0]) problems.push(`${name(j)} lies wholly before ${name(i)} but sorts after it`);
    }
  }
  return problems;
}

/** Code-unit order: the same everywhere, unlike `localeCompare`. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
