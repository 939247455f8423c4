/**
 * Finds candidate mentions in one block: leftmost-longest trie matches at Unicode word
 * starts, with inflection endings and the rules that only need the surrounding text
 * (exact case for acronyms, capitalisation, short forms inside someone else's name).
 * Rules that need the whole document live in disambiguate.ts.
 */
import { OTHER, TRANSPARENT, WORD, charClass, matchEnd } from './boundaries';
import type { AliasRecord, Trie } from './compile';
import { Folder, HYPHEN, INVISIBLE, SPACE, exactKey, isIgnorable } from './normalize';

/** A match before document rules: every alias record that fits this span. */
export interface Candidate {
  start: number;
  end: number;
  records: readonly AliasRecord[];
  /**
   * A shorter full name inside a span that only has conditional (short or generic)
   * records: if the document rules reject "Pjöngjang-Gipfel", "Pjöngjang" still links.
   */
  fallback?: Candidate;
}

const folder = new Folder();
// Candidate ends of the current trie walk, reused (a walk is never longer than the longest alias).
let hitNodes = new Int32Array(64);
let hitEnds = new Int32Array(64);
// Module-local copies: imported bindings are live getters in some module transforms.
const classOf = charClass;
const [IS_WORD, IS_TRANSPARENT, DASH, GAP] = [WORD, TRANSPARENT, HYPHEN, SPACE];

/**
 * One pass over the text; at each word start, walk the trie over the folded characters.
 * The text is never copied or normalised as a whole: the folder folds on the fly, only
 * as far as some alias still continues.
 */
export function scanBlock(trie: Trie, text: string): Candidate[] {
  const out: Candidate[] = [];
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const cls = c < 0x80 ? ASCII_CLASS[c] : classOf(c);
    if (cls === IS_TRANSPARENT) continue;
    if (cls !== IS_WORD) {
      prevWord = false;
      continue;
    }
    if (prevWord) continue;
    prevWord = true;
    if (c < 0x80 && trie.asciiStarts[c] === 0) continue;
    const found = longestAt(trie, text, i);
    if (found === null) continue;
    const overlap = strongerOverlap(trie, text, i, found);
    if (overlap >= 0) {
      // Resume at the overlapping name's first word.
      i = overlap - 1;
      prevWord = false;
      continue;
    }
    out.push(found);
    i = found.end - 1;
  }
  return out;
}

/** The longest alias starting at word start `i` that can stand there (endings, local rules). */
function longestAt(trie: Trie, text: string, i: number): Candidate | null {
  const { terminal } = trie;
  folder.reset(text, i);
  let hits = 0;
  let node = 0;
  for (let u = folder.next(); u >= 0; u = folder.next()) {
    let next = child(trie, node, u);
    // A dash in the text also stands for the space of a name ("Kim Jong-un" for "Kim Jong Un").
    if (next < 0 && u === DASH) next = child(trie, node, GAP);
    if (next < 0) break;
    node = next;
    if (folder.charEnd >= 0 && terminal[node] === 1) {
      if (hits === hitNodes.length) grow();
      hitNodes[hits] = node;
      hitEnds[hits++] = folder.charEnd;
    }
  }
  // Longest first; fall back to a shorter alias only if the longer one cannot stand here.
  let found: Candidate | null = null;
  for (let h = hits - 1; h >= 0; h--) {
    const here = candidateAt(text, i, hitEnds[h] as number, trie.records(hitNodes[h] as number));
    if (here === null) continue;
    if (found === null) {
      found = here;
      if (!isConditional(here)) break;
    } else if (here.records.some((r) => r.tier === 'name')) {
      found.fallback = here;
      break;
    }
  }
  return found;
}

function isConditional(c: Candidate): boolean {
  return c.records.every((r) => r.tier === 'short' || r.tier === 'generic');
}

function child(trie: Trie, node: number, u: number): number {
  if (node === 0 && u < 0x80) return trie.rootAscii[u] as number;
  const { edgeStart, edgeCodes } = trie;
  for (let e = edgeStart[node] as number, end = edgeStart[node + 1] as number; e < end; e++) {
    // Breadth-first node ids: edge e leads to node e + 1.
    if (edgeCodes[e] === u) return e + 1;
  }
  return -1;
}

