/**
 * German date expressions in a sentence, resolved against the article's date.
 *
 * News text dates things relative to the day it was written ("am Samstag", "gestern",
 * "im vergangenen Jahr"); the article date (ISO, possibly partial: `2025-04-28`,
 * `2025-04`, `2025`) turns them into calendar dates. What cannot be resolved at the
 * needed precision stays unresolved rather than guessed.
 */
import { daysInMonth, parseIsoDate, type PartialDate } from '../iso-date';

export type DatePrecision = 'day' | 'month' | 'season' | 'year';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A calendar date as precise as the text allows. For `season`, `date` is the year the season starts in. */
export interface ResolvedDate {
  /** ISO 8601: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: DatePrecision;
  season?: Season;
}

/** How the expression relates the event to the date: "seit 2023" is `since`, "bis Dezember" is `until`. */
export type DateRelation = 'at' | 'since' | 'until';

export interface DateMention {
  /** UTF-16 offsets into the sentence. */
  start: number;
  end: number;
  text: string;
  relation: DateRelation;
  /** Absent when the article date is too vague for the expression (or absent). */
  resolved?: ResolvedDate;
}

/** A date split into numbers; month and day are 1-based. */

const MONTH_NAMES = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const MONTH_ALTERNATES: Record<string, number> = { Jänner: 1, Sept: 9 };
const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const SEASONS: Record<string, Season> = {
  Frühjahr: 'spring',
  Frühling: 'spring',
  Sommer: 'summer',
  Herbst: 'autumn',
  Winter: 'winter',
};
/** First month of each season; winter runs from December into the next year. */
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

// --- Parsing and arithmetic -------------------------------------------------------------

/** The precision an ISO date string carries by its shape. */
export function precisionOfIso(iso: string): DatePrecision | undefined {
  const d = parseIsoDate(iso);
  if (!d) return undefined;
  return d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year';
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatIso(d: PartialDate): string {
  let s = pad(d.year, 4);
  if (d.month !== undefined) s += `-${pad(d.month)}`;
  if (d.month !== undefined && d.day !== undefined) s += `-${pad(d.day)}`;
  return s;
}

/** Days since 1970-01-01 (UTC), for arithmetic without time zones. */
function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

function fromDayNumber(n: number): PartialDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function day(d: PartialDate): ResolvedDate {
  return { date: formatIso(d), precision: 'day' };
}

function addDays(d: PartialDate, n: number): ResolvedDate {
  return day(fromDayNumber(dayNumber(d.year, d.month!, d.day!) + n));
}

/** The first and last day a resolved date covers, as day numbers (days since 1970-01-01). */
export function dateInterval(r: ResolvedDate): [number, number] | undefined {
  return interval(r);
}

/** The day number a date (ISO, any precision) starts or ends on. */
export function isoBound(iso: string, which: 'start' | 'end'): number | undefined {
  const precision = precisionOfIso(iso);
  const i = precision === undefined ? undefined : interval({ date: iso, precision });
  return i === undefined ? undefined : which === 'start' ? i[0] : i[1];
}

/** A day number as ISO `YYYY-MM-DD`. */
export function isoOfDayNumber(n: number): string {
  return formatIso(fromDayNumber(n));
}

function interval(r: ResolvedDate): [number, number] | undefined {
  const d = parseIsoDate(r.date);
  if (!d) return undefined;
  if (r.precision === 'season' && r.season) {
    const first = SEASON_START[r.season];
    const startYear = d.year;
    const endMonth = first + 2 > 12 ? first + 2 - 12 : first + 2;
    const endYear = first + 2 > 12 ? startYear + 1 : startYear;
    return [dayNumber(startYear, first, 1), dayNumber(endYear, endMonth, daysInMonth(endYear, endMonth))];
  }
  if (d.month === undefined) return [dayNumber(d.year, 1, 1), dayNumber(d.year, 12, 31)];
  if (d.day === undefined)
    return [dayNumber(d.year, d.month, 1), dayNumber(d.year, d.month, daysInMonth(d.year, d.month))];
  const n = dayNumber(d.year, d.month, d.day);
  return [n, n];
}

/** Two dates agree when the periods they cover overlap ("2024-08" lies in "summer 2024"). */
export function datesAgree(a: ResolvedDate, b: ResolvedDate): boolean {
  const ia = interval(a);
  const ib = interval(b);
  if (!ia || !ib) return false;
  return ia[0] <= ib[1] && ib[0] <= ia[1];
}

/** Orders dates by the day they start on, then the vaguer one first. */
export function compareResolvedDates(a: ResolvedDate, b: ResolvedDate): number {
  const ia = interval(a)?.[0] ?? Number.MAX_SAFE_INTEGER;
  const ib = interval(b)?.[0] ?? Number.MAX_SAFE_INTEGER;
  if (ia !== ib) return ia - ib;
  return PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/** Lower is vaguer. */
export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, season: 1, month: 2, day: 3 };

// --- Finding expressions ----------------------------------------------------------------

const B = '(?<![\\p{L}\\p{N}])'; // word start
const E = '(?![\\p{L}\\p{N}])'; // word end
const MONTH = `(${[...MONTH_NAMES, ...Object.keys(MONTH_ALTERNATES)].join('|')})`;
const YEAR = '((?:19|20)\\d{2})';
const DAY_MONTH = `(\\d{1,2})\\.\\s*${MONTH}${E}(?:\\s+${YEAR}${E})?`;
const WEEKDAY = `(${[...WEEKDAYS, 'Sonnabend'].join('|')})(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?${E}`;
/** Prepositions that make a month, season or year a point ("im Juni") or a bound ("seit 2023"). */
const LEAD = '([Ii]m|[Ss]eit|[Bb]is|[Aa]b|[Vv]om|[Aa]m|[Aa]nfang|[Mm]itte|[Ee]nde)\\s+';

function relationOf(lead: string | undefined): DateRelation {
  const l = lead?.toLowerCase();
  if (l === 'seit' || l === 'ab') return 'since';
  if (l === 'bis') return 'until';
  return 'at';
}

function monthNumber(name: string): number {
  return MONTH_ALTERNATES[name] ?? MONTH_NAMES.indexOf(name) + 1;
}

/** Context for resolving: the article date and the last day-precise date seen in the sentence. */
interface Anchor {
  article?: PartialDate;
  lastDay?: PartialDate;
}

interface Rule {
  pattern: RegExp;
  resolve(m: RegExpExecArray, anchor: Anchor): { relation: DateRelation; resolved?: ResolvedDate };
}

/**
 * The year of a month (and day) given without one: the article's year, or the year
 * before when that would put a past event after the article ("im Juni" in an April
 * article), or the year after for a bound still to come ("bis Dezember").
 */
function inferYear(month: number, relation: DateRelation, article: PartialDate | undefined): number | undefined {
  if (!article) return undefined;
  if (article.month === undefined) return relation === 'at' ? undefined : article.year;
  if (relation === 'until') return article.year;
  return month > article.month ? article.year - 1 : article.year;
}

function explicitDay(
  dayText: string,
  monthName: string,
  yearText: string | undefined,
  relation: DateRelation,
  anchor: Anchor,
): ResolvedDate | undefined {
  const month = monthNumber(monthName);
  const dayOfMonth = Number(dayText);
  const year = yearText !== undefined ? Number(yearText) : inferYear(month, relation, anchor.article);
  if (year === undefined || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  return day({ year, month, day: dayOfMonth });
}

/** The given weekday on or before the article date ("am Samstag" in a Monday article: two days earlier). */
function weekdayBefore(weekday: string, article: PartialDate | undefined): ResolvedDate | undefined {
  if (!article || article.month === undefined || article.day === undefined) return undefined;
  const target = weekday === 'Sonnabend' ? 6 : WEEKDAYS.indexOf(weekday);
  const n = dayNumber(article.year, article.month, article.day);
  const current = new Date(n * 86_400_000).getUTCDay();
  return addDays(article, -((current - target + 7) % 7));
}

/** "heute" keeps whatever precision the article date has. */
function sameAsArticle(article: PartialDate | undefined): ResolvedDate | undefined {
  if (!article) return undefined;
  return { date: formatIso(article), precision: precisionOfIso(formatIso(article))! };
}

function dayOffset(base: PartialDate | undefined, n: number): ResolvedDate | undefined {
  if (!base || base.month === undefined || base.day === undefined) return undefined;
  return addDays(base, n);
}

function seasonDate(
  season: Season,
  yearText: string | undefined,
  relation: DateRelation,
  article: PartialDate | undefined,
): ResolvedDate | undefined {
  let year: number | undefined;
  if (yearText !== undefined) year = Number(yearText);
  else if (article?.month !== undefined) {
    // The most recent such season that has begun by the article date.
    year = SEASON_START[season] <= article.month || relation === 'until' ? article.year : article.year - 1;
  }
  return year === undefined ? undefined : { date: pad(year, 4), precision: 'season', season };
}

const rule = (source: string, resolve: Rule['resolve']): Rule => ({ pattern: new RegExp(source, 'gu'), resolve });

/** Longer, more specific rules first: overlapping later matches are dropped. */
const RULES: Rule[] = [
  // "am Montag (28. April)", "Dienstag, 9. Juli 2024": the explicit date wins.
  rule(`${B}(?:${LEAD})?${WEEKDAY}(?:\\s*\\(\\s*|,\\s*(?:dem|den)?\\s*)${DAY_MONTH}\\s*\\)?`, (m, a) => {
    const relation = relationOf(m[1]);
    return { relation, resolved: explicitDay(m[3]!, m[4]!, m[5], relation, a) };
  }),
  // "am 26. April 2025", "seit dem 9. Juli"
  rule(`${B}(?:${LEAD}(?:dem\\s+|den\\s+)?)?${DAY_MONTH}`, (m, a) => {
    const relation = relationOf(m[1]);
    return { relation, resolved: explicitDay(m[2]!, m[3]!, m[4], relation, a) };
  }),
  // "am Samstag", "am Dienstagabend", "seit Montag"
  rule(`${B}(?:${LEAD})?${WEEKDAY}`, (m, a) => ({
    relation: relationOf(m[1]),
    resolved: weekdayBefore(m[2]!, a.article),
  })),
  // "im Juni", "Ende Juni 2024", "April 2025"
  rule(`${B}(?:${LEAD}${MONTH}${E}(?:\\s+${YEAR}${E})?|${MONTH}\\s+${YEAR}${E})`, (m, a) => {
    const relation = relationOf(m[1]);
    const monthName = m[2] ?? m[4]!;
    const yearText = m[3] ?? m[5];
    const month = monthNumber(monthName);
    const year = yearText !== undefined ? Number(yearText) : inferYear(month, relation, a.article);
    return {
      relation,
      resolved: year === undefined ? undefined : { date: formatIso({ year, month }), precision: 'month' },
    };
  }),
  // "im Sommer 2024", "seit dem Frühjahr"
  rule(`${B}(?:${LEAD}(?:dem\\s+)?)?(Frühjahr|Frühling|Sommer|Herbst|Winter)${E}(?:\\s+${YEAR}${E})?`, (m, a) => {
    if (m[1] === undefined && m[3] === undefined) return { relation: 'at' }; // a bare "Sommer" is not a date
    const relation = relationOf(m[1]);
    return { relation, resolved: seasonDate(SEASONS[m[2]!]!, m[3], relation, a.article) };
  }),
  // "seit 2023", "im Jahr 2024", "Anfang 2025"
  rule(`${B}([Ss]eit|[Aa]nfang|[Mm]itte|[Ee]nde|[Ii]m\\s+[Jj]ahre?)\\s+${YEAR}${E}`, (m) => ({
    relation: relationOf(m[1]),
    resolved: { date: m[2]!, precision: 'year' },
  })),
  // After "bis", "ab", "in" a number may count things ("bis 2000 Soldaten"): not before a noun.
  rule(`${B}([Bb]is|[Aa]b|[Ii]n)\\s+${YEAR}${E}(?!\\s+\\p{Lu}\\p{Ll})`, (m) => ({
    relation: relationOf(m[1]),
    resolved: { date: m[2]!, precision: 'year' },
  })),
  rule(
    `${B}(?:[Ii]m\\s+(?:vergangenen|letzten|vorigen)\\s+Jahr|(?:[Vv]ergangenes|[Ll]etztes|[Vv]origes)\\s+Jahr|[Ii]m\\s+Vorjahr)${E}`,
    (_m, a) => ({
      relation: 'at',
      resolved: a.article ? { date: pad(a.article.year - 1, 4), precision: 'year' } : undefined,
    }),
  ),
  rule(`${B}(?:[Ii]n\\s+diesem\\s+Jahr|[Dd]ieses\\s+Jahr|diesen\\s+Jahres)${E}`, (_m, a) => ({
    relation: 'at',
    resolved: a.article ? { date: pad(a.article.year, 4), precision: 'year' } : undefined,
  })),
  rule(
    `${B}(?:[Ii]m\\s+(?:vergangenen|letzten|vorigen)\\s+Monat|(?:[Vv]ergangenen|[Ll]etzten)\\s+Monat|[Ii]m\\s+Vormonat)${E}`,
    (_m, a) => {
      const art = a.article;
      if (!art || art.month === undefined) return { relation: 'at' };
      const prev = art.month === 1 ? { year: art.year - 1, month: 12 } : { year: art.year, month: art.month - 1 };
      return { relation: 'at', resolved: { date: formatIso(prev), precision: 'month' } };
    },
  ),
  rule(`${B}[Hh]eute${E}`, (_m, a) => ({ relation: 'at', resolved: sameAsArticle(a.article) })),
  rule(`${B}[Vv]orgestern${E}`, (_m, a) => ({ relation: 'at', resolved: dayOffset(a.article, -2) })),
  rule(`${B}[Gg]estern${E}`, (_m, a) => ({ relation: 'at', resolved: dayOffset(a.article, -1) })),
  // Relative to the date just named in the sentence: "KCNA berichtete am 9. Juli, am Vortag …"
  rule(`${B}(?:[Aa]m\\s+(?:Vortag|Vorabend|Tag\\s+zuvor)|[Tt]ags\\s+zuvor)${E}`, (_m, a) => ({
    relation: 'at',
    resolved: dayOffset(a.lastDay ?? a.article, -1),
  })),
  rule(`${B}(?:[Aa]m\\s+(?:Folgetag|nächsten\\s+Tag|Tag\\s+danach|Tag\\s+darauf)|[Tt]ags\\s+darauf)${E}`, (_m, a) => ({
    relation: 'at',
    resolved: dayOffset(a.lastDay ?? a.article, 1),
  })),
];

/**
 * Finds the date expressions in one sentence, left to right, and resolves each against
 * `articleDate` (ISO, possibly partial, possibly absent).
 */
export function findDates(sentence: string, articleDate?: string): DateMention[] {
  const candidates: { start: number; end: number; rule: Rule; match: RegExpExecArray; order: number }[] = [];
  RULES.forEach((r, order) => {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(sentence); m; m = r.pattern.exec(sentence)) {
      candidates.push({ start: m.index, end: m.index + m[0].length, rule: r, match: m, order });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

  const anchor: Anchor = { article: parseIsoDate(articleDate) };
  const out: DateMention[] = [];
  let coveredUntil = 0;
  for (const c of candidates) {
    if (c.start < coveredUntil) continue;
    const { relation, resolved } = c.rule.resolve(c.match, anchor);
    // A lone season word without preposition or year resolves to nothing and is not a date.
    if (resolved === undefined && /^(Frühjahr|Frühling|Sommer|Herbst|Winter)$/u.test(c.match[0])) continue;
    coveredUntil = c.end;
    const mention: DateMention = { start: c.start, end: c.end, text: c.match[0], relation };
    if (resolved) {
      mention.resolved = resolved;
      if (resolved.precision === 'day') anchor.lastDay = parseIsoDate(resolved.date);
    }
    out.push(mention);
  }
  return out;
}
