/**
 * The spotting engine: one matcher for the content script, the dossier builder and the
 * command-line spotter. Pure TypeScript, no browser API, no dependencies.
 */
import type { AliasSet, IncrementalMatcher } from './types';
import { compileTrie, unpackTrie } from './compile';
import { openDocument } from './document';

export type { AliasSet, IncrementalMatcher, Matcher, Mention } from './types';
export { aliasSetFor, cleanMatchRules } from './alias-set';
export { matchKey } from './normalize';
export { packTrie } from './compile';

/**
 * Compiles every alias once; the result scans any number of documents. With `packed` (the
 * sets' trie as `packTrie` made it, e.g. in the background) nothing is compiled: the trie is
 * read from the string. A string this build cannot read, or of other sets, is compiled anew.
 */
export function compileMatcher(sets: readonly AliasSet[], packed?: string): IncrementalMatcher {
  const trie = (packed === undefined ? null : unpackTrie(packed, sets)) ?? compileTrie(sets);
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