/**
 * Where a full name (or blocker) starts inside `found` and runs past its end, or -1.
 * "der südkoreanische Präsident Yoon Suk-yeol": the alias "Präsident Yoon" would cut
 * the name "Yoon Suk-yeol" in two; the whole name is the better reading.
 */
function strongerOverlap(trie: Trie, text: string, i: number, found: Candidate): number {
  let prevWord = true;
  for (let k = i + 1; k < found.end; k++) {
    const cls = classOf(text.charCodeAt(k));
    if (cls === IS_TRANSPARENT) continue;
    const start = cls === IS_WORD && !prevWord;
    prevWord = cls === IS_WORD;
    if (!start) continue;
    const other = longestAt(trie, text, k);
    if (
      other !== null &&
      other.end > found.end &&
      other.records.some((r) => r.tier === 'name' || r.tier === 'blocker')
    ) {
      return k;
    }
  }
  return -1;
}

function grow(): void {
  const nodes = new Int32Array(hitNodes.length * 2);
  nodes.set(hitNodes);
  hitNodes = nodes;
  const ends = new Int32Array(hitEnds.length * 2);
  ends.set(hitEnds);
  hitEnds = ends;
}

const ASCII_CLASS = Uint8Array.from({ length: 0x80 }, (_, c) =>
  /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? WORD : OTHER,
);

function candidateAt(text: string, start: number, aliasEnd: number, records: readonly AliasRecord[]): Candidate | null {
  let best = -1;
  let kept: AliasRecord[] = [];
  let other: AliasRecord | null = null;
  for (const record of records) {
    const e = matchEnd(text, aliasEnd, record.endings);
    if (e < 0 || e < best) continue;
    const fit = fitsLocally(record, text, start, aliasEnd, e);
    if (fit !== FITS) {
      if (fit === SOMEONE_ELSE && other === null) other = record;
      continue;
    }
    if (e > best) {
      best = e;
      kept = [];
    }
    kept.push(record);
  }
  if (kept.length === 0) {
    // The words name someone or something else ("Andy Kim", "in Austin", "Trump Jr."): the
    // span links nothing, but tells the document rules that the name is ambiguous here.
    return other === null ? null : { start, end: aliasEnd, records: [elsewhere(other)] };
  }
  // Usually every record stands: share the compiled list instead of a copy.
  return { start, end: best, records: kept.length === records.length ? records : kept };
}

const FITS = 0;
const NO = 1;
/** Rejected because the words around it name another person or place with this name. */
const SOMEONE_ELSE = 2;

const elsewhereRecords = new WeakMap<AliasRecord, AliasRecord>();

/** A blocker record standing for "this alias, meaning something else here". */
function elsewhere(record: AliasRecord): AliasRecord {
  let r = elsewhereRecords.get(record);
  if (r === undefined) {
    r = { ...record, tier: 'blocker', exactCase: null };
    elsewhereRecords.set(record, r);
  }
  return r;
}

function fitsLocally(record: AliasRecord, text: string, start: number, aliasEnd: number, end: number): number {
  const inflected = end > aliasEnd;
  if (record.exactCase !== null) {
    // In a line set in capitals ("HELP US NOW") case says nothing: "US" may be "us".
    if (exactKey(text.slice(start, aliasEnd)) !== record.exactCase || besideCapitalWord(text, start, aliasEnd))
      return NO;
  } else if (record.tier === 'blocker') {
    // Blockers suppress whatever case they are written in.
    return FITS;
  } else {
    if (record.capitalised && isLowerCase(text.codePointAt(start) ?? 0)) return NO;
    // "CD-ROM", "das ROM": a short capitalised name in capitals inside ordinary text is an
    // acronym; in a headline set in capitals, or opening a line (a dateline "ROM (dpa)"), it is the name.
    if (
      record.capitalised &&
      aliasEnd - start <= 3 &&
      isCapitalWord(text.slice(start, aliasEnd)) &&
      !atLineStart(text, start) &&
      !besideCapitalWord(text, start, aliasEnd)
    ) {
      return NO;
    }
  }
  // "US$ 36", "NZ$": a currency sign makes the letters part of a currency code (a soft hyphen between changes nothing).
  let after = end;
  while (isIgnorable(text.charCodeAt(after))) after++;
  if (text.charCodeAt(after) === DOLLAR) return NO;
  // "Donald Trump Jr.": the son, not the father.
  if ((record.tier === 'name' || record.tier === 'short') && followedByJunior(text, end)) return SOMEONE_ELSE;
  if (record.tier === 'short') {
    // "Kim Kum-chol", "Kim Jong Il", "Kim Kardashian": a surname followed by another
    // capitalised name word belongs to someone else. (A genitive "Kims Truppen" is fine.)
    if (!inflected && followedByName(text, aliasEnd)) return SOMEONE_ELSE;
    // "Andy Kim", "Steve Austin": preceded by a given name rather than a title.
    if (precededByGivenName(text, start)) return SOMEONE_ELSE;
    // "ein Gericht in Austin", "nach Austin": after a preposition of place it is a place.
    if (!inflected && precededByPlacePreposition(text, start)) return SOMEONE_ELSE;
  }
  return FITS;
}

