/**
 * Normalisation for matching, with a map back to the original text.
 *
 * News sites serve the same name in many byte forms (soft hyphens, NBSP, typographic
 * dashes and apostrophes, capitals, combining umlauts, "oe" for "ö"). Both the aliases
 * and the page text go through `normalize`, so the matcher compares one canonical form;
 * every output code unit remembers the original range it came from, so a match in the
 * normalised text maps back to exact UTF-16 offsets in what the page shows.
 *
 * The canonical form: lower case (unless `keepCase`), umlauts as digraphs (ä→ae, ö→oe,
 * ü→ue, ß→ss: "Pjöngjang" = "Pjoengjang", "Kreß" = "Kress"), other diacritics dropped
 * (after NFD), whitespace runs as one ' ', dash variants as '-', apostrophe variants as
 * "'", invisible characters removed.
 */

export interface Normalized {
  /** Canonical code units; only the first `length` are valid. */
  readonly codes: Uint16Array;
  readonly length: number;
  /** Original start offset of the character each code unit came from. */
  readonly start: Int32Array;
  /** Original end offset (exclusive) of that character, combining marks included. */
  readonly end: Int32Array;
}

export const SPACE = 0x20;
export const HYPHEN = 0x2d;
export const APOSTROPHE = 0x27;

/** Invisible characters that sites put inside words (hyphenation hints, joiners, BOM, bidi marks). */
export function isIgnorable(c: number): boolean {
  return (
    c === 0x00ad || // soft hyphen
    c === 0x034f || // combining grapheme joiner
    (c >= 0x200b && c <= 0x200f) || // ZWSP, ZWNJ, ZWJ, LRM, RLM
    c === 0x2060 || // word joiner
    c === 0xfeff // BOM / ZWNBSP
  );
}

function isWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Hyphen, non-breaking hyphen, figure dash, en dash: all written inside names ("Kim Jong‑un"). */
function isDash(c: number): boolean {
  return c >= 0x2010 && c <= 0x2013;
}

/** ’ ‘ ʼ ´ ` ′: typographic stand-ins for the apostrophe. */
function isApostrophe(c: number): boolean {
  return c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0xb4 || c === 0x60 || c === 0x2032;
}

/** Combining marks in the ranges Latin-script sites use; they attach to the previous character. */
function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

const COMBINING_DIAERESIS = 0x0308;
const DIGRAPHS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ẞ: 'SS' };
const MARKS = /\p{M}/gu;

/** Canonical form of one non-ASCII code point; cached because pages repeat the same few. */
function foldCodePoint(cp: number, keepCase: boolean): string {
  const cache = keepCase ? caseCache : foldCache;
  let folded = cache.get(cp);
  if (folded !== undefined) return folded;
  const raw = String.fromCodePoint(cp);
  // Lower-casing may change the length ("İ" → "i̇"); the offset map copes, since every
  // output unit maps to the whole source character.
  const cased = keepCase ? raw : raw.toLowerCase();
  folded = '';
  for (const ch of cased) {
    folded += DIGRAPHS[ch] ?? ch.normalize('NFD').replace(MARKS, '');
  }
  cache.set(cp, folded);
  return folded;
}
const foldCache = new Map<number, string>();
const caseCache = new Map<number, string>();

/** Normalise `text`; see the module comment for the canonical form. */
export function normalize(text: string, keepCase = false): Normalized {
  const n = text.length;
  let capacity = n + 16;
  let codes = new Uint16Array(capacity);
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let length = 0;
  // Index of the output unit that the last base character produced first/last, so
  // combining marks can extend it (and a diaeresis on a/o/u can add the 'e').
  let baseFirst = -1;

  const push = (code: number, from: number, to: number): void => {
    if (length === capacity) {
      capacity *= 2;
      const c2 = new Uint16Array(capacity);
      c2.set(codes);
      codes = c2;
      const s2 = new Int32Array(capacity);
      s2.set(start);
      start = s2;
      const e2 = new Int32Array(capacity);
      e2.set(end);
      end = e2;
    }
    codes[length] = code;
    start[length] = from;
    end[length] = to;
    length++;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) {
        if (length === 0 || codes[length - 1] !== SPACE) push(SPACE, i, i + 1);
        baseFirst = -1;
      } else {
        push(!keepCase && c >= 0x41 && c <= 0x5a ? c + 32 : c, i, i + 1);
        baseFirst = length - 1;
      }
      continue;
    }
    if (isIgnorable(c)) continue;
    if (isCombiningMark(c)) {
      if (baseFirst < 0) continue;
      for (let k = baseFirst; k < length; k++) end[k] = i + 1;
      const base = codes[length - 1];
      // "o\u0308" is "ö": give it the same digraph as the precomposed form.
      if (c === COMBINING_DIAERESIS && length - 1 === baseFirst && isDiaeresisBase(base)) {
        push(0x65, start[baseFirst] ?? i, i + 1);
      }
      continue;
    }
    if (isWhitespace(c)) {
      if (length === 0 || codes[length - 1] !== SPACE) push(SPACE, i, i + 1);
      baseFirst = -1;
      continue;
    }
    if (isDash(c)) {
      push(HYPHEN, i, i + 1);
      baseFirst = -1;
      continue;
    }
    if (isApostrophe(c)) {
      push(APOSTROPHE, i, i + 1);
      baseFirst = -1;
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const folded = foldCodePoint(cp, keepCase);
    if (folded.length === 0) {
      // A mark outside the ranges above: attach it like a combining mark.
      if (baseFirst >= 0) for (let k = baseFirst; k < length; k++) end[k] = i + width;
    } else {
      const first = length;
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, i + width);
      baseFirst = first;
    }
    i += width - 1;
  }
  return { codes, length, start, end };
}

function isDiaeresisBase(code: number | undefined): boolean {
  return code === 0x61 || code === 0x6f || code === 0x75 || code === 0x41 || code === 0x4f || code === 0x55;
}

/** The normalised form as a string (aliases, tests, debugging). */
export function normalizedString(norm: Normalized): string {
  let out = '';
  for (let i = 0; i < norm.length; i += 4096) {
    out += String.fromCharCode(...norm.codes.subarray(i, Math.min(norm.length, i + 4096)));
  }
  return out;
}

/**
 * The key an alias or matched text is compared by: normalised, with '-' and ' ' as one
 * separator ("Kim Jong-un" = "Kim Jong Un") and trimmed.
 */
export function matchKey(text: string, keepCase = false): string {
  return normalizedString(normalize(text, keepCase)).replace(/-/g, ' ').trim();
}
