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
import { OTHER, TRANSPARENT, WORD, charClass } from './boundaries';
import { EXPAND, Folder, HYPHEN, IGNORE, SPACE, expansionOf, foldUnit, matchKey } from './normalize';
import type { AliasSet } from './types';

/**
 * Units of each alias key kept: long enough that common words rarely share them ("der N…",
 * "Gegen…"). At 8, "Bundesregierung" shared "bundesre" with "Bundesrepublik Deutschland" and
 * sent most German news pages to the settings read; at 12 a third fewer blocks of the news
 * corpus say maybe, for a trie string of 14 K units instead of 7 K.
 */
export const PRECHECK_DEPTH = 12;

/** Bumped whenever the keys' meaning changes, so a page never reads keys of another build. */
export const PRECHECK_FORMAT = 5;

/** Units of the keys the word-start pattern spells out; past them the trie walk decides. */
export const STARTS_DEPTH = 4;

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
  /** All keys as a trie in one string (`encodeTrie`): a page reads it as it is, nothing to build. */
  trie?: string;
  /** RegExp source (STARTS_FLAGS) finding every word start the trie walk may accept (`startsPattern`). */
  starts?: string;
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
  const keys = { prefixes: [...prefixes].sort(), wholes: [...wholes].sort(), background: background.sort() };
  return { ...keys, trie: encodeTrie(keys) };
}

interface PatternNode {
  end: number;
  children: Map<number, PatternNode>;
}

/** The pattern's flags: case is folded by the engine, so classes list lower-case letters only. */
export const STARTS_FLAGS = 'gi';
const NON_ASCII = '[^\\0-\\x7f]';

/** A class of ASCII characters in few bytes: letters and digits as they are, ranges joined. */
function classOf(codes: readonly number[]): string {
  const lower = [...new Set(codes.map((c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c)))].sort((a, b) => a - b);
  const show = (c: number) =>
    /[0-9a-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
  const parts: string[] = [];
  for (let i = 0; i < lower.length;) {
    let j = i;
    while (j + 1 < lower.length && lower[j + 1] === lower[j]! + 1) j++;
    parts.push(
      j - i >= 2
        ? `${show(lower[i]!)}-${show(lower[j]!)}`
        : lower
            .slice(i, j + 1)
            .map(show)
            .join(''),
    );
    i = j + 1;
  }
  const body = parts.join('');
  return lower.length === 1 ? body : `[${body}]`;
}

/**
 * A RegExp source (STARTS_FLAGS: g and i, no u) that matches, zero-width, at every word start where the
 * trie walk (`KeyTrie.reachesKey`) may say yes: the page's engine skips the rest of the text
 * natively instead of a loop over every character in cold JavaScript. It spells the keys'
 * first STARTS_DEPTH units in ASCII exactly as the walk folds them (every ASCII character
 * folds to one unit) and gives up, matching, wherever the walk gets less simple: at a
 * non-ASCII character, at a space (runs fold into one), at a key's end, past the depth.
 * So it may match where no key starts (the walk says no there), never the other way round.
 * A match only says "maybe a word start": the lookbehind sees one character back, so the
 * reader still checks the characters before it (invisible ones, non-ASCII letters).
 */
export function startsPattern(keys: Pick<PrecheckKeys, 'prefixes' | 'wholes'>): string {
  const root: PatternNode = { end: 0, children: new Map() };
  const add = (key: string, end: number) => {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      let child = node.children.get(u);
      if (!child) node.children.set(u, (child = { end: 0, children: new Map() }));
      node = child;
    }
    if (node.end !== PREFIX_END) node.end = end;
  };
  for (const key of keys.prefixes) add(key, PREFIX_END);
  for (const key of keys.wholes) add(key, WHOLE_END);
  // The ASCII characters that fold to each unit ("k": k, K; " ": whitespace and '-').
  const asciiFor = new Map<number, number[]>();
  for (let c = 0; c < 0x80; c++) {
    const folded = foldUnit(c);
    if (folded < 0) continue;
    const u = unit(folded);
    asciiFor.set(u, [...(asciiFor.get(u) ?? []), c]);
  }
  const below = (node: PatternNode, depth: number): string => {
    // The walk says yes at a cut key's end whatever follows; past the depth it decides alone.
    if (node.end === PREFIX_END || depth === STARTS_DEPTH) return '';
    const options: string[] = [];
    // A whole key's end: the word ends, or goes on with what may begin an ending (mayEndWord).
    if (node.end === WHOLE_END) options.push('(?!\\w)', '[es]');
    const byPattern = new Map<string, number[]>();
    for (const [u, child] of node.children) {
      const codes = asciiFor.get(u);
      if (!codes) continue;
      // After a space the walk folds whitespace runs: it decides from there.
      const rest = u === SPACE ? '' : below(child, depth + 1);
      byPattern.set(rest, [...(byPattern.get(rest) ?? []), ...codes]);
    }
    for (const [rest, codes] of byPattern) options.push(classOf(codes.sort((a, b) => a - b)) + rest);
    // A node without ASCII children ends the ASCII spelling: a non-ASCII unit may follow (below).
    if (options.length === 0) return '(?!)';
    return options.length === 1 ? options[0]! : `(?:${options.join('|')})`;
  };
  const first: string[] = [];
  const byPattern = new Map<string, number[]>();
  for (const [u, child] of root.children) {
    const codes = asciiFor.get(u);
    if (!codes) continue;
    const rest = below(child, 1);
    byPattern.set(rest, [...(byPattern.get(rest) ?? []), ...codes]);
  }
  for (const [rest, codes] of byPattern) first.push(classOf(codes.sort((a, b) => a - b)) + rest);
  // A non-ASCII character within the spelled units (Öl, Kürzel, „Kim“): the walk folds it, and decides.
  first.push(`[\\0-\\x7f]{0,${STARTS_DEPTH - 1}}${NON_ASCII}`);
  return `(?<!\\w)(?=${first.join('|')})`;
}

