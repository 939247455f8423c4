/**
 * What matters most *for this page*, as pure text maths: the card prefers the summary
 * sentences and facts whose words or dates overlap the page around the mention (a page
 * about the April 2025 recapture gets the recapture, not the July 2024 offensive) and
 * falls back to the dossier's order. It also keeps facts that only restate a summary
 * sentence out of the card.
 */

import { parseIsoDate } from '../../dossier/iso-date';

/** Function words and very common news words: overlap in these says nothing. */
const STOPWORDS = new Set(
  (
    'aber alle allem allen aller alles also auch auf aus bei beim bereits bis dabei damit dann darauf das dass dem den denen der des dessen die dies diese diesem diesen dieser doch dort durch eine einem einen einer eines etwa für gegen habe haben hatte hier ihre ihren ihrer immer jedoch jetzt kann keine mehr mit nach nicht noch nun oder ohne schon sein seine seiner seit sich sind sowie über unter vom von vor wäre waren weder weil weiter welche wenn werden wird wurde wurden zum zur zwei drei sagte sagt erklärte laut heißt soll sollen nach ' +
    'about after also been before being between both could does from have having into more most much only other over said says such than that their them then there these they this those through under very were what when where which while will with would according'
  ).split(' '),
);

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  january: 1,
  februar: 2,
  february: 2,
  märz: 3,
  march: 3,
  april: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  juli: 7,
  july: 7,
  august: 8,
  september: 9,
  oktober: 10,
  october: 10,
  november: 11,
  dezember: 12,
  december: 12,
};

/** Words (crudely stemmed: German inflects) and dates (`2025`, `2025-04`) of a text. */
export interface Terms {
  words: Set<string>;
  dates: Set<string>;
}

const STEM = 6;

export function termsOf(text: string): Terms {
  const words = new Set<string>();
  const dates = new Set<string>();
  const tokens = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (/^(19|20)\d\d$/.test(token)) {
      dates.add(token);
      // "April 2025", "im Juli 2024": the month before the year.
      const month = MONTHS[tokens[i - 1] ?? ''];
      if (month) dates.add(`${token}-${String(month).padStart(2, '0')}`);
      continue;
    }
    if (token.length < 4 || /^\d+$/.test(token) || STOPWORDS.has(token)) continue;
    words.add(token.slice(0, STEM));
  }
  return { words, dates };
}

/** A partial ISO date (`2025`, `2025-04`, `2025-04-26`) as the date terms it matches on a page; no real date, none. */
function isoDateTerms(iso: string | undefined): string[] {
  const date = parseIsoDate(iso);
  if (!date) return [];
  const year = String(date.year).padStart(4, '0');
  return date.month === undefined ? [year] : [year, `${year}-${String(date.month).padStart(2, '0')}`];
}

/** How much a text shares with the page: shared words, and dates (a shared month counts most). */
export function overlapScore(text: string, page: Terms, isoDate?: string): number {
  const terms = termsOf(text);
  for (const date of isoDateTerms(isoDate)) terms.dates.add(date);
  let score = 0;
  for (const word of terms.words) if (page.words.has(word)) score += 1;
  for (const date of terms.dates) if (page.dates.has(date)) score += date.length > 4 ? 3 : 1;
  return score;
}

/** Below this a match is chance: the dossier's own order is the better guess. */
const MIN_SCORE = 2;

/**
 * The indices of `texts` in the order they matter for the page: clear matches first
 * (best first, ties in dossier order), then the rest in dossier order. Without page
 * text, the dossier order.
 */
export function rankForPage(
  texts: readonly { text: string; date?: string }[],
  pageText: string | undefined,
  ignore: readonly string[] = [],
): number[] {
  const order = texts.map((_, i) => i);
  if (!pageText) return order;
  const page = termsOf(pageText);
  // The entry's own names are on the page by definition: they tell the sentences apart not at all.
  for (const name of ignore) for (const word of termsOf(name).words) page.words.delete(word);
  const scores = texts.map((item) => overlapScore(item.text, page, item.date));
  const clear = order.filter((i) => scores[i]! >= MIN_SCORE).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return [...clear, ...order.filter((i) => scores[i]! < MIN_SCORE)];
}

/**
 * The lead: the first sentences in page order that fit the budget (always at least one),
 * shown in the dossier's order so they read as the summary does.
 */
export function pickLead(
  sentences: readonly string[],
  ranked: readonly number[],
  maxChars: number,
  maxCount = 2,
): number[] {
  const picked: number[] = [];
  let used = 0;
  for (const i of ranked) {
    const length = sentences[i]!.length;
    if (picked.length > 0 && (used + length > maxChars || picked.length >= maxCount)) break;
    picked.push(i);
    used += length;
  }
  return picked.sort((a, b) => a - b);
}

/** A fact most of whose words a summary sentence already says (it would only repeat it). */
export function restates(fact: string, sentences: readonly string[]): boolean {
  const words = termsOf(fact).words;
  if (words.size === 0) return false;
  return sentences.some((sentence) => {
    const other = termsOf(sentence).words;
    let shared = 0;
    for (const word of words) if (other.has(word)) shared++;
    return shared / words.size >= 0.6;
  });
}
