/**
 * Normalisation for matching, streamed so offsets map back to the original text.
 *
 * News sites serve the same name in many forms (soft hyphens, NBSP, typographic dashes
 * and apostrophes, capitals, combining umlauts, "oe" for "ö"). Aliases and page text go
 * through the same per-character fold, so the matcher compares one canonical form:
 *
 * - lower case (folds that change length, "İ" → "i̇", stay correct: see below);
 * - umlauts as digraphs, ß as ss: "Pjöngjang" = "Pjoengjang" = "Pjo\u0308ngjang", "Kreß" = "Kress";
 * - other diacritics dropped (é → e), since sites and transliterations differ there;
 * - whitespace runs as one ' '; every dash (hyphen, non-breaking hyphen, figure and en
 *   dash) as '-'. In an alias, a hyphen before a lower-case letter joins name syllables
 *   and becomes ' ' ("Kim Jong-un" = "Kim Jong Un" = "Kim Jong‑un"; the scanner lets a
 *   text '-' match an alias ' '); a hyphen before a capital joins a compound and stays
 *   '-', so "Nordkorea-Soldaten" never matches "dass Nordkorea Soldaten entsandt habe";
 * - typographic apostrophes as "'", typographic double quotes and guillemets as '"';
 * - invisible characters (soft hyphen, zero-width space/joiners, word joiner, BOM) dropped.
 *
 * The page text is never copied: `Folder` walks the original string from any offset and
 * reports where each original character ends, so a match maps back to exact UTF-16
 * offsets however many code units a character folded into.
 */

export const SPACE = 0x20;
export const HYPHEN = 0x2d;
export const APOSTROPHE = 0x27;
export const QUOTE = 0x22;
/** `foldUnit` results below zero: what to do with a code unit that is not one canonical unit. */
export const IGNORE = -1;
export const EXPAND = -2;
export const MARK = -3;

const COMBINING_DIAERESIS = 0x0308;
const DIGRAPHS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
/** Made on first use, from a string (a literal's class is built at parse time, in every frame). */
let marks: RegExp | null = null;

