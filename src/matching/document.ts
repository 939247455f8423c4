/**
 * Incremental document state: the candidates of each block are kept, so appending or
 * changing a block scans only that text; the document rules (which can flip earlier
 * blocks, e.g. a later full name that supports an earlier generic alias) are re-run
 * over the stored candidates and only blocks whose mentions changed are reported.
 */
import type { DocumentState, Mention } from './types';
import type { Trie } from './compile';
import { resolveDocument } from './disambiguate';
import { scanBlock, type Candidate } from './scan';

export function openDocument(trie: Trie): DocumentState {
  const candidates: Candidate[][] = [];
  let mentions: Mention[][] = [];

  const refresh = (touched: readonly number[]): number[] => {
    const next = resolveDocument(candidates, trie.context);
    const changed = new Set(touched);
    next.forEach((list, i) => {
      if (!sameMentions(list, mentions[i])) changed.add(i);
    });
    mentions = next;
    return [...changed].sort((a, b) => a - b);
  };

  return {
    get blockCount() {
      return candidates.length;
    },
    append(blocks) {
      const first = candidates.length;
      for (const text of blocks) candidates.push(scanBlock(trie, text));
      return refresh(blocks.map((_, k) => first + k));
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
