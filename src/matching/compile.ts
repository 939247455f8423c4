/**
 * Compiles alias sets into a character trie over normalised keys.
 *
 * Matches may only start at word starts, so a plain trie walked from each word start
 * finds every leftmost-longest match without Aho–Corasick failure links: the walk stops
 * at the first character no alias continues with, which on real text is within one or
 * two characters. Cost is linear in the text and does not grow with the alias count.
 * (bench/matcher.ts compares this against one combined RegExp.)
 *
 * The trie travels as one string (`packTrie`): the background packs it once per dossier
 * version and hands it to pages with the alias sets, and a page only reads it into typed
 * arrays (`unpackTrie`: one pass of charCodeAt, no Map, no key normalisation). Every
 * compile goes through the packed form, so the page matches with exactly the trie the
 * tests check. An alias's record (its ending rules, case) is made from its set the first
 * time the text reaches it.
 */
import type { AliasSet } from './types';
import { WORD, charClass, endingRules, type EndingRules } from './boundaries';
import { exactKey, foldUnit, matchKey } from './normalize';

export type Tier = 'name' | 'short' | 'generic' | 'blocker';

/** One alias of one entry, as the scanner needs it. */
export interface AliasRecord {
  entry: string;
  /** The alias as written in the AliasSet. */
  alias: string;
  tier: Tier;
  /** Case-preserving key when the alias must match with exact case (acronyms), else null. */
  exactCase: string | null;
  /** The alias starts with a capital: a lower-case occurrence is a common word ("essen", "china"). */
  capitalised: boolean;
  endings: EndingRules;
}

/**
 * Edges are flattened into typed arrays: node n's children are the units
 * edgeCodes[edgeStart[n] .. edgeStart[n + 1]), and edge e leads to node e + 1 (nodes are
 * numbered breadth-first); most nodes have one child, so a linear scan beats a Map. The
 * root, with many children, also has a direct table.
 */
export interface Trie {
  readonly edgeStart: Int32Array;
  /** Canonical code unit (see normalize.ts) of each edge. */
  readonly edgeCodes: Uint16Array;
  /** Root child per ASCII canonical unit, -1 for none. */
  readonly rootAscii: Int32Array;
  /** 1 where aliases end at a node. */
  readonly terminal: Uint8Array;
  /** The aliases ending at a node, in the order disambiguation tries them (empty for most nodes). */
  records(node: number): readonly AliasRecord[];
  /** Contexts that support each entry's generic aliases. */
  readonly context: Map<string, readonly string[]>;
  readonly aliasCount: number;
  /** For ASCII code units: 1 if some alias can start with it. Most words fail this test and cost no walk. */
  readonly asciiStarts: Uint8Array;
}

/**
 * The order disambiguation tries records of one span in. A blocker beats the short and
 * generic forms it contains, but not another entry's full name of the same text ("Kim
 * Yo-jong" blocks Kim Jong-un's "Kim" and is Kim Yo-jong's name).
 */
const TIER_RANK: Record<Tier, number> = { name: 0, blocker: 1, short: 2, generic: 3 };

/** An alias set's lists, in the order a packed record names them; case-sensitive-only aliases are full names. */
const LISTS = ['names', 'short', 'generic', 'blockers', 'caseSensitive'] as const;
const LIST_TIER: readonly Tier[] = ['name', 'short', 'generic', 'blocker', 'name'];
type ListId = 0 | 1 | 2 | 3 | 4;

/** One alias of one set, as a packed record names it: set, list, place in the list, ending rules. */
interface AliasRef {
  set: number;
  list: ListId;
  at: number;
  tier: Tier;
  endings: number;
}

/** Bumped whenever the packed layout changes: a page given another build's string compiles itself. */
export const PACKED_TRIE_FORMAT = 1;

const GENITIVE = 1;
const APOSTROPHE_END = 2;
const ADJECTIVE_ER = 4;

function endingBits(rules: EndingRules): number {
  return (
    (rules.genitive ? GENITIVE : 0) | (rules.apostrophe ? APOSTROPHE_END : 0) | (rules.adjectiveEr ? ADJECTIVE_ER : 0)
  );
}

/** Compiles alias sets into the trie the scanner walks (through the packed form, as pages get it). */
export function compileTrie(sets: readonly AliasSet[]): Trie {
  const trie = unpackTrie(packTrie(sets), sets);
  if (trie === null) throw new Error('a packed trie did not read back');
  return trie;
}

/**
 * The trie of `sets` in one string: what the background hands to pages. Node ids are in
 * breadth-first order, so edge e leads to node e + 1 and only each node's child count and
 * each edge's unit need storing. Then the nodes where aliases end, each with its records.
 *
 *   format, sets, aliases, nodes, child count × nodes, edge unit × (nodes − 1),
 *   terminals, per terminal: node, records, per record: set, list·8 + endings, index in list
 */
