/**
 * Compiles alias sets into a character trie over normalised keys.
 *
 * Matches may only start at word starts, so a plain trie walked from each word start
 * finds every leftmost-longest match without Aho–Corasick failure links: the walk stops
 * at the first character no alias continues with, which on real text is within one or
 * two characters. Cost is linear in the text and does not grow with the alias count.
 * (bench/matcher.ts compares this against one combined RegExp.)
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
 * Edges are flattened into typed arrays once built: node n's children are
 * edgeCodes/edgeTargets[edgeStart[n] .. edgeStart[n + 1]); most nodes have one, so a
 * linear scan beats a Map. The root, with many children, also has a direct table.
 */
export interface Trie {
  readonly edgeStart: Int32Array;
  /** Canonical code unit (see normalize.ts) of each edge. */
  readonly edgeCodes: Uint16Array;
  readonly edgeTargets: Int32Array;
  /** Root child per ASCII canonical unit, -1 for none. */
  readonly rootAscii: Int32Array;
  /** Aliases ending at a node. */
  readonly terminals: (AliasRecord[] | undefined)[];
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

export function compileTrie(sets: readonly AliasSet[]): Trie {
  const edges: Map<number, number>[] = [new Map()];
  const terminals: (AliasRecord[] | undefined)[] = [undefined];
  const context = new Map<string, readonly string[]>();
  let aliasCount = 0;

  const add = (set: AliasSet, alias: string, tier: Tier): void => {
    const key = matchKey(alias);
    // An alias must begin and end on a word character, or boundaries mean nothing.
    if (key.length === 0 || charClass(key.charCodeAt(0)) !== WORD) return;
    const caseSensitive = set.caseSensitive?.includes(alias) ?? false;
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
    const list = terminals[node] ?? (terminals[node] = []);
    if (list.some((r) => r.entry === set.entry && r.tier === tier && r.alias === alias)) return;
    const first = alias.trimStart().charAt(0);
    list.push({
      entry: set.entry,
      alias,
      tier,
      exactCase: caseSensitive ? exactKey(alias) : null,
      capitalised: first !== first.toLowerCase(),
      endings: endingRules(key, caseSensitive),
    });
    list.sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]);
    aliasCount++;
  };

  for (const set of sets) {
    for (const alias of set.names) add(set, alias, 'name');
    for (const alias of set.short ?? []) add(set, alias, 'short');
    for (const alias of set.generic ?? []) add(set, alias, 'generic');
    for (const alias of set.blockers ?? []) add(set, alias, 'blocker');
    // Case-sensitive aliases listed only there are still full names.
    for (const alias of set.caseSensitive ?? []) {
      const listed = set.names.includes(alias) || set.short?.includes(alias) || set.generic?.includes(alias);
      if (!listed) add(set, alias, 'name');
    }
    if (set.context?.length) context.set(set.entry, set.context);
  }
  const edgeStart = new Int32Array(edges.length + 1);
  const edgeCount = edges.reduce((n, m) => n + m.size, 0);
  const edgeCodes = new Uint16Array(edgeCount);
  const edgeTargets = new Int32Array(edgeCount);
  let e = 0;
  edges.forEach((map, node) => {
    edgeStart[node] = e;
    for (const [code, target] of map) {
      edgeCodes[e] = code;
      edgeTargets[e++] = target;
    }
  });
  edgeStart[edges.length] = e;
  const root = edges[0] as Map<number, number>;
  const rootAscii = Int32Array.from({ length: 0x80 }, (_, u) => root.get(u) ?? -1);
  const asciiStarts = Uint8Array.from({ length: 0x80 }, (_, c) => (root.has(foldUnit(c)) ? 1 : 0));
  return { edgeStart, edgeCodes, edgeTargets, rootAscii, terminals, context, aliasCount, asciiStarts };
}
