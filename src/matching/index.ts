/**
 * The spotting engine: one matcher for the content script, the dossier builder and the
 * command-line spotter. Pure TypeScript, no browser API, no dependencies.
 */
import type { AliasSet, IncrementalMatcher } from './types';
import { compileTrie } from './compile';
import { openDocument } from './document';

export type { AliasSet, IncrementalMatcher, Matcher, Mention } from './types';
export { aliasSetFor, cleanMatchRules } from './alias-set';
export { matchKey } from './normalize';

/** Compiles every alias once; the result scans any number of documents. */
export function compileMatcher(sets: readonly AliasSet[]): IncrementalMatcher {
  const trie = compileTrie(sets);
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