const DOLLAR = 0x24;

function atLineStart(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  return k === 0 || text.charCodeAt(k - 1) === 0x0a || text.charCodeAt(k - 1) === 0x0d;
}

/** ", Jr." / " Jr" / " Junior" right after the name (checked by hand: this runs for every name). */
function followedByJunior(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) === 0x2c) k++;
  const c = text.charCodeAt(k);
  if (c !== 0x20 && c !== 0xa0 && c !== 0x202f) return false;
  k++;
  if (text.charCodeAt(k) !== 0x4a || (text.charCodeAt(k + 1) !== 0x72 && text.charCodeAt(k + 1) !== 0x75)) return false;
  const word = wordAt(text, k, 1);
  return word === 'Jr' || word === 'Jun' || word === 'Junior';
}

const PLACE_PREPOSITIONS = new Set(['in', 'nach', 'aus', 'near', 'nahe']);

function precededByPlacePreposition(text: string, start: number): boolean {
  let k = start;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  if (k === start) return false;
  const word = wordAt(text, k, -1).toLowerCase();
  return PLACE_PREPOSITIONS.has(word);
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

/** True if the word right before or after [start, end) (inline spaces apart) is all capitals. */
function besideCapitalWord(text: string, start: number, end: number): boolean {
  let k = end;
  while (k < text.length && isInlineSpace(text.charCodeAt(k))) k++;
  if (k > end && isCapitalWord(wordAt(text, k, 1))) return true;
  k = start;
  while (k > 0 && isInlineSpace(text.charCodeAt(k - 1))) k--;
  return k < start && isCapitalWord(wordAt(text, k, -1));
}

/** The word starting at `i` (step 1) or ending at `i` (step -1), invisible characters removed. */
function wordAt(text: string, i: number, step: 1 | -1): string {
  let k = i;
  if (step === 1) {
    while (k < text.length && classOf(text.charCodeAt(k)) !== OTHER) k++;
    return text.slice(i, k).replace(INVISIBLE, '');
  }
  while (k > 0 && classOf(text.charCodeAt(k - 1)) !== OTHER) k--;
  return text.slice(k, i).replace(INVISIBLE, '');
}

function isCapitalWord(word: string): boolean {
  return word.length >= 2 && /^\p{Lu}+$/u.test(word);
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
  'präsident',
  'präsidentin',
  'präsidenten',
  'machthaber',
  'machthabers',
  'diktator',
  'diktators',
  'führer',
  'führers',
  'chef',
  'chefin',
  'chefs',
  'minister',
  'ministerin',
  'ministers',
  'kanzler',
  'kanzlerin',
  'sekretär',
  'sekretärin',
  'sprecher',
  'sprecherin',
  'general',
  'generals',
  'herr',
  'herrn',
  'frau',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'professor',
  'president',
  'leader',
  'chairman',
  'secretary',
  'premier',
  'genosse',
  'marschall',
  'marshal',
  'comrade',
  'senator',
  'gouverneur',
  'governor',
  'kollege',
  'kollegen',
  'herrscher',
  'dictator',
  'autokrat',
  'autokraten',
  'staatschef',
  'oberhaupt',
  'defense',
  'defence',
  'state',
  'affairs',
  'chief',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'ambassador',
  'botschafter',
  'botschafterin',
  'admiral',
  'colonel',
  'oberst',
  'sir',
  'lord',
  'lady',
  // Role nouns German and English put before a surname ("SPD-Politiker Pistorius", "Völkerrechtler Kreß").
  'politiker',
  'politikerin',
  'rechtler',
  'rechtlerin',
  'experte',
  'expertin',
  'forscher',
  'forscherin',
  'wissenschaftler',
  'analyst',
  'analystin',
  'kandidat',
  'kandidatin',
  'amtsinhaber',
  'vorgänger',
  'nachfolger',
  'gegner',
  'kritiker',
  'berater',
  'beraterin',
  'jurist',
  'juristin',
  'abgeordnete',
  'abgeordneter',
  'oberhaupt',
  'expert',
  'professor',
  'scholar',
  'counterpart',
  'rival',
  'predecessor',
  'successor',
  'candidate',
  'nominee',
  'minister',
  'envoy',
  'gesandter',
  'general',
  'staatsoberhaupt',
  'regierungschef',
  'parteichef',
  'kollegin',
];

/** Capitalised words that open a sentence before a surname without being a given name ("Laut Kim", "But Austin"). */
const SENTENCE_WORDS = new Set([
  'laut',
  'auch',
  'dann',
  'als',
  'wenn',
  'dass',
  'doch',
  'aber',
  'und',
  'oder',
  'so',
  'da',
  'nun',
  'nur',
  'selbst',
  'sogar',
  'zudem',
  'ob',
  'wie',
  'was',
  'warum',
  'wo',
  'weil',
  'obwohl',
  'während',
  'nachdem',
  'bevor',
  'seit',
  'denn',
  'also',
  'gestern',
  'heute',
  'jetzt',
  'damals',
  'zuvor',
  'später',
  'hier',
  'dort',
  'für',
  'mit',
  'von',
  'bei',
  'zu',
  'nach',
  'gegen',
  'ohne',
  'über',
  'unter',
  'vor',
  'neben',
  'zwischen',
  'durch',
  'um',
  'an',
  'auf',
  'in',
  'aus',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'ein',
  'eine',
  'einer',
  'dass',
  'zwar',
  'immerhin',
  'bereits',
  'schon',
  'noch',
  'wer',
  'wen',
  'wem',
  'ihm',
  'ihn',
  'sie',
  'er',
  'es',
  'ich',
  'wir',
  'man',
  'mehr',
  'kein',
  'the',
  'but',
  'and',
  'or',
  'then',
  'when',
  'while',
  'after',
  'before',
  'since',
  'as',
  'if',
  'though',
  'although',
  'because',
  'yet',
  'still',
  'now',
  'meanwhile',
  'even',
  'only',
  'for',
  'with',
  'from',
  'by',
  'to',
  'at',
  'on',
  'of',
  'about',
  'against',
  'like',
  'unlike',
  'how',
  'what',
  'why',
  'where',
  'whether',
  'that',
  'this',
  'both',
  'nor',
  'said',
  'says',
  'asked',
  'told',
  'including',
  'under',
  'over',
  'without',
  'between',
  'whom',
  'who',
  'here',
  'there',
  'today',
  'yesterday',
  'earlier',
  'later',
  'last',
  'first',
  'also',
  'instead',
  'once',
]);
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
  while (k > 0 && (charClass(text.charCodeAt(k - 1)) === WORD || isIgnorable(text.charCodeAt(k - 1)))) k--;
  while (k < wordEnd && isIgnorable(text.charCodeAt(k))) k++;
  const word = text.slice(k, wordEnd).replace(INVISIBLE, '');
  if (word.length === 0 || !isUpperCase(word.codePointAt(0) ?? 0)) return false;
  const lower = word.toLowerCase();
  // A genitive ("Nordkoreas Kim", "Russia's Putin" arrives as "s") or a title is no given name.
  if (lower.endsWith('s') || TITLE_ENDINGS.some((t) => lower.endsWith(t))) return false;
  // Capitalised perhaps only because it opens the sentence, a quote or the block: then it
  // is a given name unless it is a word that commonly opens a sentence ("Maura Healey, the
  // governor" but "Laut Kim", "But Austin").
  let p = k;
  while (p > 0 && isInlineSpace(text.charCodeAt(p - 1))) p--;
  const before = p === 0 ? 0x0a : text.charCodeAt(p - 1);
  const opens =
    SENTENCE_OPENERS.has(before) ||
    before === 0x0a ||
    before === 0x0d ||
    (p < k && (before === 0x2013 || before === 0x2014 || before === 0x2d));
  return !(opens && SENTENCE_WORDS.has(lower));
}
