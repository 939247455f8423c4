/**
 * German-aware sentence segmentation, linear in the length of the text.
 *
 * Why not `Intl.Segmenter`: on long strings it is quadratic in Node 20's V8
 * (crbug 326176949), and it splits after "28." in "28. April" anyway.
 *
 * A sentence ends at a line break, or at . ! ? … (plus any closing quotes and
 * brackets) when the next sentence visibly starts: whitespace and then an
 * upper-case letter, a digit or an opening quote/bracket — or, with the space
 * missing ("Ende.Der"), an upper-case letter directly followed by a lower-case one.
 * A full stop does not end a sentence after an abbreviation, an initial or an
 * ordinal number ("28. April", "2. Weltkrieg").
 */

/** A span of text with UTF-16 offsets into the text it came from: `text === source.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Sentence = Span;

/** Abbreviations whose full stop never ends a sentence (compared in lower case, without the stop). */
const ABBREVIATIONS = new Set([
  'nr',
  'dr',
  'prof',
  'bzw',
  'ca',
  'st',
  'vgl',
  'mio',
  'mrd',
  'usw',
  'etc',
  'evtl',
  'ggf',
  'inkl',
  'zzgl',
  'abs',
  'bd',
  'jh',
  'jhd',
  'jr',
  'hr',
  'fr',
  'hrsg',
  'tel',
  'str',
  'mr',
  'mrs',
  'ms',
  'mind',
  'sog',
  'bspw',
  'insb',
  'gem',
  'lt',
  'ehem',
  'gegr',
  'geb',
  'gest',
  'ebd',
  'zit',
  'anm',
  'allg',
  'vs',
  'dt',
  'engl',
  'franz',
  'russ',
  'ukr',
  'feb',
  'apr',
  'aug',
  'sept',
  'okt',
  'nov',
  'dez',
  'oberstlt',
  'brig',
  'gen',
  'co',
  'inc',
  'ltd',
]);

/** Words after which "<number>." is a day of the month, never a sentence end. */
const MONTHS = new Set([
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
]);

/**
 * Words that start sentences but never follow an ordinal: an ordinal is followed by a
 * noun or an adjective ("2. Weltkrieg", "3. großer Erfolg"), never by an article,
 * pronoun, preposition or conjunction. So "stieg auf 190. Am Montag" does split.
 */
const NOT_AFTER_ORDINAL = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'eines',
  'einem',
  'einen',
  'er',
  'sie',
  'es',
  'wir',
  'ich',
  'du',
  'ihr',
  'man',
  'dies',
  'diese',
  'dieser',
  'dieses',
  'diesem',
  'diesen',
  'am',
  'im',
  'in',
  'an',
  'auf',
  'aus',
  'bei',
  'mit',
  'nach',
  'seit',
  'von',
  'vor',
  'zu',
  'zum',
  'zur',
  'für',
  'gegen',
  'laut',
  'trotz',
  'während',
  'wegen',
  'und',
  'aber',
  'doch',
  'denn',
  'oder',
  'auch',
  'so',
  'da',
  'dann',
  'damit',
  'dabei',
  'zudem',
  'außerdem',
  'jedoch',
  'nun',
  'jetzt',
  'heute',
  'wie',
  'was',
  'wer',
  'wo',
  'wenn',
  'als',
  'ob',
  'nicht',
  'noch',
  'schon',
  'bereits',
  'unterdessen',
  'inzwischen',
  'zuvor',
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'in',
  'on',
  'at',
  'this',
  'that',
]);

const TERMINATORS = new Set(['.', '!', '?', '…']);
/** Characters that close a quotation or a bracket and stay with the sentence before them. */
const CLOSERS = new Set(['"', "'", '“', '”', '‘', '’', '»', '«', '›', '‹', ')', ']', '}']);
/** Characters that may open a sentence besides letters and digits. */
const OPENERS = new Set(['„', '"', '“', '‚', "'", '‘', '»', '«', '›', '‹', '(', '[', '–', '-', '¿', '¡']);

const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/;
const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

const isLineBreak = (c: string | undefined): boolean => c !== undefined && LINE_BREAK.test(c);
const isSpace = (c: string | undefined): boolean => c !== undefined && WHITESPACE.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && UPPER.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && LOWER.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);

/** Splits text into its non-blank lines (paragraphs), with offsets. */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || isLineBreak(text[i])) {
      pushTrimmed(text, start, i, out);
      start = i + 1;
    }
  }
  return out;
}

/** Splits text into sentences, with offsets into `text`. Linear time. */
export function segmentSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isLineBreak(c)) {
      pushTrimmed(text, start, i, out);
      start = ++i;
      continue;
    }
    if (!TERMINATORS.has(c)) {
      i++;
      continue;
    }
    // Runs like "?!" or "..." count as one terminator; closers stay with the sentence.
    let end = i + 1;
    while (end < text.length && TERMINATORS.has(text[end]!)) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (endsSentence(text, i, end)) {
      pushTrimmed(text, start, end, out);
      start = end;
    }
    i = end;
  }
  pushTrimmed(text, start, text.length, out);
  return out;
}

/** Does the terminator at `at` (with its closers up to `end`) end a sentence? */
function endsSentence(text: string, at: number, end: number): boolean {
  const next = text[end];
  if (next === undefined || isLineBreak(next)) return true;

  let nextWordStart: number;
  if (isSpace(next)) {
    let j = end;
    while (j < text.length && isSpace(text[j]) && !isLineBreak(text[j])) j++;
    if (j >= text.length || isLineBreak(text[j])) return true;
    const first = text[j]!;
    if (!(isUpper(first) || isDigit(first) || OPENERS.has(first))) return false;
    nextWordStart = j;
  } else {
    // Missing space: only "Ende.Der" (upper case + lower case), not "z.B." or "10.000".
    if (!(isUpper(next) && isLower(text[end + 1]))) return false;
    nextWordStart = end;
  }

  if (text[at] !== '.' || end !== at + 1) return true;
  return !fullStopBelongsToWord(text, at, nextWordStart);
}

/** True when the full stop at `dot` is part of an abbreviation, an initial or an ordinal. */
function fullStopBelongsToWord(text: string, dot: number, nextWordStart: number): boolean {
  let s = dot;
  while (s > 0 && (isLetter(text[s - 1]) || isDigit(text[s - 1]))) s--;
  const word = text.slice(s, dot);
  if (word === '') return false;

  if (/^\p{Nd}+$/u.test(word)) {
    // "28. April", "2. Weltkrieg"; a four-digit number is a year ("seit 2023. Die …").
    if (word.length > 3) return false;
    const next = readWord(text, nextWordStart).toLowerCase();
    if (MONTHS.has(next)) return true;
    return !NOT_AFTER_ORDINAL.has(next);
  }
  if (!/^\p{L}+$/u.test(word)) return false;
  if (word.length === 1) return true; // initials and "z. B.", "u. a.", "d. h."
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** The letters starting at `from` (at most 40, which is enough to recognise a word). */
function readWord(text: string, from: number): string {
  let j = from;
  while (j < text.length && j - from < 40 && isLetter(text[j])) j++;
  return text.slice(from, j);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