function lengthsOf(keys: readonly string[]): number[] {
  return [...new Set(keys.map((k) => k.length))].filter((n) => n > 0).sort((a, b) => a - b);
}

/** The exact lookup at a word start: window strings against the keys, with their levels. */
class KeyTables {
  /** Key → its level (STORY or BACKGROUND). */
  readonly prefixes: Map<string, PrecheckLevel>;
  readonly wholes: Map<string, PrecheckLevel>;
  readonly prefixLengths: number[];
  readonly wholeLengths: number[];
  /** Units read at a word start: the longest key and the longest ending, and one more to see the word end. */
  readonly windowUnits: number;

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
  }
}

const PREFIX_END = 1;
const WHOLE_END = 2;

/**
 * The trie string's code units are numbers + ENCODED_FROM: never a control character, never a
 * surrogate half, so the string survives storage (UTF-8) unchanged.
 */
const ENCODED_FROM = 0x20;
/** Key units from here on would encode into the surrogate range: a word reaching them is a maybe. */
const UNENCODABLE_UNIT = 0xd000 - ENCODED_FROM;
const HASH = 0x9e3779b1;

/**
 * Every key's units as a trie, in one string: a hash table of edges (node, unit) → child in
 * slots of three code units, then each node's end mark. A page looks edges up in it directly:
 * no map, no array, nothing to build when it arrives.
 *
 *   [0] 32 − log2(slots)   [1 + 3k …] node, unit, child (child 0: empty)   [1 + 3·slots + node] end mark
 */
export function encodeTrie(keys: Pick<PrecheckKeys, 'prefixes' | 'wholes'>): string {
  const edges = new Map<number, number>();
  const ends: number[] = [0];
  const add = (key: string, end: number) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const u = key.charCodeAt(i);
      if (u >= UNENCODABLE_UNIT) {
        ends[node] = PREFIX_END;
        return;
      }
      const edge = node * 0x10000 + u;
      let child = edges.get(edge);
      if (child === undefined) {
        child = ends.length;
        ends.push(0);
        edges.set(edge, child);
      }
      node = child;
    }
    // A cut key wins: whatever follows, the word may be that name.
    if (ends[node] !== PREFIX_END) ends[node] = end;
  };
  for (const key of keys.prefixes) add(key, PREFIX_END);
  for (const key of keys.wholes) add(key, WHOLE_END);
  if (ends.length >= 0x8000) throw new Error('too many pre-check keys for one trie string');
  let bits = 4;
  while (1 << bits < edges.size * 2) bits++;
  const shift = 32 - bits;
  const slots = new Uint16Array(3 << bits);
  for (const [edge, child] of edges) {
    const node = Math.floor(edge / 0x10000);
    const u = edge % 0x10000;
    let k = Math.imul(edge | 0, HASH) >>> shift;
    while (slots[3 * k + 2] !== 0) k = (k + 1) & ((1 << bits) - 1);
    slots.set([node, u, child], 3 * k);
  }
  const units = [shift, ...slots, ...ends];
  let out = '';
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode(...units.slice(i, i + 4096).map((n) => n + ENCODED_FROM));
  }
  return out;
}

