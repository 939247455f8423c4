/** Words of a sentence with their offsets, and the few tests the proposer's rules need on them. */

export interface Token {
  text: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

/** Letters/digits joined by inner hyphens or apostrophes: "Kim Jong-un", "US-Außenministerium", "Biden's". */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-\u2010\u2011'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
/** "NIS", "KCNA", "ÖSV", "U.S." is not a token; two to six capitals, maybe a digit. */
const allCapsAcronym = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
/** "KfW", "AfD": capitals at both ends and more capitals than small letters (not "McCain", "GmbH"). */
const mixedCaseAcronym = (w: string): boolean =>
  /^\p{Lu}[\p{Lu}\p{Ll}]{1,3}\p{Lu}$/u.test(w) &&
  (w.match(/\p{Lu}/gu)?.length ?? 0) > (w.match(/\p{Ll}/gu)?.length ?? 0);
export const isAcronym = (w: string): boolean => allCapsAcronym(w) || mixedCaseAcronym(w);
export const isLowerWord = (w: string): boolean => /^\p{Ll}/u.test(w);

/** "Biden's" → "Biden"; "Kreß’" is left alone (no letter after the apostrophe). */
export function withoutPossessive(w: string): string {
  return w.replace(/['’]s$/u, '');
}

/** What lies between two tokens: only spaces (a name may continue), or punctuation. */
export function onlySpaceBetween(sentence: string, a: Token, b: Token): boolean {
  return /^[ \t\u00a0]+$/.test(sentence.slice(a.end, b.start));
}
