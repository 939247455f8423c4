/**
 * Unicode word boundaries and German/English inflection endings, on the original text.
 *
 * JS `\b` is ASCII-only even with flag `u` ("Kurskö" would match Kursk), so word
 * characters are decided here: letters, marks and digits of any script. Invisible
 * characters (soft hyphen, zero-width space…) and combining marks are transparent:
 * they neither start nor end a word. Surrogate halves count as word characters, which
 * errs towards not matching next to astral characters.
 */
import { APOSTROPHE, SPACE, foldUnit, isCombiningMark, isIgnorable } from './normalize';

export const OTHER = 0;
export const WORD = 1;
export const TRANSPARENT = 2;

/** Per code unit: 0 = not yet computed, else class + 1. Filled lazily: page load stays cheap. */
const classes = new Uint8Array(0x10000);
/**
 * Letters, marks, digits, and connector punctuation ("UN_willing" is one word, as in identifiers).
 * Made on first use, from a string: a literal's property classes are built when the script is
 * parsed (~1 ms, in every frame that loads this), used or not.
 */
let wordChar: RegExp | null = null;

export function charClass(c: number): number {
  let k = classes[c] as number;
  if (k === 0) {
    const cls =
      isIgnorable(c) || isCombiningMark(c)
        ? TRANSPARENT
        : (c >= 0xd800 && c <= 0xdfff) ||
            (wordChar ??= new RegExp('[\\p{L}\\p{M}\\p{N}\\p{Pc}]', 'u')).test(String.fromCharCode(c))
          ? WORD
          : OTHER;
    k = cls + 1;
    classes[c] = k;
  }
  return k - 1;
}

/** Class of the first non-transparent character at or after `i` (OTHER at the end). */
function classFrom(text: string, i: number): number {
  for (; i < text.length; i++) {
    const k = charClass(text.charCodeAt(i));
    if (k !== TRANSPARENT) return k;
  }
  return OTHER;
}

/** Offset of the first non-invisible character at or after `i`. */
function skipInvisible(text: string, i: number): number {
  while (i < text.length && isIgnorable(text.charCodeAt(i))) i++;
  return i;
}

/** What a matched alias may carry at its end; decided once per alias at compile time. */
export interface EndingRules {
  /** -s / -es / 's genitives and plurals (Kursks, Nordkoreas, North Korea's). */
  genitive: boolean;
  /** A bare apostrophe after a sibilant (Kreß' Aussage). */
  apostrophe: boolean;
  /** Indeclinable adjective in -er from a place name (Kursker Gebiet, Moskauer Führung). */
  adjectiveEr: boolean;
}

/**
 * Endings for one alias key. Only letters inflect ("Artikel 4s" is nothing); -er only
 * for single-word names of four letters or more that end in a consonant or "au"
 * (Kursker, Kiewer, Moskauer), so "Ukraine" does not turn into "Ukrainer" (a person),
 * and acronyms never take it.
 */
export function endingRules(key: string, caseSensitive: boolean): EndingRules {
  const letter = /\p{L}$/u.test(key);
  return {
    genitive: letter,
    apostrophe: letter && /(s|x|z)$/.test(key),
    adjectiveEr:
      letter && !caseSensitive && !key.includes(' ') && key.length >= 4 && /([b-df-hj-np-tv-z]|au)$/.test(key),
  };
}

const S = 0x73;
const E = 0x65;
const R = 0x72;

function foldedAt(text: string, i: number): number {
  return i < text.length ? foldUnit(text.charCodeAt(i)) : -1;
}

/**
 * Where a match whose alias ends at `at` really ends, inflection included, or -1 if the
 * alias stops inside a word ("Krim" in "Krimi", "Tass" in "Tassen", "Kursk" in "Kurskö").
 * Invisible characters may sit anywhere, even inside the ending ("Putin\u00ADs").
 */
export function matchEnd(text: string, at: number, rules: EndingRules): number {
  // Accents on the last letter belong to it ("Kursk" + U+0301), but "o" + diaeresis is "ö", another letter.
  let end = at;
  for (let k = skipInvisible(text, at); k < text.length && isCombiningMark(text.charCodeAt(k)); k++) {
    if (text.charCodeAt(k) === 0x0308) return -1;
    end = k + 1;
  }
  const i = skipInvisible(text, end);
  const c = foldedAt(text, i);
  const i2 = skipInvisible(text, i + 1);
  const c2 = foldedAt(text, i2);
  const i3 = skipInvisible(text, i2 + 1);
  if (classFrom(text, i) !== WORD) {
    if (rules.genitive && c === APOSTROPHE) {
      // North Korea's / Putin’s
      if (c2 === S && classFrom(text, i3) !== WORD) return i2 + 1;
      // Kreß’ Aussage: only before another word, so a closing quote (‚Kreß‘.) is not taken.
      if (rules.apostrophe && c2 === SPACE && classFrom(text, i3) === WORD) return i + 1;
    }
    return end;
  }
  if (rules.genitive) {
    if (c === S && classFrom(text, i2) !== WORD) return i + 1;
    if (c === E && c2 === S && classFrom(text, i3) !== WORD) return i2 + 1;
  }
  if (rules.adjectiveEr && c === E && c2 === R && classFrom(text, i3) !== WORD) return i2 + 1;
  return -1;
}