/** Reads the trie string: the child of `node` by `unit` (0: none), and a node's end mark. */
class KeyTrie {
  private readonly shift: number;
  private readonly mask: number;
  private readonly endsAt: number;

  constructor(private readonly table: string) {
    this.shift = table.charCodeAt(0) - ENCODED_FROM;
    this.mask = (1 << (32 - this.shift)) - 1;
    this.endsAt = 1 + 3 * (this.mask + 1);
  }

  private child(node: number, u: number): number {
    const table = this.table;
    for (let k = Math.imul((node * 0x10000 + u) | 0, HASH) >>> this.shift; ; k = (k + 1) & this.mask) {
      const at = 1 + 3 * k;
      const child = table.charCodeAt(at + 2) - ENCODED_FROM;
      if (child === 0) return 0;
      if (table.charCodeAt(at) - ENCODED_FROM === node && table.charCodeAt(at + 1) - ENCODED_FROM === u) return child;
    }
  }

  private end(node: number): number {
    return this.table.charCodeAt(this.endsAt + node) - ENCODED_FROM;
  }

  /**
   * Whether the folded units from `i` reach the end of some key: false means no key starts here.
   * The same units the folder gives (invisible characters skipped, a whitespace run one unit,
   * umlauts and ß two); a combining mark, which may fold into the unit before, is a yes.
   */
  reachesKey(text: string, i: number): boolean {
    let node = 0;
    let last = -1;
    for (let j = i; j < text.length; j++) {
      const v = foldUnit(text.charCodeAt(j));
      if (v === IGNORE) continue;
      if (v >= 0) {
        if (v === SPACE && last === SPACE) continue;
        last = v;
        const u = unit(v);
        if (u >= UNENCODABLE_UNIT) return true;
        node = this.child(node, u);
        if (node === 0) return false;
        const end = this.end(node);
        // A whole key needs the word to end here or go on with an ending ('s', 'es', 'er'): "Untersuchung" is not "UN".
        if (end === PREFIX_END || (end === WHOLE_END && mayEndWord(text, j + 1))) return true;
      } else if (v === EXPAND) {
        const units = expansionOf(text.charCodeAt(j));
        for (let k = 0; k < units.length; k++) {
          const u = unit(units.charCodeAt(k));
          if (u >= UNENCODABLE_UNIT) return true;
          node = this.child(node, u);
          if (node === 0) return false;
          if (this.end(node) !== 0) return true;
        }
        last = units.charCodeAt(units.length - 1);
      } else return true;
    }
    return false;
  }
}

/** After a whole key: no plain ASCII word character follows, or one that may begin an ending (anything else is a maybe). */
function mayEndWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (!(c < 0x80) || !isAsciiWord(c)) return true;
  const folded = c | 0x20;
  return folded === 0x73 || folded === 0x65;
}

/** Letters, digits and '_': the ASCII word characters (charClass's answer, without its table). */
function isAsciiWord(c: number): boolean {
  const lower = c | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/**
 * Whether a word starts at `i` (the scanner's rule): a word character whose nearest
 * non-transparent character before it is none, or not a word character.
 */
function isWordStart(text: string, i: number): boolean {
  if (classAt(text.charCodeAt(i)) !== WORD) return false;
  for (let k = i - 1; k >= 0; k--) {
    const cls = classAt(text.charCodeAt(k));
    if (cls !== TRANSPARENT) return cls !== WORD;
  }
  return true;
}

/**
 * charClass for the characters most pages are full of (ASCII, Latin letters, typographic
 * quotes and dashes, no-break space) without its first \p{…} compile, which costs a cold
 * page more than the whole check; any other character goes to charClass.
 */
export function classAt(c: number): number {
  if (c < 0x80) return isAsciiWord(c) ? WORD : OTHER;
  if (c >= 0xc0 && c <= 0x24f) return c === 0xd7 || c === 0xf7 ? OTHER : WORD;
  // Latin-1's signs and spaces: ª ² ³ µ ¹ º ¼ ½ ¾ are letters or numbers, the soft hyphen is invisible.
  if (c >= 0xa0 && c <= 0xbf) return LATIN1_SIGNS.charCodeAt(c - 0xa0) - 0x30;
  if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x203e)) return OTHER;
  return charClass(c);
}

