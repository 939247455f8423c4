/**
 * Candidate names in one sentence, each with the evidence that it is a name and of what kind.
 * German capitalises every noun, so a capital letter alone proves little: a candidate needs a role in
 * apposition, a speech verb, an acronym, a preposition or head of place, an organisation or document
 * pattern, several capitalised words in a row, or recurrence (weighed later, over all articles).
 */
import type { EntryKind, Lang } from '../types';
import type { EvidenceKind } from './types';
import {
  COMPASS_WORDS,
  DOCUMENT_HEADS,
  GROUP_HEADS,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_CONNECTORS,
  ORG_HEADS,
  ORG_ROLE_WORDS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  SPEECH_AFTER,
  STREET_HEADS,
  SPEECH_BEFORE,
  STOPWORDS,
  WEEKDAYS_MONTHS,
  countryOf,
  inFixedPhrase,
  isCity,
  isCommonWord,
  isEventHead,
  isDocumentCompound,
  isGivenName,
  isGovernmentSeat,
  isPlaceCompound,
  isTopicCompound,
  isOrgHead,
  isRoleWord,
} from './lexicon';
import {
  isAcronym,
  isCapitalised,
  isLowerWord,
  onlySpaceBetween,
  tokenize,
  withoutPossessive,
  type Token,
} from './tokens';

/** One occurrence of a candidate name. Offsets are into the sentence. */
export interface Occurrence {
  surface: string;
  start: number;
  end: number;
  /** Number of words in the name. */
  words: number;
  /** The name opens the sentence, where every word is capitalised. */
  initial: boolean;
  evidence: Set<EvidenceKind>;
  votes: Partial<Record<EntryKind, number>>;
  /** Verbatim role phrase in apposition, if any. */
  role?: string;
  /** An acronym and its expansion given together: the other form. */
  pairedWith?: string;
  /** The name came after a role word or honorific ("Präsident Yoon", "Diktator Kim"). */
  titled?: boolean;
  /** A lower-case phrase recognised by pattern (groups, documents): not subject to capitalisation rules. */
  pattern?: boolean;
  /** A lower-case word follows: "American society" (adjective use). */
  beforeLower?: boolean;
  /** ISO code when the name is a country's (or a continent's). */
  country?: string;
  /** English "the" stands before the name ("the Associated Press"): no person's. */
  afterThe?: boolean;
  /** "Level 3": a word and a number, a name only where it recurs. */
  numbered?: boolean;
}

/** What the caller knows about the bundle's words. */
export interface WordStats {
  lang: Lang;
  /** Capitalised words used like common nouns (lists and the bundle itself). */
  isNounLike(word: string): boolean;
  /** The word also appears in lower case in the bundle ("pure Leere"): an adjective or verb, not a name. */
  hasLowerForm?(word: string): boolean;
  /** Evidence kinds switched off (the ablation): their rules neither fire nor shape names. */
  off?: ReadonlySet<EvidenceKind>;
}

const vote = (o: Occurrence, kind: EntryKind, weight: number): void => {
  o.votes[kind] = (o.votes[kind] ?? 0) + weight;
};

/** Words that stand where an article would ("jeder", "kein", "unser"): after them a noun is common. */
const STOPWORDS_ARTICLE_LIKE = new Set(
  'kein keine keinen keinem keiner jeder jede jedes jeden jedem dieser diese dieses diesem diesen jener jene unser unsere unseren ihr ihre ihren sein seine seinen mein meine viele einige mehrere alle beiden zwei drei vier'.split(
    ' ',
  ),
);
/** Nouns for a person, before "namens"/"named": "ein Mann namens …", "a woman named …". */
const PERSON_NOUNS = new Set('mann frau junge mädchen kind person mensch man woman boy girl child person'.split(' '));
const ARTICLES = new Set('der die das den dem des ein eine einer eines einem einen the a an'.split(' '));
const ADJECTIVE_ENDING = /^\p{Ll}+(e|en|er|es|em)$/u;
const DEMONYM_ADJECTIVE = /^\p{Ll}+(isch|ische|ischen|ischer|isches|an|ian|ese|ish)$/u;
/** Organisation heads that alone are common nouns ("Regierung", "Partei"), not names. */
const ORG_BARE = new Set(
  'agentur nachrichtenagentur regierung koalition partei bank rat ministerium amt verband komitee universität institut behörde gericht stiftung zeitung sender verein polizei fraktion kommission geheimdienst'.split(
    ' ',
  ),
);
/** German parties called by an adjective, in the forms that stand alone: "die Grünen", "der Linken". */
const PARTY_ADJECTIVES = new Set(['Grünen', 'Grüne', 'Linken', 'Linke']);
const DOC_LINKS = new Set('über zur zum für zwischen on of'.split(' '));

/** An acronym, also in the plural: "IWF", "SDRs", "NDCs". */
const acronymLike = (w: string): boolean => isAcronym(w) || (/^\p{Lu}{2,5}s$/u.test(w) && isAcronym(w.slice(0, -1)));

function isNameWord(t: Token): boolean {
  const w = withoutPossessive(t.text);
  if (!isCapitalised(w)) return false;
  if (isAcronym(w)) return true;
  return !STOPWORDS.has(w.toLowerCase());
}

/** Evidence kinds switched off for the current call (set by extractCandidates; the module is synchronous). */
let switchedOff: ReadonlySet<EvidenceKind> = new Set();
const on = (kind: EvidenceKind): boolean => !switchedOff.has(kind);
/** Records evidence unless its kind is switched off; returns whether it counts. */
function give(o: Occurrence, kind: EvidenceKind): boolean {
  if (!on(kind)) return false;
  o.evidence.add(kind);
  return true;
}

