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
 * Keys also say how loud their entries are: a *story* key belongs to an entry the page
 * marks wherever it stands (a story entry, or one of no story); a *background* key only to
 * entries marked on pages about their story. A page with background names alone is not
 * about any story (relevance.md), so its frames need the full script only where the reader
 * marks everywhere or the tab's top document is about a story.
 *
 * Pure: no browser API. The pre-check content script runs it on the page's text blocks.
 */
import { TRANSPARENT, WORD, charClass } from './boundaries';
import { Folder, HYPHEN, SPACE, foldUnit, matchKey } from './normalize';
import type { AliasSet } from './types';

/** Units of each alias key kept: long enough that common words rarely share them ("der N…", "Gegen…"). */
export const PRECHECK_DEPTH = 8;

/** Bumped whenever the keys' meaning changes, so a page never reads keys of another build. */
export const PRECHECK_FORMAT = 3;

/** What a text may hold: nothing, names of background entries only, or a name marked anywhere. */
export const NOTHING = 0;
export const BACKGROUND = 1;
export const STORY = 2;
export type PrecheckLevel = typeof NOTHING | typeof BACKGROUND | typeof STORY;

/** The first units of alias keys, split by whether the key was cut. */
export interface PrecheckKeys {
  /** The first PRECHECK_DEPTH units of longer keys. */
  prefixes: string[];
  /** Whole keys of PRECHECK_DEPTH units or fewer: they must end where a word ends, or with an ending. */
  wholes: string[];
  /** The keys that only background entries have: '>' + a prefix, '=' + a whole key. */
  background: string[];
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

/**
 * The first units of every alias key that can produce a mention (blockers never do).
 * `isStory(entry)`: whether the entry is marked on any page (default: every entry is).
 */
export function precheckKeys(
  sets: readonly AliasSet[],
  isStory: (entry: string) => boolean = () => true,
): PrecheckKeys {
  const prefixes = new Set<string>();
  const wholes = new Set<string>();
  const story = new Set<string>();
  for (const set of sets) {
    const loud = isStory(set.entry);
    const aliases = [...set.names, ...(set.short ?? []), ...(set.generic ?? []), ...(set.caseSensitive ?? [])];
    for (const alias of aliases) {
      const key = matchKey(alias);
      if (key.length === 0 || charClass(key.charCodeAt(0)) !== WORD) continue;
      let prefix = '';
      for (let i = 0; i < key.length && prefix.length < PRECHECK_DEPTH; i++) {
        prefix += String.fromCharCode(unit(key.charCodeAt(i)));
      }
      const cut = key.length > PRECHECK_DEPTH;
      (cut ? prefixes : wholes).add(prefix);
      if (loud) story.add(`${cut ? '>' : '='}${prefix}`);
    }
  }
  const background = [...[...prefixes].map((k) => `>${k}`), ...[...wholes].map((k) => `=${k}`)].filter(
    (k) => !story.has(k),
  );
  return { prefixes: [...prefixes].sort(), wholes: [...wholes].sort(), background: background.sort() };
}

function lengthsOf(keys: readonly string[]): number[] {
  return [...new Set(keys.map((k) => k.length))].filter((n) => n > 0).sort((a, b) => a - b);
}

/** The keys in the form the check reads them: sets, the lengths present, and the possible first units. */
export class PrecheckFilter {
  /** Key → its level (STORY or BACKGROUND). */
  private readonly prefixes: Map<string, PrecheckLevel>;
  private readonly wholes: Map<string, PrecheckLevel>;
  private readonly prefixLengths: number[];
  private readonly wholeLengths: number[];
  /** Units read at a word start: the longest key and the longest ending, and one more to see the word end. */
  private readonly windowUnits: number;
  /** For ASCII code units: 1 if some key can start with its folded form (most words fail here). */
  private readonly asciiStarts = new Uint8Array(0x80);
  /** For folded ASCII first units: 1 if a key starts with it and then a unit the pair table does not hold. */
  private readonly anySecond = new Uint8Array(0x80);
  /** For two folded ASCII units (first × 128 + second): 1 if some key starts with them; most words stop here. */
  private readonly asciiPairs = new Uint8Array(0x80 * 0x80);
  private readonly folder = new Folder();

