/**
 * Finds candidate mentions in one block: leftmost-longest trie matches at Unicode word
 * starts, with inflection endings and the rules that only need the surrounding text
 * (exact case for acronyms, capitalisation, short forms inside someone else's name).
 * Rules that need the whole document live in disambiguate.ts.
 */
import { isWordCode, isWordStart, matchEnd } from './boundaries';
import { edgeCode, type AliasRecord, type Trie } from './compile';
import { isIgnorable, matchKey, normalize, type Normalized } from './normalize';

/** A match before document rules: every alias record that fits this span. */
export interface Candidate {
  start: number;
  end: number;
  records: AliasRecord[];
}

export function scanBlock(trie: Trie, text: string): Candidate[] {
  const norm = normalize(text);
  const { codes, length } = norm;
  const { edges, terminals } = trie;
  const root = edges[0] as Map<number, number>;
  const out: Candidate[] = [];
  const hitNodes: number[] = [];
  const hitEnds: number[] = [];

  let i = 0;
  while (i < length) {
    if (!isWordStart(codes, i)) {
      i++;
      continue;
    }
    let node = root.get(edgeCode(codes[i] as number));
    let j = i + 1;
    hitNodes.length = 0;
    hitEnds.length = 0;
    while (node !== undefined) {
      if (terminals[node] !== undefined) {
        hitNodes.push(node);
        hitEnds.push(j);
      }
      if (j >= length) break;
      node = (edges[node] as Map<number, number>).get(edgeCode(codes[j] as number));
      j++;
    }
    // Longest first; fall back to a shorter alias only if the longer one cannot stand here.
    let found: (Candidate & { endNorm: number }) | null = null;
    for (let h = hitNodes.length - 1; h >= 0 && found === null; h--) {
      found = candidateAt(text, norm, i, hitEnds[h] as number, terminals[hitNodes[h] as number] ?? []);
    }
    if (found !== null) {
      out.push(found);
      i = found.endNorm;
    } else {
      i++;
    }
  }
  return out.map(({ start, end, records }) => ({ start, end, records }));
}

function candidateAt(
  text: string,
  norm: Normalized,
  from: number,
  to: number,
  records: readonly AliasRecord[],
): (Candidate & { endNorm: number }) | null {
  const start = norm.start[from] as number;
  const aliasEnd = norm.end[to - 1] as number;
  let best = -1;
  let kept: AliasRecord[] = [];
  for (const record of records) {
    const e = matchEnd(norm.codes, norm.length, to, record.endings);
    if (e < 0 || e < best) continue;
    if (!fitsLocally(record, text, start, aliasEnd, e > to)) continue;
    if (e > best) {
      best = e;
      kept = [];
    }
    kept.push(record);
  }
  if (kept.length === 0) return null;
  return { start, end: norm.end[best - 1] as number, records: kept, endNorm: best };
}

function fitsLocally(record: AliasRecord, text: string, start: number, aliasEnd: number, inflected: boolean): boolean {
  if (record.exactCase !== null) return matchKey(text.slice(start, aliasEnd), true) === record.exactCase;
  // Blockers suppress whatever case they are written in.
  if (record.tier === 'blocker') return true;
  if (record.capitalised && isLowerCase(text.codePointAt(start) ?? 0)) return false;
  if (record.tier === 'short') {
    // "Kim Kum-chol", "Kim Jong Il", "Kim Kardashian": a surname followed by another
    // capitalised name word belongs to someone else. (A genitive "Kims Truppen" is fine.)
    if (!inflected && followedByName(text, aliasEnd)) return false;
    // "Andy Kim", "Steve Austin": preceded by a given name rather than a title.
    if (precededByGivenName(text, start)) return false;
  }
  return true;
}

function isLowerCase(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpperCase(cp: number): boolean {
  const ch = String.fromCodePoint(cp);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Spaces that keep two words in one phrase (a line break does not); invisible characters are skipped too. */
function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x2009 || isIgnorable(c);
}

function followedByName(text: string, end: number): boolean {
  let k = end;
  let spaced = false;
  while (k < text.length && isInlineSpace(text.charCodeAt(k))) {
    spaced ||= !isIgnorable(text.charCodeAt(k));
    k++;
  }
  return spaced && k < text.length && isUpperCase(text.codePointAt(k) ?? 0);
}

/** Words before a name that are titles or roles, not given names ("Diktator Kim", "Verteidigungsminister Austin"). */
const TITLE_ENDINGS = [
  'präsident', 'präsidentin', 'präsidenten', 'machthaber', 'machthabers', 'diktator', 'diktators',
  'führer', 'führers', 'chef', 'chefin', 'chefs', 'minister', 'ministerin', 'ministers', 'kanzler',
  'kanzlerin', 'sekretär', 'sekretärin', 'sprecher', 'sprecherin', 'general', 'generals', 'herr', 'herrn',
  'frau', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'president', 'leader', 'chairman', 'secretary',
  'premier', 'genosse', 'marschall', 'marshal', 'comrade', 'senator', 'gouverneur', 'governor',
  'kollege', 'kollegen', 'herrscher', 'dictator', 'autokrat', 'autokraten', 'staatschef', 'oberhaupt',
];
const INVISIBLE = /[\u00ad\u034f\u200b-\u200f\u2060\ufeff]/g;
const SENTENCE_OPENERS = new Set('.!?:;„“"«»‚‘(['.split('').map((c) => c.charCodeAt(0)));

function precededByGivenName(text: string, start: number): boolean {
  let k = start;
  let spaced = false;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) {
    spaced ||= !isIgnorable(text.charCodeAt(k - 1));
    k--;
  }
  if (!spaced) return false;
  const wordEnd = k;
  while (k > 0 && (isWordCode(text.charCodeAt(k - 1)) || isIgnorable(text.charCodeAt(k - 1)))) k--;
  while (k < wordEnd && isIgnorable(text.charCodeAt(k))) k++;
  const word = text.slice(k, wordEnd).replace(INVISIBLE, '');
  if (word.length === 0 || !isUpperCase(word.codePointAt(0) ?? 0)) return false;
  const lower = word.toLowerCase();
  // A genitive ("Nordkoreas Kim", "Russia's Putin" arrives as "s") or a title is no given name.
  if (lower.endsWith('s') || TITLE_ENDINGS.some((t) => lower.endsWith(t))) return false;
  // Capitalised only because it opens the sentence, a quote or the block.
  let p = k;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  if (p === 0) return false;
  const before = text.charCodeAt(p - 1);
  if (SENTENCE_OPENERS.has(before) || before === 0x0a || before === 0x0d) return false;
  return !(p < k && (before === 0x2013 || before === 0x2014 || before === 0x2d));
}