export function extractCandidates(sentence: string, stats: WordStats): Occurrence[] {
  switchedOff = stats.off ?? new Set();
  const tokens = tokenize(sentence);
  const out: Occurrence[] = [];
  const lowerAt = (i: number): string => tokens[i]?.text.toLowerCase() ?? '';
  const firstWordIndex = 0;

  // 1. Runs of capitalised words (with connectors and initials inside).
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const gap = sentence.slice(tokens[j]!.end, next.start);
      // "Michael R. Bloomberg": an initial and its full stop stay inside the name.
      const initialGap = /^[A-Z]$/.test(tokens[j]!.text) && gap === '. ';
      if (!(onlySpaceBetween(sentence, tokens[j]!, next) || initialGap)) break;
      if (/['’]s$/u.test(tokens[j]!.text)) break; // "Biden's campaign": the possessive ends the name
      // "by Kareem Smith April 21, 2022": a date after a name is no part of it.
      if (WEEKDAYS_MONTHS.has(next.text.toLowerCase()) && /^\d/.test(tokens[j + 2]?.text ?? '')) break;
      // "der IWF SDRs", "BMW IBU": two acronyms side by side are two names.
      // ("BMW IBU Weltcup", where a name goes on after them, is one.)
      const further = tokens[j + 2];
      const goesOn = further !== undefined && isNameWord(further) && onlySpaceBetween(sentence, next, further);
      if (acronymLike(tokens[j]!.text) && acronymLike(next.text) && !goesOn) break;
      if (
        isNameWord(next) ||
        (/^[A-Z]$/.test(next.text) && sentence[next.end] === '.' && tokens[j + 2] && isNameWord(tokens[j + 2]!))
      ) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (
        NAME_CONNECTORS.has(next.text) &&
        !(stats.lang === 'de' && (next.text === 'von' || next.text === 'van')) &&
        after &&
        isNameWord(after) &&
        onlySpaceBetween(sentence, next, after) &&
        !(stats.lang === 'de' && (stats.isNounLike(tokens[j]!.text) || stats.isNounLike(after.text)))
      ) {
        j += 2;
        continue;
      }
      // "Center for Strategic and International Studies", "Intergovernmental Panel on Climate Change (IPCC)",
      // "Deutsches Institut für Wirtschaftsforschung (DIW)": "and", "on", "für" only inside an organisation's
      // name, told by its head or by its acronym after it.
      if (
        ['and', 'und', 'on', 'für'].includes(next.text) &&
        after &&
        isNameWord(after) &&
        onlySpaceBetween(sentence, next, after)
      ) {
        let k = j + 2;
        while (
          k + 1 < tokens.length &&
          isNameWord(tokens[k + 1]!) &&
          onlySpaceBetween(sentence, tokens[k]!, tokens[k + 1]!)
        )
          k++;
        const acronym = /^\s*\((\p{Lu}[\p{Lu}\d]{1,7})\)/u.exec(sentence.slice(tokens[k]!.end));
        const expansion = sentence.slice(tokens[i]!.start, tokens[k]!.end);
        // "Trinidad and Tobago", "Bosnien und Herzegowina": a country's name with "and" inside.
        const country = on('gazetteer') && countryOf(sentence.slice(tokens[i]!.start, after.end)) !== undefined;
        if (country) {
          j += 2;
          continue;
        }
        if (isOrgHead(tokens[k]!.text) || (acronym && initialsFit(acronym[1]!, expansion))) {
          j = k;
          continue;
        }
      }
      break;
    }
    handleRun(sentence, tokens, i, j, stats, out, i === firstWordIndex);
    i = j + 1;
  }

  // 2. Groups: adjective of nationality + noun for a body of people ("nordkoreanische Truppen").
  for (let k = 0; on('organisation') && k + 1 < tokens.length; k++) {
    const adj = tokens[k]!;
    const noun = tokens[k + 1]!;
    if (
      !DEMONYM_ADJECTIVE.test(adj.text) &&
      !(isCapitalised(adj.text) && /(an|ese|ish)$/.test(adj.text) && stats.lang === 'en')
    )
      continue;
    if (!GROUP_NOUNS.has(noun.text.toLowerCase()) || !onlySpaceBetween(sentence, adj, noun)) continue;
    const o = occurrence(sentence, adj.start, noun.end, 2, false);
    o.pattern = true;
    if (give(o, 'organisation')) vote(o, 'group', 5);
    out.push(o);
  }

  // German compounds with a name first: "Ukraine-Krieg", "Kreml-Sprecher", "KCNA-Meldung".
  if (stats.lang === 'de' && on('compound')) {
    for (const t of tokens) {
      const parts = t.text.split(/[-\u2010\u2011]/);
      if (parts.length !== 2) continue;
      const [head, tail] = parts as [string, string];
      if (!isCapitalised(head) || !isCapitalised(tail) || head.length < 2 || STOPWORDS.has(head.toLowerCase()))
        continue;
      if (!(stats.isNounLike(tail) || isEventHead(tail) || isOrgHead(tail) || isRoleWord(tail))) continue;
      const o = occurrence(sentence, t.start, t.start + head.length, 1, t.start === 0);
      give(o, 'compound');
      // "Corona-Pandemie", "Corona-Krise": a name that gives an event its name (not a country's) stands for it.
      // (Not a body's acronym either: "UN-Klimakonferenz", "EU-Gipfel".)
      if (isEventHead(tail) && countryOf(head) === undefined && !isCity(head) && !isAcronym(head)) vote(o, 'event', 2);
      out.push(o);
    }
  }

  // 3. Documents: "Vertrag über eine umfassende strategische Partnerschaft", "Artikel 4", "Senate Bill 10".
  for (let k = 0; on('document') && k < tokens.length; k++) {
    const head = tokens[k]!;
    const lower = head.text.toLowerCase();
    if (!DOCUMENT_HEADS.has(lower)) continue;
    const next = tokens[k + 1];
    if (next && /^\d+[a-z]?$/.test(next.text) && onlySpaceBetween(sentence, head, next) && isCapitalised(head.text)) {
      let start = head.start;
      const prev = tokens[k - 1];
      if (
        prev &&
        isCapitalised(prev.text) &&
        !STOPWORDS.has(prev.text.toLowerCase()) &&
        onlySpaceBetween(sentence, prev, head) &&
        k - 1 !== firstWordIndex
      )
        start = prev.start;
      const o = occurrence(sentence, start, next.end, 2, false);
      o.pattern = true;
      if (give(o, 'document')) vote(o, 'document', 5);
      out.push(o);
      continue;
    }
    if (next && DOC_LINKS.has(next.text.toLowerCase()) && isCapitalised(head.text) && stats.lang === 'de') {
      // Up to the first word that is neither lower-case attribute nor capitalised noun, at most 7 words.
      let end = k + 1;
      let words = 0;
      for (let m = k + 2; m < tokens.length && words < 6; m++) {
        const t = tokens[m]!;
        if (!onlySpaceBetween(sentence, tokens[m - 1]!, t)) break;
        if (
          ARTICLES.has(t.text.toLowerCase()) ||
          ADJECTIVE_ENDING.test(t.text) ||
          t.text === 'und' ||
          isCapitalised(t.text)
        ) {
          end = m;
          words++;
          if (isCapitalised(t.text) && !(tokens[m + 1] && tokens[m + 1]!.text === 'und')) break;
        } else break;
      }
      if (end > k + 2 && isCapitalised(tokens[end]!.text)) {
        const o = occurrence(sentence, head.start, tokens[end]!.end, end - k + 1, false);
        o.pattern = true;
        if (give(o, 'document')) vote(o, 'document', 5);
        out.push(o);
      }
    }
  }

  // 3a. German parties named by an adjective ("die Grünen", "der Linken", "Bündnis 90/Die Grünen"): a
  // capitalised party adjective with no noun after it names the party ("Grünen Wasserstoff" does not).
  if (stats.lang === 'de' && on('organisation')) {
    for (const m of sentence.matchAll(/Bündnis 90\/Die Grünen/gu)) {
      const o = occurrence(sentence, m.index, m.index + m[0].length, 4, m.index === 0);
      o.pattern = true;
      o.pairedWith = 'Grünen';
      give(o, 'organisation');
      vote(o, 'organisation', 5);
      out.push(o);
    }
    tokens.forEach((t, k) => {
      if (!PARTY_ADJECTIVES.has(t.text) || sentence.slice(t.start - 3, t.start) === '90/') return;
      const after = tokens[k + 1];
      if (after && isCapitalised(after.text) && onlySpaceBetween(sentence, t, after)) return;
      const o = occurrence(sentence, t.start, t.end, 1, k === 0);
      o.pattern = true;
      give(o, 'organisation');
      vote(o, 'organisation', 5);
      out.push(o);
    });
  }

  // 3b. Numbered names: "Level 3", "Phase 2" (kept only where they recur, see index.ts).
  for (let k = 0; on('document') && k + 1 < tokens.length; k++) {
    const word = tokens[k]!;
    const num = tokens[k + 1]!;
    if (
      !isCapitalised(word.text) ||
      isAcronym(word.text) ||
      !/^\d{1,3}$/.test(num.text) ||
      !onlySpaceBetween(sentence, word, num)
    )
      continue;
    if (
      DOCUMENT_HEADS.has(word.text.toLowerCase()) ||
      STOPWORDS.has(word.text.toLowerCase()) ||
      WEEKDAYS_MONTHS.has(word.text.toLowerCase())
    )
      continue;
    if (/^[.,]\d/.test(sentence.slice(num.end))) continue;
    const o = occurrence(sentence, word.start, num.end, 2, false);
    o.pattern = true;
    o.numbered = true;
    vote(o, 'concept', 2);
    out.push(o);
  }

  /** An acronym at `at` and the name it abbreviates: both names, of one kind, each knowing the other. */
  const pairAcronym = (host: Occurrence, at: number, inside: string): void => {
    // The acronym may already be a run of its own: annotate that occurrence.
    let acr = out.find((o) => o.start === at && o.surface === inside);
    if (!acr) {
      acr = occurrence(sentence, at, at + inside.length, 1, false);
      out.push(acr);
    }
    give(acr, 'acronym');
    give(host, 'acronym');
    acr.pairedWith = host.surface;
    host.pairedWith = inside;
    // "27. UN-Klimakonferenz (COP27)": an event's acronym names the event, not an organisation.
    const pairedKind: EntryKind = isEventHead(host.surface.split(/\s+/).pop()!) ? 'event' : 'organisation';
    vote(acr, pairedKind, 2);
    vote(host, pairedKind, 2);
  };

  // 4. Acronyms with their expansion: "National Intelligence Service (NIS)", "NIS (National …)".
  const paren = /\(([^()]{2,80})\)/g;
  for (const m of on('acronym') ? sentence.matchAll(paren) : []) {
    const inside = m[1]!.trim();
    const before = out.filter((o) => !o.pattern && o.end <= m.index && /^[\s]*$/.test(sentence.slice(o.end, m.index)));
    const host = before[before.length - 1];
    if (!host) continue;
    // A body's name in another language than its acronym ("Europäischer Arzneimittelbehörde (EMA)", the European
    // Medicines Agency): the first letter and the head are enough.
    const hostHead = host.surface.split(/\s+/).pop()!;
    const translated = host.words >= 2 && isOrgHead(hostHead) && inside[0] === host.surface[0];
    if (isAcronym(inside) && (initialsFit(inside, host.surface) || translated)) {
      pairAcronym(host, m.index + 1 + m[1]!.indexOf(inside), inside);
    }
  }

  // 4b. An acronym after a name written with lower-case words inside ("Bundesverband der Deutschen
  // Heizungsindustrie (BDH)", "Bundesförderung für effiziente Gebäude (BEG)"): the span whose content
  // words' initials spell the acronym exactly is the expansion, however the run of capitals was cut.
  for (const m of on('acronym') ? sentence.matchAll(/\((\p{Lu}[\p{Lu}\p{Ll}\d]{1,7})\)/gu) : []) {
    const inside = m[1]!;
    if (!isAcronym(inside) || out.some((o) => o.pairedWith === inside)) continue;
    const expansion = expansionBefore(sentence, tokens, m.index, inside);
    if (!expansion) continue;
    // The pieces of the cut run are the expansion's words, not names of their own.
    for (let k = out.length - 1; k >= 0; k--)
      if (!out[k]!.pattern && out[k]!.start >= expansion.start && out[k]!.end <= expansion.end) out.splice(k, 1);
    const host = occurrence(sentence, expansion.start, expansion.end, expansion.words, expansion.start === 0);
    pairAcronym(host, m.index + 1, inside);
    out.push(host);
  }

  // 5. Speech attributions and places, from the words around each name; countries by name.
  for (const o of out) {
    if (o.pattern) continue;
    o.beforeLower = /^[ \u00a0]\p{Ll}/u.test(sentence.slice(o.end, o.end + 2));
    // "Microsoft Corp", "Orsted Germany GmbH": a company's legal form follows its name.
    // "Amazon.com Inc.": a web suffix may stand between name and legal form.
    if (/^(?:\.com|\.de)?[ \u00a0](?:Corp|Inc|Ltd|LLC|GmbH|AG|SE|plc|Co)\b/u.test(sentence.slice(o.end, o.end + 10))) {
      if (give(o, 'organisation')) vote(o, 'organisation', 4);
    }
    const country = on('gazetteer') ? countryOf(o.surface) : undefined;
    if (on('gazetteer') && isGovernmentSeat(o.surface)) {
      if (give(o, 'gazetteer')) vote(o, 'organisation', 4);
    } else if (country) {
      o.country = country;
      if (give(o, 'gazetteer')) vote(o, 'place', 4);
    } else if (on('gazetteer') && !o.initial && isCity(o.surface) && (o.words > 1 || !stats.isNounLike(o.surface))) {
      // A city named like a noun the bundle uses as one ("das Essen") gets no credit from the list.
      if (give(o, 'gazetteer')) vote(o, 'place', 3);
    }
    const at = tokens.findIndex((t) => t.start === o.start);
    const endAt = tokens.findIndex((t) => t.end >= o.end);
    if (at < 0) continue;
    // Skip a role phrase between verb and name: "sagte der Sportliche Leiter des ÖSV, Mario Stecher".
    const before = lowerAt(at - 1);
    const before2 = lowerAt(at - 2);
    const after = lowerAt(endAt + 1);
    if (SPEECH_BEFORE.has(before) || (before === 'to' && before2 === 'according') || SPEECH_AFTER.has(after)) {
      if (!/['’]s$/u.test(tokens[endAt]?.text ?? '') || SPEECH_AFTER.has(after)) {
        if (give(o, 'speech')) vote(o, 'person', 1.5);
      }
    }
    // "the Covid-19 pandemic", "the coronavirus outbreak": the name of a disease names the event.
    if (/^ (?:pandemic|epidemic|outbreak)\b/u.test(sentence.slice(o.end)) && countryOf(o.surface) === undefined)
      vote(o, 'event', 2);
    // An age in apposition is a person's: "Sita Jaggesar, 62, who lived …".
    if (/^,\s*\d{1,3}\s*[,)]/u.test(sentence.slice(o.end)) && o.words >= 2) {
      if (give(o, 'role')) vote(o, 'person', 3);
    }
    // A speaker's label in a transcript or interview: "Tareq Salem: Ich bin …", "Korinna Hennig: Herr Drosten, …".
    if (
      o.start === 0 &&
      o.words >= 2 &&
      /^:\s+[\p{Lu}„"“«]/u.test(sentence.slice(o.end)) &&
      tokens.slice(at, endAt + 1).every((t) => !stats.isNounLike(t.text) && !isCommonWord(t.text, stats.lang))
    ) {
      if (give(o, 'speech')) vote(o, 'person', 1.5);
    }
    // "einem Medikament namens Ritonavir", "a drug named Paxlovid": the noun before says what the name is.
    if (before === 'namens' || (before === 'named' && stats.lang === 'en')) {
      const noun = tokens[at - 2]?.text ?? '';
      if (give(o, 'role') && noun && !ARTICLES.has(noun.toLowerCase()) && !STOPWORDS.has(noun.toLowerCase())) {
        o.role ??= noun;
        if (PERSON_NOUNS.has(noun.toLowerCase())) vote(o, 'person', 3);
        else if (ORG_ROLE_WORDS.has(noun.toLowerCase())) vote(o, 'organisation', 3);
      }
    }
    // "the Associated Press", "the Rhodium Group": English names no person with the article.
    if (stats.lang === 'en' && before === 'the') o.afterThe = true;
    const prep = PLACE_PREPOSITIONS.has(before)
      ? before
      : ARTICLES.has(before) && PLACE_PREPOSITIONS.has(before2)
        ? before2
        : '';
    if (prep && !o.initial && !o.titled) {
      if (give(o, 'place')) vote(o, 'place', ARTICLES.has(before) ? 0.5 : 1.5);
    }
  }
  // A noun inside a fixed phrase ("in Bezug auf", "im Rahmen der") is grammar, not a name.
  if (stats.lang === 'de') {
    const words = tokens.map((t) => t.text);
    return out.filter(
      (o) =>
        o.words > 1 ||
        !inFixedPhrase(
          words,
          tokens.findIndex((t) => t.start === o.start),
        ),
    );
  }
  return out;
}

function occurrence(sentence: string, start: number, end: number, words: number, initial: boolean): Occurrence {
  return { surface: sentence.slice(start, end), start, end, words, initial, evidence: new Set(), votes: {} };
}

/** Words inside a name that give no letter to its acronym. */
const EXPANSION_LINKS = new Set('der des dem den die das für fur und and of for the on zur zum von in'.split(' '));

/**
 * The expansion an acronym in parentheses stands for, read backwards from the parenthesis: the shortest span
 * that opens with a capitalised word and whose content words (capitalised or lower-case, links skipped)
 * give exactly the acronym's letters: "Bundesförderung für effiziente Gebäude" for "BEG".
 */
export function expansionBefore(
  sentence: string,
  tokens: readonly Token[],
  parenAt: number,
  acronym: string,
): { start: number; end: number; words: number } | undefined {
  const letters = acronym.replace(/[\d\p{Ll}]/gu, '').toUpperCase();
  if (letters.length < 2) return undefined;
  let last = -1;
  for (let k = 0; k < tokens.length && tokens[k]!.end <= parenAt; k++) last = k;
  if (last < 0 || !/^\s*$/.test(sentence.slice(tokens[last]!.end, parenAt))) return undefined;
  let initials = '';
  for (let k = last; k >= 0 && last - k < 8; k--) {
    const t = tokens[k]!;
    if (k < last && !onlySpaceBetween(sentence, t, tokens[k + 1]!)) return undefined;
    const link = EXPANSION_LINKS.has(t.text.toLowerCase()) && !isCapitalised(t.text);
    if (!link) initials = t.text[0]!.toUpperCase() + initials;
    if (initials.length > letters.length) return undefined;
    if (initials === letters && !link && isCapitalised(t.text) && last > k)
      return { start: t.start, end: tokens[last]!.end, words: last - k + 1 };
  }
  return undefined;
}

/** "CSIS" fits "Center for Strategic and International Studies": its letters are the capitals' initials, in order. */
export function initialsFit(acronym: string, expansion: string, exact = false): boolean {
  const initials = expansion
    .split(/[\s-]+/)
    .filter((w) => isCapitalised(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  const letters = acronym.replace(/\d/g, '').toUpperCase();
  if (initials === letters) return true;
  if (exact) return false;
  // Allow a word to give two letters or a skipped word: the acronym's letters appear in order.
  let k = 0;
  for (const c of initials) if (c === letters[k]) k++;
  return k >= Math.min(letters.length, 2) && letters[0] === initials[0];
}

/**
 * A run of capitalised words: split into a role phrase and the name it introduces, read the heads
 * (place, organisation, event, document) and push the name.
 */
function handleRun(
  sentence: string,
  tokens: Token[],
  first: number,
  last: number,
  stats: WordStats,
  out: Occurrence[],
  initial: boolean,
): void {
  // "at Clarkia Drive Wellington Road": a street's head ends its name; what follows is another.
  for (let k = first + 1; k < last; k++) {
    if (STREET_HEADS.has(tokens[k]!.text.toLowerCase()) && isCapitalised(tokens[k + 1]!.text)) {
      handleRun(sentence, tokens, first, k, stats, out, initial);
      handleRun(sentence, tokens, k + 1, last, stats, out, false);
      return;
    }
  }
  // A country of several words is a place whatever its words look like alone: "Vereinigten Arabischen Emiraten".
  if (stats.lang === 'de' && last > first && on('gazetteer')) {
    const run = sentence.slice(tokens[first]!.start, tokens[last]!.end);
    const country = countryOf(run);
    if (country !== undefined && /\s/.test(run)) {
      const o = occurrence(sentence, tokens[first]!.start, tokens[last]!.end, last - first + 1, initial);
      o.country = country;
      give(o, 'gazetteer');
      vote(o, 'place', 4);
      out.push(o);
      return;
    }
  }
  let from = first;
  let role: string | undefined;
  let titled = false;
  let roleStart = -1;
  let roleKind: EntryKind | undefined;

  // The last role word, honorific or head of place/organisation followed by a name: what precedes is its phrase.
  for (let k = last - 1; k >= first; k--) {
    const w = tokens[k]!.text;
    const lower = w.toLowerCase();
    const rest = tokens[k + 1]!;
    if (isLowerWord(rest.text)) continue;
    if (on('role') && HONORIFICS.has(lower) && k === first) {
      // "Prof David Green": a title, no role phrase; a role may follow the name.
      from = k + 1;
      titled = true;
      break;
    }
    if (on('role') && isRoleWord(w)) {
      from = k + 1;
      titled = true;
      roleStart = first;
      roleKind = 'person';
      break;
    }
    if (on('place') && PLACE_HEADS.has(lower)) {
      from = k + 1;
      roleStart = first;
      roleKind = 'place';
      break;
    }
    if (
      on('organisation') &&
      isOrgHead(w) &&
      !isAcronym(w) &&
      !isOrgHead(tokens[last]!.text) &&
      last - k <= 2 &&
      (isAcronym(rest.text) ||
        last === k + 1 ||
        // "des US-Konzerns Pfizer Hoffnung": a common noun after the name is no part of it.
        (stats.lang === 'de' && stats.isNounLike(tokens[last]!.text) && !stats.isNounLike(rest.text)))
    ) {
      from = k + 1;
      roleStart = first;
      roleKind = 'organisation';
      break;
    }
  }
  // A run that ends in a head names an institution, event or place as a whole ("Das Auswärtige Amt",
  // "Deutsche Olympische Sportbund"): its capitalised attributes belong to the name.
  const lastLower = withoutPossessive(tokens[last]!.text);
  const headed =
    last > first &&
    (isOrgHead(lastLower) ||
      isEventHead(lastLower) ||
      GROUP_HEADS.has(lastLower.toLowerCase()) ||
      PLACE_HEADS.has(lastLower.toLowerCase()));
  // "das Deutsche Rote Kreuz (DRK)": an acronym after the run that fits all of it keeps every word.
  const acronymAfter = /^\s*\((\p{Lu}[\p{Lu}\d]{1,7})\)/u.exec(sentence.slice(tokens[last]!.end));
  const spelledOut =
    acronymAfter !== null &&
    last > first &&
    on('acronym') &&
    initialsFit(acronymAfter[1]!, sentence.slice(tokens[from]!.start, tokens[last]!.end), true);
  // German: a leading noun before a name of two words is an apposition ("der Norweger Marius Lindvik").
  if (
    on('role') &&
    !roleKind &&
    !headed &&
    !spelledOut &&
    stats.lang === 'de' &&
    last - first >= 2 &&
    tokens.slice(first + 1, last + 1).every((t) => !stats.isNounLike(t.text) && !NAME_CONNECTORS.has(t.text))
  ) {
    const lead = tokens[first]!.text;
    if (/(er|erin|ist|istin|ent|ant|e|en)$/.test(lead) && !/isch(e|en|er|es)?$/.test(lead)) {
      const prev = tokens[first - 1]?.text.toLowerCase() ?? '';
      if (ARTICLES.has(prev) || ADJECTIVE_ENDING.test(prev) || isRoleWord(lead)) {
        from = first + 1;
        roleStart = first;
        roleKind = 'person';
        titled = true;
      }
    }
  }
  // Lower-case role words just before the run (English "former vice president Joe Biden", "spokesman Jason Kersten").
  let lowerRoleStart = -1;
  if (on('role') && from === first && !headed) {
    let k = first - 1;
    while (
      k >= 0 &&
      isLowerWord(tokens[k]!.text) &&
      (isRoleWord(tokens[k]!.text) ||
        ['vice', 'executive', 'former', 'political', 'managing'].includes(tokens[k]!.text)) &&
      onlySpaceBetween(sentence, tokens[k]!, tokens[k + 1]!)
    )
      k--;
    if (k < first - 1 && tokens.slice(k + 1, first).some((t) => isRoleWord(t.text))) {
      lowerRoleStart = k + 1;
      // "University of Houston political scientist Boris Shor": the institution belongs to the role.
      let r = k;
      while (
        r >= 0 &&
        (isNameWord(tokens[r]!) || NAME_CONNECTORS.has(tokens[r]!.text)) &&
        onlySpaceBetween(sentence, tokens[r]!, tokens[r + 1]!)
      )
        r--;
      if (r < k && isNameWord(tokens[r + 1]!) && !(r + 1 === 0 && STOPWORDS.has(tokens[0]!.text.toLowerCase())))
        lowerRoleStart = r + 1;
      roleKind = 'person';
      titled = true;
    }
  }
  // German: an adjective in -isch capitalised inside a sentence opens a name ("im Rheinischen Revier",
  // "der Koreanischen Volksarmee", "die Bayerischen Staatsforsten"), though "im" makes it look like a noun.
  const namingAdjective = (k: number): boolean => {
    const at = first + k;
    return (
      at < last &&
      !(initial && at === first) &&
      !/[„"“»‚‘']\s*$/u.test(sentence.slice(0, tokens[at]!.start)) &&
      /\p{Ll}isch(e|en|er|es|em)?$/u.test(tokens[at]!.text)
    );
  };
  // Drop leading words that cannot start a name (sentence-initial common nouns, "Laut").
  // English capitalises only names and sentence starts: there a common word goes only at the start ("Workers in …").
  const leadingCommon = (t: Token, k: number): boolean =>
    stats.lang === 'de'
      ? stats.isNounLike(t.text) && !namingAdjective(k)
      : k === 0 && initial && stats.isNounLike(t.text);
  while (
    from < last &&
    !headed &&
    !spelledOut &&
    (leadingCommon(tokens[from]!, from - first) || NAME_CONNECTORS.has(tokens[from]!.text)) &&
    !isAcronym(tokens[from]!.text)
  )
    from++;
  // German writes adjectives in lower case, so a capitalised one inside a sentence belongs to a name
  // ("im Rheinischen Revier", "Grüner Wasserstoff"); at the start of a sentence or a quotation it may be
  // just an adjective, and is dropped where the bundle also writes it in lower case ("„Pure Leere“").
  const opensQuote = /[„"“»‚‘']\s*$/u.test(sentence.slice(0, tokens[from]!.start));
  const adjectiveLike = (w: string): boolean =>
    Boolean(
      stats.hasLowerForm?.(w) ||
      (/(e|en|em|er|es)$/.test(w) && stats.hasLowerForm?.(w.replace(/(e|en|em|er|es)$/, ''))),
    );
  const capitalAdjective = (w: string): boolean => adjectiveLike(w) || /\p{Ll}isch(e|en|er|es)?$/u.test(w);
  while (
    from < last &&
    !headed &&
    stats.lang === 'de' &&
    (initial || opensQuote) &&
    from === first &&
    adjectiveLike(tokens[from]!.text)
  )
    from++;
  // Before an institution's name, a genitive noun is no part of it: "des US-Thinktanks Center for …".
  while (
    from < last &&
    headed &&
    stats.lang === 'de' &&
    stats.isNounLike(tokens[from]!.text) &&
    /-|\p{Ll}s$/u.test(tokens[from]!.text) &&
    isCapitalised(tokens[from + 1]!.text)
  )
    from++;
  if (from > last) return;
  // The name inside a role phrase is a mention too: "New York City Mayor Bill de Blasio", "Nordkoreas Machthaber".
  if (roleKind === 'person' && from > first) {
    let e = first;
    while (
      e < from - 1 &&
      !isRoleWord(tokens[e]!.text) &&
      !HONORIFICS.has(tokens[e]!.text.toLowerCase()) &&
      isNameWord(tokens[e]!) &&
      !(stats.lang === 'de' && stats.isNounLike(tokens[e]!.text))
    )
      e++;
    if (e > first) {
      const inner = occurrence(
        sentence,
        tokens[first]!.start,
        tokens[e - 1]!.end - (tokens[e - 1]!.text.length - withoutPossessive(tokens[e - 1]!.text).length),
        e - first,
        initial,
      );
      if (inner.words >= 2) give(inner, 'sequence');
      out.push(inner);
    }
  }
  let to = last;
  // German: trailing common nouns are not part of a name ("Pjöngjang Waffenlieferungen"), heads are.
  // A capitalised adjective keeps its noun: "Grüner Wasserstoff" is a term.
  while (
    to > from &&
    stats.lang === 'de' &&
    !spelledOut &&
    stats.isNounLike(tokens[to]!.text) &&
    !isOrgHead(tokens[to]!.text) &&
    !isEventHead(tokens[to]!.text) &&
    !PLACE_HEADS.has(tokens[to]!.text.toLowerCase()) &&
    !capitalAdjective(tokens[to - 1]!.text)
  )
    to--;
  while (to > from && NAME_CONNECTORS.has(tokens[to]!.text)) to--;
  // English: an adjective before a common noun ends no name ("New Hampshire Democratic officials").
  while (
    to > from &&
    stats.lang === 'en' &&
    /(ic|an|ian|ese|ish|al)$/.test(tokens[to]!.text) &&
    isLowerWord(tokens[to + 1]?.text ?? '') &&
    onlySpaceBetween(sentence, tokens[to]!, tokens[to + 1]!) &&
    !isOrgHead(tokens[to]!.text)
  )
    to--;
  // Possessive: "Biden's" names Biden.
  const lastText = tokens[to]!.text;
  const endOffset = tokens[to]!.end - (lastText.length - withoutPossessive(lastText).length);
  const words = to - from + 1;
  const single = tokens[from]!.text;
  // "Astrazeneca-Aus", "KCNA-Meldung": a compound of a name and a common word is not itself a name (its
  // first part is taken as a compound mention below); "Ukraine-Krieg" (an event's head) is.
  if (words === 1 && stats.lang === 'de' && /[-\u2010\u2011]/.test(single)) {
    const tail = single.split(/[-\u2010\u2011]/).pop()!;
    if (
      isCapitalised(tail) &&
      !isEventHead(tail) &&
      !isOrgHead(tail) &&
      !DOCUMENT_HEADS.has(tail.toLowerCase()) &&
      !PLACE_HEADS.has(tail.toLowerCase()) &&
      (stats.isNounLike(tail) || STOPWORDS.has(tail.toLowerCase()) || isRoleWord(tail))
    )
      return;
  }
  // A compound whose end is an organisation's ("Bundespolizei", "Gesundheitsministerium") names one,
  // unless a name follows it ("Nachrichtenagentur Tass").
  const orgCompound =
    on('organisation') &&
    words === 1 &&
    isOrgHead(single) &&
    // "Datenbank", "Sitzbank": common compounds of "-bank" name no bank.
    !(/bank$/i.test(single) && isCommonWord(single, stats.lang)) &&
    // Bare heads, also in the genitive ("des Vereins").
    ![single.toLowerCase(), single.toLowerCase().replace(/(?<=[^e])e?s$/, '')].some(
      (w) => ORG_HEADS.has(w) || ORG_BARE.has(w),
    ) &&
    !(tokens[to + 1] && isNameWord(tokens[to + 1]!) && onlySpaceBetween(sentence, tokens[to]!, tokens[to + 1]!));
  // A single common noun left over is no name, unless a head or title made it one ("Präsident Yoon").
  // Countries and German regions in -land take an article ("die Ukraine", "im Saarland") and stay names.
  const landName =
    on('place') && stats.lang === 'de' && words === 1 && /\p{Ll}{2}land$/u.test(single) && !isCommonWord(single, 'de');
  const seaOrMountain = on('place') && stats.lang === 'de' && words === 1 && isPlaceCompound(single);
  const placeName = landName || seaOrMountain || (on('gazetteer') && words === 1 && countryOf(single) !== undefined);
  // "im Ukraine-Krieg", "die Corona-Krise": a name joined to an event's head names the event, though an
  // article stands before it.
  const [namePart, headPart] = single.split(/[-\u2010\u2011]/);
  const eventCompound =
    words === 1 &&
    stats.lang === 'de' &&
    headPart !== undefined &&
    isEventHead(headPart) &&
    isCapitalised(namePart!) &&
    (countryOf(namePart!) !== undefined || isAcronym(namePart!) || !stats.isNounLike(namePart!));
  // "Energiewende", "Kohleausstieg": a compound whose head names a topic of debate; "Koalitionsvertrag" a document.
  const topicCompound = on('topic') && stats.lang === 'de' && words === 1 && isTopicCompound(single);
  const documentCompound = on('document') && stats.lang === 'de' && words === 1 && isDocumentCompound(single);
  if (
    words === 1 &&
    stats.isNounLike(single) &&
    !roleKind &&
    !isAcronym(single) &&
    !orgCompound &&
    !placeName &&
    !eventCompound &&
    !topicCompound &&
    !documentCompound &&
    !(on('gazetteer') && isGovernmentSeat(single))
  )
    return;
  // German feminine plurals ("Instrumentalistinnen") end no name.
  if (stats.lang === 'de' && tokens.slice(from, to + 1).some((t) => /\p{Ll}innen$/u.test(t.text))) return;
  const o = occurrence(sentence, tokens[from]!.start, endOffset, words, initial && from === first);
  if (roleKind) {
    const phraseFrom = lowerRoleStart >= 0 ? lowerRoleStart : roleStart;
    // Include lower-case attributes and a genitive just before ("der russische Präsident", "Nordkoreas Machthaber").
    let s = phraseFrom;
    while (
      s > 0 &&
      (ADJECTIVE_ENDING.test(tokens[s - 1]!.text) || ['former', 'vice'].includes(tokens[s - 1]!.text)) &&
      !ARTICLES.has(tokens[s - 1]!.text) &&
      !STOPWORDS.has(tokens[s - 1]!.text) &&
      onlySpaceBetween(sentence, tokens[s - 1]!, tokens[s]!)
    )
      s--;
    // Attributes count only after an article ("der russische Präsident"), not after a verb ("deutete US-Präsident").
    if (
      s < phraseFrom &&
      !(s === 0 || ARTICLES.has(tokens[s - 1]!.text.toLowerCase()) || ['former', 'vice'].includes(tokens[s]!.text))
    )
      s = phraseFrom;
    const phraseTo = lowerRoleStart >= 0 ? first - 1 : from - 1;
    if (phraseTo >= s) {
      role = sentence.slice(tokens[s]!.start, tokens[phraseTo]!.end);
      if (give(o, roleKind === 'person' ? 'role' : roleKind === 'place' ? 'place' : 'organisation'))
        vote(o, roleKind, roleKind === 'person' ? 3 : 3);
      if (roleKind === 'person') o.role = role;
      else o.role = role;
    }
  }
  o.titled = titled;
  // Role after the name: "Kim Kum-chol, Präsident der … Militäruniversität", "Tim Lee, the executive director",
  // "the Rhodium Group, a research firm …". An institution's role names what it is, not a person's office
  // ("the Aspen Times, the former mayor argued" is no role).
  if (!o.role) {
    const tail = sentence.slice(o.end);
    const m =
      /^,\s+((?:(?:der|die|das|the|a|an|its|his|her)\s+)?[^,;:.!?„“"()]{2,120}?)(?=[,;:.!?)]|\s+[(„“"«»]|\s+(?:sagte|said|hat|ist|is|was|war|wurde)\b|$)/u.exec(
        tail,
      );
    if (m) {
      const phrase = m[1]!;
      const words2 = tokenize(phrase);
      // "Mr Sean Dhillpaul, and supervised by Inspector Anil Maharaj": a coordinated clause, no apposition.
      const coordinated = /^(and|und|or|oder|but|aber)\s/i.test(phrase);
      const head = words2.slice(0, 4);
      if (coordinated) {
        // nothing: the phrase says what someone else does
      } else if (
        on('role') &&
        words2.length >= 1 &&
        words2.length <= 16 &&
        !headed &&
        head.some((t) => isRoleWord(t.text))
      ) {
        o.role = phrase.trim();
        if (give(o, 'role')) vote(o, 'person', 3);
      } else if (
        on('organisation') &&
        words2.length >= 2 &&
        words2.length <= 16 &&
        head.some((t) => ORG_ROLE_WORDS.has(t.text.toLowerCase())) &&
        /^(a|an|the|die|der|das|eine?)\s/i.test(phrase)
      ) {
        o.role = phrase.trim();
        if (give(o, 'organisation')) vote(o, 'organisation', 3);
      }
    }
  }
  // Role of an institution before the name: "der Erste Parlamentarische Geschäftsführer der FDP-Fraktion Dr. Marco Buschmann".
  if (!o.role && on('role')) {
    const m =
      /((?:\p{Lu}\p{Ll}+\s+){0,3}\p{L}[\p{L}-]*)\s+(?:der|des|of the|of)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+(?:(?:Dr|Prof|Dr\.|Prof\.)\s+)?$/u.exec(
        sentence.slice(0, o.start),
      );
    if (m && isRoleWord(m[1]!.split(/\s+/).pop()!)) {
      o.role = sentence
        .slice(m.index, o.start)
        .replace(/\s+(?:Dr|Prof)\.?\s*$/u, '')
        .trim();
      if (give(o, 'role')) vote(o, 'person', 3);
    }
  }
  // Role before the name, set off by a comma: "The group's founder, Bernice Scott, is …".
  if (!o.role && !headed && on('role')) {
    const before = /(?:^|[,;:–—]\s*|\b(?:the|der|die|das|The|Der|Die|Das)\s+)([^,;:„“"()]{2,60}),\s*$/u.exec(
      sentence.slice(0, o.start),
    );
    // The role word ends the phrase, or a place or body follows it: "Premierministerin von Barbados".
    const isRolePhrase = (phrase: string): boolean => {
      const tail = tokenize(phrase);
      const roleAt = tail.findIndex((t) => isRoleWord(t.text));
      return (
        tail.length >= 1 &&
        tail.length <= 6 &&
        roleAt >= 0 &&
        (roleAt === tail.length - 1 ||
          (['von', 'of', 'der', 'des', 'in'].includes(tail[roleAt + 1]!.text) &&
            tail.length > roleAt + 2 &&
            tail.slice(roleAt + 2).every((t) => isCapitalised(t.text) || ARTICLES.has(t.text))))
      );
    };
    const whole = before?.[1]?.trim() ?? '';
    // From the sentence's start the phrase may take in a clause: "Dieses Mittel will die Premierministerin …".
    const afterArticle = whole.replace(/^.*\b(?:the|der|die|das|The|Der|Die|Das)\s+/u, '');
    const phrase = isRolePhrase(whole) ? whole : isRolePhrase(afterArticle) ? afterArticle : '';
    if (phrase && /^,/.test(sentence.slice(o.end).trimStart())) {
      o.role = phrase;
      if (give(o, 'role')) vote(o, 'person', 3);
    }
  }
  if (words >= 2) give(o, 'sequence');
  // German: adjective and noun make a term or an institution, seldom a person ("Grüner Wasserstoff").
  if (stats.lang === 'de' && words === 2 && adjectiveLike(tokens[from]!.text) && !isGivenName(tokens[from]!.text))
    vote(o, 'concept', 1);
  if (GROUP_HEADS.has(lastLower.toLowerCase()) && words >= 2) vote(o, 'group', 5);
  // "Super Tuesday", "Black Friday": a named day is an event.
  if (words >= 2 && WEEKDAYS_MONTHS.has(lastLower.toLowerCase())) vote(o, 'event', 4);
  // German: a singular name stands without article where a common noun needs one ("beliefert Südkorea").
  const prevWord = tokens[from - 1]?.text ?? '';
  if (
    stats.lang === 'de' &&
    !o.initial &&
    words === 1 &&
    isLowerWord(prevWord) &&
    !ARTICLES.has(prevWord) &&
    !STOPWORDS_ARTICLE_LIKE.has(prevWord) &&
    !ADJECTIVE_ENDING.test(prevWord) &&
    !/(e|en|n)$/.test(o.surface) &&
    !PLACE_PREPOSITIONS.has(prevWord) &&
    onlySpaceBetween(sentence, tokens[from - 1]!, tokens[from]!)
  ) {
    give(o, 'bare');
  }
  // Heads inside the name.
  const lastWord = withoutPossessive(tokens[to]!.text);
  const lower = lastWord.toLowerCase();
  if (isEventHead(lastWord)) {
    if (give(o, 'organisation')) vote(o, 'event', 4);
  } else if (DOCUMENT_HEADS.has(lower) && words >= 2) {
    if (give(o, 'document')) vote(o, 'document', 4);
  } else if (isOrgHead(lastWord) && (words >= 2 || lastWord.includes('-'))) {
    if (give(o, 'organisation')) vote(o, 'organisation', 3);
  } else if ((PLACE_HEADS.has(lower) || STREET_HEADS.has(lower)) && words >= 2) {
    if (give(o, 'place')) vote(o, 'place', 3);
  }
  // "Homicide Bureau of Investigations", "Department of Correction": an organisation's head inside a longer name.
  if (tokens.slice(from, to + 1).some((t) => isOrgHead(t.text)) && words >= 3) {
    vote(o, 'organisation', 2);
    if (
      /^(of|for|für)$/.test(tokens[to - 1]?.text ?? '') ||
      tokens.slice(from, to).some((t) => /^(of|für)$/.test(t.text))
    )
      give(o, 'organisation');
  }
  if (orgCompound) {
    if (give(o, 'organisation')) vote(o, 'organisation', 3);
  }
  if (topicCompound && give(o, 'topic')) vote(o, 'concept', 2);
  if (documentCompound && give(o, 'document')) vote(o, 'document', 3);
  // German names of countries and regions in -land ("Saarland", "Rheinland"), other than common words ("Ausland").
  if (landName || seaOrMountain) {
    if (give(o, 'place')) vote(o, 'place', 3);
  }
  // "North Wales", "Southern California": a point of the compass before a name makes a place.
  const compass = words === 2 && COMPASS_WORDS.has(tokens[from]!.text.toLowerCase()) && !isRoleWord(tokens[to]!.text);
  if (compass && give(o, 'place')) vote(o, 'place', 3);
  // A common first name opens a person's name: "Helmut Kohl", "Marco Buschmann".
  if (
    !compass &&
    words >= 2 &&
    words <= 4 &&
    isGivenName(tokens[from]!.text) &&
    !headed &&
    !isAcronym(tokens[to]!.text) &&
    isCapitalised(tokens[to]!.text)
  ) {
    if (give(o, 'given-name')) vote(o, 'person', 2);
  }
  // "EH55", "CO2", "H2": an acronym with digits names a standard, a substance or a model far more often than a body.
  if (isAcronym(o.surface)) vote(o, /\d/.test(o.surface) ? 'concept' : 'organisation', 1);
  // "TSV Bayer Dormagen", "THW Kiel", "HBW Balingen-Weilstetten": an acronym opening a name is a club's or a company's.
  // (Below a head's weight: it tells the kind, not that a name mentioned once is worth an entry.)
  if (words >= 2 && on('organisation') && /^\p{Lu}{2,}$|^\p{Lu}\p{Ll}\p{Lu}$/u.test(tokens[from]!.text) && !headed) {
    if (give(o, 'organisation')) vote(o, 'organisation', 2.5);
  }
  // "Dr. Marco Buschmann", "Mr Biden": an honorific is a title, and the name a person's.
  const before = tokens[first - 1];
  if (
    before &&
    HONORIFICS.has(before.text.toLowerCase()) &&
    /^\.?\s+$/.test(sentence.slice(before.end, tokens[first]!.start))
  ) {
    o.titled = true;
    if (give(o, 'role')) vote(o, 'person', 3);
    // An office before the honorific: "Deputy Director of Public Prosecutions Mrs. Joan Honoré-Paul",
    // "Superintendent (Ag.) Mr Sean Dhillpaul".
    const office = /(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}’'-]*))*)\s+(?:\([^()]{1,12}\)\s+)?$/u.exec(
      sentence.slice(0, before.start),
    );
    if (!o.role && office && on('role')) {
      const words = office[1]!.split(/\s+/);
      if (words.length <= 8 && words.some((w) => isRoleWord(w))) o.role = office[1]!;
    }
  }
  out.push(o);
}