export function packTrie(sets: readonly AliasSet[]): string {
  const edges: Map<number, number>[] = [new Map()];
  const terminals: (AliasRef[] | undefined)[] = [undefined];
  let aliasCount = 0;

  const add = (setIndex: number, list: ListId, at: number): void => {
    const set = sets[setIndex] as AliasSet;
    const alias = (set[LISTS[list]] as string[])[at] as string;
    const tier = LIST_TIER[list] as Tier;
    const key = matchKey(alias);
    // An alias must begin and end on a word character, or boundaries mean nothing.
    if (key.length === 0 || charClass(key.charCodeAt(0)) !== WORD) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const map = edges[node] as Map<number, number>;
      let next = map.get(code);
      if (next === undefined) {
        next = edges.length;
        edges.push(new Map());
        terminals.push(undefined);
        map.set(code, next);
      }
      node = next;
    }
    const refs = terminals[node] ?? (terminals[node] = []);
    // Once per entry, tier and alias, even where two sets name the same entry.
    if (refs.some((r) => sets[r.set]?.entry === set.entry && r.tier === tier && aliasOf(sets, r) === alias)) return;
    const caseSensitive = set.caseSensitive?.includes(alias) ?? false;
    refs.push({ set: setIndex, list, at, tier, endings: endingBits(endingRules(key, caseSensitive)) });
    // Stable: records of one tier keep the order they were added in.
    refs.sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
    aliasCount++;
  };

  sets.forEach((set, s) => {
    set.names.forEach((_, at) => add(s, 0, at));
    set.short?.forEach((_, at) => add(s, 1, at));
    set.generic?.forEach((_, at) => add(s, 2, at));
    set.blockers?.forEach((_, at) => add(s, 3, at));
    // Case-sensitive aliases listed only there are still full names.
    set.caseSensitive?.forEach((alias, at) => {
      const listed = set.names.includes(alias) || set.short?.includes(alias) || set.generic?.includes(alias);
      if (!listed) add(s, 4, at);
    });
  });

  // Breadth-first ids: a node's children are consecutive, right after those of the node before.
  const order = [0];
  const idOf = new Int32Array(edges.length);
  const out = new PackWriter();
  out.number(PACKED_TRIE_FORMAT);
  out.number(sets.length);
  out.number(aliasCount);
  out.number(edges.length);
  for (let k = 0; k < order.length; k++) {
    const map = edges[order[k] as number] as Map<number, number>;
    out.number(map.size);
    for (const child of map.values()) {
      idOf[child] = order.length;
      order.push(child);
    }
  }
  for (const node of order) for (const code of (edges[node] as Map<number, number>).keys()) out.unit(code);
  const ends = order.filter((node) => terminals[node] !== undefined);
  out.number(ends.length);
  for (const node of ends) {
    const refs = terminals[node] as AliasRef[];
    out.number(idOf[node] as number);
    out.number(refs.length);
    for (const ref of refs) {
      out.number(ref.set);
      out.number(ref.list * 8 + ref.endings);
      out.number(ref.at);
    }
  }
  return out.text();
}

function aliasOf(sets: readonly AliasSet[], ref: Pick<AliasRef, 'set' | 'list' | 'at'>): string {
  return ((sets[ref.set] as AliasSet)[LISTS[ref.list]] as string[])[ref.at] as string;
}

/**
 * The trie a packed string describes, with records made from `sets` (the sets it was packed
 * from), or null when the string is not one this build reads or does not fit the sets.
 */
export function unpackTrie(packed: string, sets: readonly AliasSet[]): Trie | null {
  try {
    return readTrie(packed, sets);
  } catch {
    return null;
  }
}

