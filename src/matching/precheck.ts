/**
 * The cheap first question on every page: could anything from the dossier be here?
 *
 * Every mention the matcher finds starts at a word start (the scanner's own rule) and
 * spells, folded, the whole key of some alias. So its first few folded units are the
 * first units of an alias key. The pre-check keeps only those prefixes (a few hundred
 * short strings, sent to pages as a plain list) and looks at each word start of a text:
 * "no" means the matcher would find nothing there, for sure; "maybe" means the page gets
 * the real matcher. A dash and a space count as the same unit on both sides, since the
 * matcher lets a text's dash stand for an alias's space.
 *
 * Pure: no browser API. The pre-check content script runs it on the page's text blocks.
 */
import { TRANSPARENT, WORD, charClass } from './boundaries';
import { Folder, HYPHEN, SPACE, matchKey } from './normalize';
import type { AliasSet } from './types';

/** Units of each alias key kept: long enough that common words rarely share them ("der N…", "Gegen…"). */
export const PRECHECK_DEPTH = 8;

/** Bumped whenever the keys' meaning changes, so a page never reads keys of another build. */
export const PRECHECK_FORMAT = 2;

/** The first units of alias keys, split by whether the key was cut. */
export interface PrecheckKeys {
  /** The first PRECHECK_DEPTH units of longer keys. */
  prefixes: string[];
  /** Whole keys of PRECHECK_DEPTH units or fewer: they must end where a word ends, or with an ending. */
  wholes: string[];
}

/** What a page needs for the pre-check: sent as JSON (storage.local). */
export interface PrecheckData extends PrecheckKeys {
  format: number;
  /** The dossier version the keys were made from. */
  version: string;
}

/** What may follow a whole alias inside its word: the matcher's inflection endings (boundaries.ts), folded. */
const ENDINGS = new Set(['', 's', 'es', 'er']);

function unit(u: number): number {
  return u === HYPHEN ? SPACE : u;
}

/** The first units of every alias key that can produce a mention (blockers never do). */
export function precheckKeys(sets: readonly AliasSet[]): PrecheckKeys {
  const prefixes = new Set<string>();
  const wholes = new Set<string>();
  for (const set of sets) {
    const aliases = [...set.names, ...(set.short ?? []), ...(set.generic ?? []), ...(set.caseSensitive ?? [])];
    for (const alias of aliases) {
      const key = matchKey(alias);
      if (key.length === 0 || charClass(key.charCodeAt(0)) !== WORD) continue;
      let prefix = '';
      for (let i = 0; i < key.length && prefix.length < PRECHECK_DEPTH; i++) {
        prefix += String.fromCharCode(unit(key.charCodeAt(i)));
      }
      (key.length > PRECHECK_DEPTH ? prefixes : wholes).add(prefix);
    }
  }
  return { prefixes: [...prefixes].sort(), wholes: [...wholes].sort() };
}

function lengthsOf(keys: readonly string[]): number[] {
  return [...new Set(keys.map((k) => k.length))].filter((n) => n > 0).sort((a, b) => a - b);
}

/** The keys in the form the check reads them: sets, the lengths present, and the possible first units. */
export class PrecheckFilter {
  private readonly prefixes: Set<string>;
  private readonly wholes: Set<string>;
  private readonly prefixLengths: number[];
  private readonly wholeLengths: number[];
  /** Units read at a word start: the longest key and the longest ending, and one more to see the word end. */
  private readonly windowUnits: number;
  /** For ASCII code units: 1 if some key can start with its folded form (most words fail here). */
  private readonly asciiStarts = new Uint8Array(0x80);
  private readonly folder = new Folder();

  constructor(keys: PrecheckKeys) {
    this.prefixes = new Set(keys.prefixes);
    this.wholes = new Set(keys.wholes);
    this.prefixLengths = lengthsOf(keys.prefixes);
    this.wholeLengths = lengthsOf(keys.wholes);
    this.windowUnits = Math.max(0, ...this.prefixLengths, ...this.wholeLengths) + 3;
    const firsts = new Set([...keys.prefixes, ...keys.wholes].map((k) => k.charCodeAt(0)));
    for (let c = 0; c < 0x80; c++) {
      // ASCII word characters fold to themselves, capitals to lower case.
      if (firsts.has(c >= 0x41 && c <= 0x5a ? c + 32 : c)) this.asciiStarts[c] = 1;
    }
  }

  get empty(): boolean {
    return this.prefixes.size === 0 && this.wholes.size === 0;
  }

  /** False only when the matcher finds no mention anywhere in `text` (one block, as the scanner reads it). */
  mayMention(text: string): boolean {
    if (this.empty) return false;
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const cls = charClass(c);
      if (cls === TRANSPARENT) continue;
      if (cls !== WORD) {
        prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      if (c < 0x80 && this.asciiStarts[c] === 0) continue;
      if (this.matchesAt(text, i)) return true;
    }
    return false;
  }

  private matchesAt(text: string, i: number): boolean {
    const folder = this.folder;
    folder.reset(text, i);
    let window = '';
    for (let u = folder.next(); u >= 0 && window.length < this.windowUnits; u = folder.next()) {
      window += String.fromCharCode(unit(u));
    }
    for (const length of this.prefixLengths) {
      if (length > window.length) break;
      if (this.prefixes.has(window.slice(0, length))) return true;
    }
    for (const length of this.wholeLengths) {
      if (length > window.length) break;
      if (this.wholes.has(window.slice(0, length)) && ENDINGS.has(restOfWord(window, length))) return true;
    }
    return false;
  }
}

/** The word characters after `at` (the window holds three more units than any key, enough to see an ending end). */
function restOfWord(window: string, at: number): string {
  let end = at;
  while (end < window.length && charClass(window.charCodeAt(end)) === WORD) end++;
  return window.slice(at, end);
}
