/**
 * Unicode word boundaries and German/English inflection endings, on normalised text.
 *
 * JS `\b` is ASCII-only ("Kurskö" would match Kursk), so word characters are decided
 * here: letters, marks and digits of any script. Surrogate halves count as word
 * characters, which errs towards not matching next to astral characters.
 */
import { APOSTROPHE, SPACE } from './normalize';

const WORD = 1;
const OTHER = 2;
/** Lazily filled per BMP code unit: computing all 65 536 up front would cost page-load time. */
const classes = new Uint8Array(0x10000);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordCode(c: number): boolean {
  let k = classes[c];
  if (k === 0) {
    k = (c >= 0xd800 && c <= 0xdfff) || WORD_CHAR.test(String.fromCharCode(c)) ? WORD : OTHER;
    classes[c] = k;
  }
  return k === WORD;
}

const S = 0x73;
const E = 0x65;
const R = 0x72;

function boundaryAt(codes: Uint16Array, length: number, i: number): boolean {
  return i >= length || !isWordCode(codes[i] ?? SPACE);
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
 * Endings for one normalised alias key. Only letters inflect ("Artikel 4s" is nothing);
 * -er only for single-word names of four letters or more that end in a consonant, so
 * "Ukraine" does not turn into "Ukrainer" (a person) and short words stay exact.
 */
export function endingRules(key: string, caseSensitive: boolean): EndingRules {
  const last = key.charCodeAt(key.length - 1);
  const letter = isWordCode(last) && !(last >= 0x30 && last <= 0x39);
  const sibilant = /(s|x|z)$/.test(key);
  return {
    genitive: letter,
    apostrophe: letter && sibilant,
    adjectiveEr: letter && !caseSensitive && !key.includes(' ') && key.length >= 4 && /[b-df-hj-np-tv-z]$/.test(key),
  };
}

/**
 * Where a match of an alias ending at `at` really ends, inflection included, or -1 if
 * the alias stops inside a word ("Krim" in "Krimi", "Tass" in "Tassen").
 */
export function matchEnd(codes: Uint16Array, length: number, at: number, rules: EndingRules): number {
  const next = codes[at];
  if (at >= length || next === undefined) return at;
  if (!isWordCode(next)) {
    if (next === APOSTROPHE && rules.genitive) {
      // North Korea's / Putin's
      if (codes[at + 1] === S && boundaryAt(codes, length, at + 2)) return at + 2;
      // Kreß' Aussage: only before a following word, so a closing quote (‚Kreß‘.) is not taken.
      if (rules.apostrophe && codes[at + 1] === SPACE && !boundaryAt(codes, length, at + 2)) return at + 1;
    }
    return at;
  }
  if (rules.genitive) {
    if (next === S && boundaryAt(codes, length, at + 1)) return at + 1;
    if (next === E && codes[at + 1] === S && boundaryAt(codes, length, at + 2)) return at + 2;
  }
  if (rules.adjectiveEr && next === E && codes[at + 1] === R && boundaryAt(codes, length, at + 2)) return at + 2;
  return -1;
}

/** True when a match may start at `i`: a word character with no word character before it. */
export function isWordStart(codes: Uint16Array, i: number): boolean {
  const c = codes[i];
  if (c === undefined || !isWordCode(c)) return false;
  return i === 0 || !isWordCode(codes[i - 1] ?? SPACE);
}