  constructor(keys: PrecheckKeys) {
    const quiet = new Set(keys.background);
    const level =
      (mark: string) =>
      (key: string): [string, PrecheckLevel] => [key, quiet.has(mark + key) ? BACKGROUND : STORY];
    this.prefixes = new Map(keys.prefixes.map(level('>')));
    this.wholes = new Map(keys.wholes.map(level('=')));
    this.prefixLengths = lengthsOf(keys.prefixes);
    this.wholeLengths = lengthsOf(keys.wholes);
    this.windowUnits = Math.max(0, ...this.prefixLengths, ...this.wholeLengths) + 3;
    const all = [...keys.prefixes, ...keys.wholes];
    const firsts = new Set(all.map((k) => k.charCodeAt(0)));
    for (let c = 0; c < 0x80; c++) {
      // ASCII word characters fold to themselves, capitals to lower case.
      if (firsts.has(c >= 0x41 && c <= 0x5a ? c + 32 : c)) this.asciiStarts[c] = 1;
    }
    for (const key of all) {
      const first = key.charCodeAt(0);
      const second = key.length > 1 ? key.charCodeAt(1) : 0x80;
      if (first >= 0x80) continue;
      if (second >= 0x80) this.anySecond[first] = 1;
      else this.asciiPairs[first * 0x80 + second] = 1;
    }
  }

  /** False where the word at `i` (an ASCII start) cannot begin any key, read from two characters only. */
  private pairMayStart(text: string, i: number, c: number): boolean {
    const first = unit(foldUnit(c));
    if (this.anySecond[first] === 1) return true;
    const next = text.charCodeAt(i + 1);
    // Anything but a plain ASCII character next (an invisible one, an umlaut, the end) takes the full path.
    if (!(next < 0x80)) return true;
    const second = foldUnit(next);
    return second < 0 || this.asciiPairs[first * 0x80 + unit(second)] === 1;
  }

  get empty(): boolean {
    return this.prefixes.size === 0 && this.wholes.size === 0;
  }

  /** False only when the matcher finds no mention anywhere in `text` (one block, as the scanner reads it). */
  mayMention(text: string): boolean {
    return this.level(text) !== NOTHING;
  }

  /**
   * The loudest entries `text` may name: NOTHING only when the matcher finds no mention in it
   * (one block, as the scanner reads it); BACKGROUND only when every mention is of an entry
   * with background keys alone.
   */
  level(text: string): PrecheckLevel {
    if (this.empty) return NOTHING;
    let found: PrecheckLevel = NOTHING;
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
      if (c < 0x80 && (this.asciiStarts[c] === 0 || !this.pairMayStart(text, i, c))) continue;
      const here = this.levelAt(text, i);
      if (here === STORY) return STORY;
      if (here > found) found = here;
    }
    return found;
  }

  private levelAt(text: string, i: number): PrecheckLevel {
    const folder = this.folder;
    folder.reset(text, i);
    let window = '';
    for (let u = folder.next(); u >= 0 && window.length < this.windowUnits; u = folder.next()) {
      window += String.fromCharCode(unit(u));
    }
    let found: PrecheckLevel = NOTHING;
    for (const length of this.prefixLengths) {
      if (length > window.length) break;
      const level = this.prefixes.get(window.slice(0, length));
      if (level !== undefined && level > found) found = level;
    }
    for (const length of this.wholeLengths) {
      if (length > window.length) break;
      const level = this.wholes.get(window.slice(0, length));
      if (level !== undefined && level > found && ENDINGS.has(restOfWord(window, length))) found = level;
    }
    return found;
  }
}

/** The word characters after `at` (the window holds three more units than any key, enough to see an ending end). */
function restOfWord(window: string, at: number): string {
  let end = at;
  while (end < window.length && charClass(window.charCodeAt(end)) === WORD) end++;
  return window.slice(at, end);
}
