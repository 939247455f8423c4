/**
 * Incremental document state: the candidates of each block are kept, so appending or
 * changing a block scans only that text; the document rules (which can flip earlier
 * blocks, e.g. a later full name that supports an earlier generic alias) are re-run
 * over the stored candidates and only blocks whose mentions changed are reported.
 */
import type { DocumentState, Mention } from './types';
import type { Trie } from './compile';
import { DocumentRules } from './disambiguate';
import { scanBlock, type Candidate } from './scan';

export function openDocument(trie: Trie): DocumentState {
  const candidates: Candidate[][] = [];
  let mentions: Mention[][] = [];
  /** The rules as they stand after the last block: appended blocks continue from here. */
  let rules = new DocumentRules(trie.context);

  /** Every block resolved again (a block changed, or a new name supports an earlier generic alias). */
  const refresh = (touched: readonly number[]): number[] => {
    rules = new DocumentRules(trie.context);
    for (const block of candidates) rules.name(block);
    const next = candidates.map((block) => rules.resolve(block));
    const changed = new Set(touched);
    next.forEach((list, i) => {
      if (!sameMentions(list, mentions[i])) changed.add(i);
    });
    mentions = next;
    return [...changed].sort((a, b) => a - b);
  };

  /**
   * New blocks at the end: only they are resolved, unless one names an entry that supports a
   * generic alias of an earlier block (rare once a document has named its cast). A page read in
   * slices costs what one whole read costs, not a whole read per slice.
   */
  const extend = (texts: readonly string[]): number[] => {
    const first = candidates.length;
    const fresh = texts.map((text) => scanBlock(trie, text));
    for (const block of fresh) candidates.push(block);
    const indices = fresh.map((_, k) => first + k);
    const named = fresh.flatMap((block) => rules.name(block));
    if (rules.wouldChange(named)) return refresh(indices);
    for (const block of fresh) mentions.push(rules.resolve(block));
    return indices;
  };

  return {
    get blockCount() {
      return candidates.length;
    },
    append(blocks) {
      return extend(blocks);
    },
    update(index, text) {
      return this.batch([{ index, text }], []);
    },
    batch(updates, appended) {
      for (const { index } of updates) {
        if (!Number.isInteger(index) || index < 0 || index >= candidates.length) {
          throw new RangeError(`no block ${index} (document has ${candidates.length})`);
        }
      }
      if (updates.length === 0) return extend(appended);
      for (const { index, text } of updates) candidates[index] = scanBlock(trie, text);
      const first = candidates.length;
      for (const text of appended) candidates.push(scanBlock(trie, text));
      return refresh(appended.map((_, k) => first + k));
    },
    mentions(index) {
      return mentions[index] ?? [];
    },
    all() {
      return mentions.map((list) => list.slice());
    },
  };
}

function sameMentions(a: readonly Mention[], b: readonly Mention[] | undefined): boolean {
  if (b === undefined || a.length !== b.length) return false;
  return a.every(
    (m, i) => m.start === b[i]?.start && m.end === b[i]?.end && m.entry === b[i]?.entry && m.alias === b[i]?.alias,
  );
}
