/**
 * The spotting engine: one matcher for the content script, the dossier builder and the
 * command-line spotter. Pure TypeScript, no browser API, no dependencies.
 */
import type { AliasSet, IncrementalMatcher } from './types';
import { compileTrie, packTrie, unpackTrie, type PackedTrie, type Trie } from './compile';
import { openDocument } from './document';

export type { AliasSet, IncrementalMatcher, Matcher, Mention } from './types';
export { aliasSetFor, cleanMatchRules } from './alias-set';
export { matchKey } from './normalize';
export type { PackedTrie } from './compile';

/** Compiles every alias once; the result scans any number of documents. */
export function compileMatcher(sets: readonly AliasSet[]): IncrementalMatcher {
  return matcherOf(compileTrie(sets));
}

/** Compiled once (in the background) for many pages: plain data a message can carry. */
export function packMatcher(sets: readonly AliasSet[]): PackedTrie {
  return packTrie(compileTrie(sets));
}

/** The matcher `packMatcher` compiled, without compiling again. */
export function unpackMatcher(packed: PackedTrie): IncrementalMatcher {
  return matcherOf(unpackTrie(packed));
}

function matcherOf(trie: Trie): IncrementalMatcher {
  const matcher: IncrementalMatcher = {
    openDocument: () => openDocument(trie),
    scanDocument(blocks) {
      const doc = openDocument(trie);
      doc.append(blocks);
      return doc.all();
    },
    scan(text) {
      return matcher.scanDocument([text])[0] ?? [];
    },
  };
  return matcher;
}