/** Classes of U+00A0 … U+00BF, one digit each (0 other, 1 word, 2 transparent). */
const LATIN1_SIGNS = '00000000001002000011010001101110';

/**
 * The keys in the form the check reads them. The trie and the lookup tables are built on the
 * first text that needs them: a page with no text builds nothing.
 */
export class PrecheckFilter {
  private trie: KeyTrie | null = null;
  private starts: RegExp | null = null;
  private tables: KeyTables | null = null;
  private readonly folder = new Folder();
  readonly empty: boolean;

  /** `gated` false: every word start gets the exact lookup (the reference the trie's answers are held to). */
  constructor(
    private readonly keys: PrecheckKeys,
    private readonly gated = true,
  ) {
    this.empty = keys.prefixes.length === 0 && keys.wholes.length === 0;
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
    if (!this.gated) return this.levelAtEveryWord(text);
    const trie = (this.trie ??= new KeyTrie(this.keys.trie ?? encodeTrie(this.keys)));
    // Built once per filter: a small pattern, compiled on its first use.
    const starts = (this.starts ??= startsRegExp(this.keys));
    let found: PrecheckLevel = NOTHING;
    starts.lastIndex = 0;
    // Zero-width matches: lastIndex is where the match is; step past it by hand.
    while (starts.test(text)) {
      const i = starts.lastIndex;
      starts.lastIndex = i + 1;
      if (!isWordStart(text, i) || !trie.reachesKey(text, i)) continue;
      const here = this.levelAt(text, i);
      if (here === STORY) {
        starts.lastIndex = 0;
        return STORY;
      }
      if (here > found) found = here;
    }
    return found;
  }

  /** The reference: every word start, found character by character, gets the exact lookup. */
  private levelAtEveryWord(text: string): PrecheckLevel {
    let found: PrecheckLevel = NOTHING;
    let prevWord = false;
    for (let i = 0; i < text.length; i++) {
      const cls = charClass(text.charCodeAt(i));
      if (cls === TRANSPARENT) continue;
      if (cls !== WORD) {
        prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      const here = this.levelAt(text, i);
      if (here === STORY) return STORY;
      if (here > found) found = here;
    }
    return found;
  }

  private levelAt(text: string, i: number): PrecheckLevel {
    const tables = (this.tables ??= new KeyTables(this.keys));
    const folder = this.folder;
    folder.reset(text, i);
    let window = '';
    for (let u = folder.next(); u >= 0 && window.length < tables.windowUnits; u = folder.next()) {
      window += String.fromCharCode(unit(u));
    }
    let found: PrecheckLevel = NOTHING;
    for (const length of tables.prefixLengths) {
      if (length > window.length) break;
      const level = tables.prefixes.get(window.slice(0, length));
      if (level !== undefined && level > found) found = level;
    }
    for (const length of tables.wholeLengths) {
      if (length > window.length) break;
      const level = tables.wholes.get(window.slice(0, length));
      if (level !== undefined && level > found && ENDINGS.has(restOfWord(window, length))) found = level;
    }
    return found;
  }
}

/** The word characters after `at` (the window holds three more units than any key, enough to see an ending end). */
function restOfWord(window: string, at: number): string {
  let end = at;
  while (end < window.length && classAt(window.charCodeAt(end)) === WORD) end++;
  return window.slice(at, end);
}

/**
 * The stored start pattern, or one made from the keys where the stored one is not a valid
 * pattern (a damaged storage item must not leave the page unchecked).
 */
function startsRegExp(keys: { starts?: string } & Parameters<typeof startsPattern>[0]): RegExp {
  if (keys.starts !== undefined) {
    try {
      return new RegExp(keys.starts, STARTS_FLAGS);
    } catch {
      // Falls through to the pattern made here.
    }
  }
  return new RegExp(startsPattern(keys), STARTS_FLAGS);
}