function readTrie(packed: string, sets: readonly AliasSet[]): Trie | null {
  // Plain loops over charCodeAt, escapes apart: this runs cold, once per page.
  const input = new PackReader(packed);
  if (input.number() !== PACKED_TRIE_FORMAT || input.number() !== sets.length) return null;
  const aliasCount = input.number();
  const nodes = input.number();
  if (nodes < 1) return null;
  const edgeStart = new Int32Array(nodes + 1);
  let p = input.at;
  let e = 0;
  for (let n = 0; n < nodes; n++) {
    edgeStart[n] = e;
    const w = packed.charCodeAt(p++);
    if (w !== ESCAPE) e += w - NUMBER_OFFSET;
    else {
      input.at = p - 1;
      e += input.number();
      p = input.at;
    }
  }
  edgeStart[nodes] = e;
  if (e !== nodes - 1) return null;
  const edgeCodes = new Uint16Array(e);
  for (let k = 0; k < e; k++) {
    const w = packed.charCodeAt(p++);
    if (w !== ESCAPE) edgeCodes[k] = w;
    else {
      input.at = p - 1;
      edgeCodes[k] = input.unit();
      p = input.at;
    }
  }
  input.at = p;
  const terminal = new Uint8Array(nodes);
  // Per terminal node: where its records start in `refs` (a count, then set, list·8 + endings, index per record).
  const refStart = new Map<number, number>();
  const refs: number[] = [];
  const ends = input.number();
  for (let t = 0; t < ends; t++) {
    const node = input.number();
    const count = input.number();
    if (node >= nodes || count < 1 || terminal[node] === 1) return null;
    terminal[node] = 1;
    refStart.set(node, refs.length);
    refs.push(count);
    for (let r = 0; r < count; r++) {
      const set = input.number();
      const listAndEndings = input.number();
      const at = input.number();
      const list = LISTS[listAndEndings >> 3];
      const aliases = list === undefined ? undefined : sets[set]?.[list];
      if (!Array.isArray(aliases) || typeof aliases[at] !== 'string') return null;
      refs.push(set, listAndEndings, at);
    }
  }
  if (!input.done) return null;

  const rootAscii = new Int32Array(0x80).fill(-1);
  for (let k = edgeStart[0] as number; k < (edgeStart[1] as number); k++) {
    const code = edgeCodes[k] as number;
    if (code < 0x80) rootAscii[code] = k + 1;
  }
  const asciiStarts = new Uint8Array(0x80);
  for (let c = 0; c < 0x80; c++) {
    const folded = foldUnit(c);
    if (folded >= 0 && folded < 0x80 && rootAscii[folded] !== -1) asciiStarts[c] = 1;
  }
  const context = new Map<string, readonly string[]>();
  for (const set of sets) if (set.context?.length) context.set(set.entry, set.context);

  const made = new Map<number, readonly AliasRecord[]>();
  const none: readonly AliasRecord[] = [];
  const records = (node: number): readonly AliasRecord[] => {
    const start = refStart.get(node);
    if (start === undefined) return none;
    let list = made.get(node);
    if (list === undefined) {
      const fresh: AliasRecord[] = [];
      const count = refs[start] as number;
      for (let r = start + 1; r < start + 1 + 3 * count; r += 3) {
        fresh.push(recordOf(sets, refs[r] as number, refs[r + 1] as number, refs[r + 2] as number));
      }
      list = fresh;
      made.set(node, list);
    }
    return list;
  };
  return { edgeStart, edgeCodes, rootAscii, terminal, records, context, aliasCount, asciiStarts };
}

/** An alias's record, made from its set when the text first reaches it. */
function recordOf(sets: readonly AliasSet[], set: number, listAndEndings: number, at: number): AliasRecord {
  const list = (listAndEndings >> 3) as ListId;
  const endings = listAndEndings & 7;
  const { entry, caseSensitive } = sets[set] as AliasSet;
  const alias = aliasOf(sets, { set, list, at });
  const first = alias.trimStart().charAt(0);
  return {
    entry,
    alias,
    tier: LIST_TIER[list] as Tier,
    exactCase: caseSensitive?.includes(alias) ? exactKey(alias) : null,
    capitalised: first !== first.toLowerCase(),
    endings: {
      genitive: (endings & GENITIVE) !== 0,
      apostrophe: (endings & APOSTROPHE_END) !== 0,
      adjectiveEr: (endings & ADJECTIVE_ER) !== 0,
    },
  };
}

/**
 * Numbers as code units a JSON message and storage carry unchanged: a code unit from 0x20 up
 * to the surrogates is itself (plus an offset), anything else an escape and three 11-bit digits.
 */
const ESCAPE = 0xe000;
const PLAIN_FROM = 0x20;
const PLAIN_TO = 0xd800;
/** Counts and indices are mostly small: shifted up past the control characters. */
const NUMBER_OFFSET = 0x20;

class PackWriter {
  private readonly units: number[] = [];

  number(n: number): void {
    this.write(n, NUMBER_OFFSET);
  }

  /** A canonical code unit as itself: alias keys are mostly ASCII letters, one UTF-8 byte each. */
  unit(u: number): void {
    this.write(u, 0);
  }

  private write(value: number, offset: number): void {
    const w = value + offset;
    if (w >= PLAIN_FROM && w < PLAIN_TO) this.units.push(w);
    else
      this.units.push(
        ESCAPE,
        PLAIN_FROM + ((value >>> 22) & 0x7ff),
        PLAIN_FROM + ((value >>> 11) & 0x7ff),
        PLAIN_FROM + (value & 0x7ff),
      );
  }

  text(): string {
    let out = '';
    for (let i = 0; i < this.units.length; i += 4096) out += String.fromCharCode(...this.units.slice(i, i + 4096));
    return out;
  }
}

class PackReader {
  /** The next unit to read. */
  at = 0;

  constructor(private readonly packed: string) {}

  get done(): boolean {
    return this.at === this.packed.length;
  }

  number(): number {
    return this.read(NUMBER_OFFSET);
  }

  unit(): number {
    return this.read(0);
  }

  private read(offset: number): number {
    const text = this.packed;
    if (this.at >= text.length) throw new RangeError('packed trie ends early');
    const w = text.charCodeAt(this.at++);
    if (w !== ESCAPE) return w - offset;
    const value =
      (text.charCodeAt(this.at) - PLAIN_FROM) * 0x400000 +
      ((text.charCodeAt(this.at + 1) - PLAIN_FROM) << 11) +
      (text.charCodeAt(this.at + 2) - PLAIN_FROM);
    this.at += 3;
    if (!(value >= 0) || this.at > text.length) throw new RangeError('packed trie ends early');
    return value;
  }
}