/** Invisible characters sites put inside words (hyphenation hints, joiners, BOM, bidi marks). */
export function isIgnorable(c: number): boolean {
  return c === 0x00ad || c === 0x034f || (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff;
}

/** Combining marks in the ranges Latin-script text uses; they belong to the preceding character. */
export function isCombiningMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
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

/** ’ ‘ ʼ ´ ` ′: typographic stand-ins for the apostrophe. */
function isApostrophe(c: number): boolean {
  return c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0xb4 || c === 0x60 || c === 0x2032;
}

/** “ ” „ ‟ « » ″ ＂: typographic double quotes, all '"' (blockers like 'U-Boot "Kursk"' match every style). */
function isDoubleQuote(c: number): boolean {
  return (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb || c === 0x2033 || c === 0xff02;
}

/** Per code unit: 0 = not yet computed, > 0 = canonical unit + 1, < 0 = IGNORE / EXPAND / MARK. */
const table = new Int32Array(0x10000);
/** Canonical forms longer than one unit ("ä" → "ae", "İ" → "i", "ß" → "ss"). */
const expansions = new Map<number, string>();

function computeFold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (isWhitespace(c)) return SPACE;
  if (c < 0x80) return c === 0x60 ? APOSTROPHE : c;
  if (c >= 0x2010 && c <= 0x2013) return HYPHEN;
  if (isIgnorable(c)) return IGNORE;
  if (isCombiningMark(c)) return MARK;
  if (isApostrophe(c)) return APOSTROPHE;
  if (isDoubleQuote(c)) return QUOTE;
  // Surrogate halves pass through unchanged, in aliases and text alike.
  if (c >= 0xd800 && c <= 0xdfff) return c;
  let folded = '';
  for (const ch of String.fromCharCode(c).toLowerCase())
    folded += DIGRAPHS[ch] ?? ch.normalize('NFD').replace((marks ??= new RegExp('\\p{M}', 'gu')), '');
  if (folded.length === 0) return MARK;
  if (folded.length === 1) return folded.charCodeAt(0);
  expansions.set(c, folded);
  return EXPAND;
}

/** The canonical unit for code unit `c`, or IGNORE / EXPAND (see `expansionOf`) / MARK. */
export function foldUnit(c: number): number {
  let v = table[c] as number;
  if (v === 0) {
    v = computeFold(c);
    v = v >= 0 ? v + 1 : v;
    table[c] = v;
  }
  return v > 0 ? v - 1 : v;
}

export function expansionOf(c: number): string {
  return expansions.get(c) ?? '';
}

function isDiaeresisBase(code: number): boolean {
  return code === 0x61 || code === 0x6f || code === 0x75;
}

/**
 * Streams the canonical code units of a text from an offset. After each `next()`,
 * `charEnd` is the original offset just past the character that produced the unit if
 * that unit completes it, else -1 (the first 's' of a folded 'ß').
 */
export class Folder {
  charEnd = -1;
  private text = '';
  private pos = 0;
  private pending = '';
  private pendingAt = 0;
  private last = -1;
  private lastFromBase = false;

  reset(text: string, pos: number): void {
    this.text = text;
    this.pos = pos;
    this.pending = '';
    this.pendingAt = 0;
    this.last = -1;
    this.lastFromBase = false;
    this.charEnd = -1;
  }

  /** Next canonical unit, or -1 at the end of the text. */
  next(): number {
    if (this.pendingAt < this.pending.length) {
      const u = this.pending.charCodeAt(this.pendingAt++);
      this.charEnd = this.pendingAt === this.pending.length ? this.pos : -1;
      this.last = u;
      return u;
    }
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos++);
      const v = foldUnit(c);
      if (v >= 0) {
        if (v === SPACE && this.last === SPACE) continue;
        this.last = v;
        this.lastFromBase = v !== SPACE;
        this.charEnd = this.pos;
        return v;
      }
      if (v === IGNORE) continue;
      if (v === MARK) {
        // "o\u0308" is "ö": the same digraph as the precomposed form.
        if (c === COMBINING_DIAERESIS && this.lastFromBase && isDiaeresisBase(this.last)) {
          this.last = 0x65;
          this.lastFromBase = false;
          this.charEnd = this.pos;
          return 0x65;
        }
        continue;
      }
      this.pending = expansionOf(c);
      this.pendingAt = 1;
      this.charEnd = this.pending.length === 1 ? this.pos : -1;
      this.last = this.pending.charCodeAt(this.pending.length - 1);
      this.lastFromBase = true;
      return this.pending.charCodeAt(0);
    }
    this.charEnd = -1;
    return -1;
  }
}

const keyFolder = new Folder();

const SYLLABLE_HYPHEN = /[-\u2010-\u2013](?=[\u00ad\u200b-\u200d\u2060]*\p{Ll})/gu;

/**
 * The canonical form of an alias: what the matcher compares. Hyphens before a
 * lower-case letter ("Jong-un") become spaces; see the module comment.
 */
export function matchKey(text: string): string {
  keyFolder.reset(text.replace(SYLLABLE_HYPHEN, ' '), 0);
  let out = '';
  for (let u = keyFolder.next(); u >= 0; u = keyFolder.next()) out += String.fromCharCode(u);
  return out.trim();
}

/** Characters news sites put inside words that a reader never sees (soft hyphens, zero-width ones). */
export const INVISIBLE = /[\u00ad\u034f\u200b-\u200f\u2060\ufeff]/g;
const SEPARATORS = /[\s\u2010-\u2013-]+/g;

/** Case-preserving form for acronyms that must match with exact case ("NIS" is not "nis"). */
export function exactKey(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SEPARATORS, ' ').trim();
}
