/**
 * The proposer: a handful of articles on one story in, the dossier entries a reader would want
 * explained out, most important first. Pure (no fs, no browser API): it runs in Node (`npm run
 * propose`, the evaluation) and in the extension.
 *
 * 1. Every sentence (the builder's segmenter) yields candidate names with evidence (extract.ts).
 * 2. Candidates are merged into entities: inflections, spellings and transliterations, surnames and
 *    titled surnames after the full name, acronyms and their expansions.
 * 3. An entity is proposed when its evidence and recurrence outweigh the doubt that a capitalised
 *    word is a common noun; its kind is the strongest vote.
 * 4. Its mentions are counted by the project's matcher with the entity's aliases; sentences that
 *    mention it give its summary (chosen for what they say), its dated facts (the builder's date
 *    rules) and its related entities.
 */
import { compileMatcher, matchKey, type AliasSet, type Mention } from '../../matching';
import type { Article, EntryKind, Lang } from '../types';
import { SentenceCache, groundDate, type GroundingContext } from '../build/date-grounding';
import { segmentSentences, splitParagraphs, type Sentence } from '../build/segment';
import { QuoteIndex } from '../build/validate';
import { sentenceScore } from './sentence-choice';
import { germanNominative } from './german-case';
import { isAcronymFragment } from './fragments';
import { extractCandidates, type Occurrence, type WordStats } from './extract';
import {
  STOPWORDS,
  countryOf,
  isCommonWord,
  isEnglishWord,
  eventHeadOf,
  isGivenName as isGivenNameWord,
  WEEKDAYS_MONTHS,
  isRoleWord,
  isBoilerplate,
  isOrgHead,
  TITLE_MODIFIERS,
} from './lexicon';
import { initialsFit } from './extract';
import { isAcronym, isCapitalised } from './tokens';
import type { CitedQuote, EvidenceKind, Proposal, ProposeArticle, ProposeOptions, ProposedFact } from './types';

export * from './types';

/** An occurrence placed in its article. */
interface Placed extends Occurrence {
  article: string;
  sentence: number;
}

interface Cluster {
  occurrences: Placed[];
  /** Surname-only and titled short forms merged in. */
  shortForms: Set<string>;
}

const EVIDENCE_WEIGHT: Record<EvidenceKind, number> = {
  role: 3,
  speech: 2,
  acronym: 3,
  place: 2.5,
  organisation: 2.5,
  document: 3,
  gazetteer: 3,
  sequence: 1.5,
  'given-name': 2,
  compound: 2,
  bare: 1.5,
  topic: 2,
  recurrence: 2,
  'common-words': 0,
};
/** Score an entity needs to be proposed. */
const THRESHOLD = 4;

/** German or English, by which language's function words the text uses more. */
export function guessLanguage(text: string): Lang {
  let de = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (/^(der|die|das|und|ist|nicht|mit|sich|auf|für|dem|den|eine|wird|auch)$/.test(w)) de++;
    else if (/^(the|and|is|of|to|with|that|for|was|are|has|have|this|it)$/.test(w)) en++;
  }
  return de >= en ? 'de' : 'en';
}

/**
 * A key that German inflection and English possessives do not change: each word without -s, -es,
 * -n, -en, -e, -er, -em endings ("Gerassimows" = "Gerassimow", "Olympischen Spielen" = "Olympische Spiele").
 */
export function stemKey(name: string): string {
  // "Ampel-Koalition" = "Ampelkoalition": German joins a compound either way.
  const words = matchKey(name)
    .replace(/(?<=\p{L})-(?=\p{L})/gu, '')
    .split(' ');
  return words
    .map((w, i) => {
      if (w.length <= 4) return w;
      // Attributes inflect ("Olympischen", "Auswärtigen"); the head takes -s, -es and a dative -n.
      if (i < words.length - 1) return w.replace(/(es|en|er|em|e|n)$/, '');
      // -s and -es first, then a dative -n: "Dormagens" = "Dormagen", "Spielen" = "Spiele".
      return w
        .replace(/(?<=[^e])es$/, '')
        .replace(/(?<=[^s])s$/, '')
        .replace(/(?<=e)n$/, '');
    })
    .join(' ');
}

/**
 * A key that transliterations share: "Selenskyj" = "Zelenskij" = "Selenski", "Wolodymyr" = "Volodimir",
 * "Gerassimow" = "Gerasimov", "Healy" = "Healey".
 */
export function transliterationKey(name: string): string {
  // Initials do not tell names apart: "Michael R. Bloomberg" = "Michael Bloomberg".
  const withoutInitials = name.replace(/(^|\s)\p{Lu}\.(?=\s)/gu, '');
  return stemKey(withoutInitials)
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/(ij|yj|iy|yy|j$|y$)/g, 'i')
    .replace(/ (\p{L}+)j\b/gu, ' $1i')
    .replace(/y/g, 'i')
    .replace(/ey\b|ei\b/g, 'i')
    .replace(/(ie|ei)/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/j/g, 'i');
}

const slug = (s: string): string =>
  matchKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'entry';

export function proposeEntries(input: readonly ProposeArticle[], options: ProposeOptions = {}): Proposal[] {
  const off = new Set(options.disable ?? []);
  const articles = input.map((a) => ({ ...a, language: a.language ?? guessLanguage(a.text) }));
  const bundleLang: Lang = guessLanguage(articles.map((a) => a.text).join('\n'));
  const sentencesOf = new Map<string, Sentence[]>(articles.map((a) => [a.id, segmentSentences(a.text)]));

  const stats = wordStats(articles, off);
  const skipped = repeatedLines(articles);
  const placed: Placed[] = [];
  for (const [n, a] of articles.entries()) {
    const wordStatsFor: WordStats = {
      lang: a.language,
      isNounLike: (w) => stats.nounLike(w, a.language),
      hasLowerForm: (w) => stats.hasLower(w),
      off,
    };
    sentencesOf.get(a.id)!.forEach((s, index) => {
      if (skipped.get(a.id)?.some((line) => s.start >= line.start && s.end <= line.end)) return;
      // Site furniture (cookie and privacy notices, terms of use) and teaser bylines ("by Marlon Madden The …").
      if (isBoilerplate(s.text) || /^by\s+\p{Lu}/u.test(s.text)) return;
      for (const o of extractCandidates(s.text, wordStatsFor)) placed.push({ ...o, article: a.id, sentence: index });
    });
    options.onProgress?.(n + 1, articles.length + 1);
  }
  for (const p of placed) for (const k of off) p.evidence.delete(k);

  const clusters = mergeCandidates(placed, off, bundleLang);
  const kept = clusters
    .map((c) => ({ c, score: scoreCluster(c, off, stats, bundleLang) }))
    .filter((x) => x.score >= THRESHOLD);

  const proposals = finish(kept, articles, sentencesOf, bundleLang);
  options.onProgress?.(articles.length + 1, articles.length + 1);
  return proposals;
}

/**
 * Lines that several articles of the bundle repeat verbatim, per article: site boilerplate ("Start your
 * Independent Premium subscription today.", newsletter and comment notices) is no evidence of what the
 * story is about. An article made mostly of shared lines is a syndicated copy of another: its shared
 * lines are read once, in the first article that has them, instead of being dropped everywhere.
 */
export function repeatedLines(articles: readonly ProposeArticle[]): Map<string, { start: number; end: number }[]> {
  const linesOf = articles.map((a) =>
    [...a.text.matchAll(/[^\n]+/g)]
      .map((m) => ({ key: m[0].trim().replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length }))
      // Short lines ("Anzeige", "Teilen") repeat by chance and say nothing anyway.
      .filter((l) => l.key.split(' ').length >= 3),
  );
  const articlesWith = new Map<string, number>();
  for (const lines of linesOf)
    for (const key of new Set(lines.map((l) => l.key))) articlesWith.set(key, (articlesWith.get(key) ?? 0) + 1);
  const seen = new Set<string>();
  const out = new Map<string, { start: number; end: number }[]>();
  articles.forEach((a, n) => {
    const lines = linesOf[n]!;
    const shared = lines.filter((l) => (articlesWith.get(l.key) ?? 0) >= 2);
    const sharedChars = shared.reduce((sum, l) => sum + l.key.length, 0);
    const syndicated = sharedChars >= 0.5 * lines.reduce((sum, l) => sum + l.key.length, 0);
    const skip = shared.filter((l) => !syndicated || seen.has(l.key));
    for (const l of shared) seen.add(l.key);
    if (skip.length > 0) out.set(a.id, skip);
  });
  return out;
}

/** In-bundle usage: which capitalised words the articles use like common nouns. */
function wordStats(articles: readonly (ProposeArticle & { language: Lang })[], off: ReadonlySet<EvidenceKind>) {
  const after = new Map<string, number>();
  const all = new Map<string, number>();
  const lower = new Set<string>();
  const lowerStems = new Set<string>();
  // The same by stem: "einen Gottesdienst" makes "Gottesdienste" a common noun too.
  const allStem = new Map<string, number>();
  const afterStem = new Map<string, number>();
  // Demonstratives, quantifiers and numerals too: "diese Anträge", "alle Anträge", "drei Tabletten" are common
  // nouns; names seldom follow them.
  const article =
    /^(der|die|das|den|dem|des|ein|eine|einer|eines|einem|einen|im|am|zum|zur|vom|beim|kein|keine|keinen|diese|dieser|diesen|diesem|dieses|alle|allen|aller|viele|vielen|einige|einigen|mehrere|mehreren|jede|jeder|jeden|jedem|jedes|solche|solchen|welche|welchen|beide|beiden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert|tausend)$/;
  for (const a of articles) {
    const matches = [...a.text.matchAll(/[\p{L}][\p{L}\p{M}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu)];
    matches.forEach((m, i) => {
      const w = m[0];
      if (/^\p{Ll}/u.test(w)) {
        lower.add(w);
        if (/(e|en|em|er|es)$/.test(w)) lowerStems.add(w.replace(/(e|en|em|er|es)$/, ''));
        return;
      }
      all.set(w, (all.get(w) ?? 0) + 1);
      // Used like a common noun: after an article ("der Soldat"), an article and an adjective
      // ("die russischen Truppen"), or before a number ("Platz 38").
      // Up to two lower-case words (adverbs, adjectives) may stand between: "ein absolut cooler Wettkampf".
      // Within one phrase: no punctuation between the article and the word.
      const back = [1, 2, 3].map((k) => {
        const b = matches[i - k];
        return b && /^[\p{L}\p{N}\s-]*$/u.test(a.text.slice(b.index, m.index)) ? b[0] : '';
      });
      const afterArticle =
        article.test(back[0]!) ||
        (article.test(back[1]!) && /^\p{Ll}/u.test(back[0]!)) ||
        (article.test(back[2]!) && /^\p{Ll}/u.test(back[0]!) && /^\p{Ll}/u.test(back[1]!));
      const following = a.text.slice(m.index + w.length, m.index + w.length + 3);
      const stem = w.replace(/(e|en|n|es|s)$/u, '');
      allStem.set(stem, (allStem.get(stem) ?? 0) + 1);
      // Names take no numeral: "drei Tabletten", "29 Personen" are common nouns.
      const afterNumber = /\d\s$/.test(a.text.slice(Math.max(0, m.index - 2), m.index));
      if (afterArticle || afterNumber || /^ \d/.test(following)) {
        after.set(w, (after.get(w) ?? 0) + 1);
        afterStem.set(stem, (afterStem.get(stem) ?? 0) + 1);
      }
    });
  }
  return {
    /** Written after an article at least once: "die EU", "der KfW". */
    afterArticle: (word: string): boolean => (after.get(word) ?? 0) > 0,
    /** Also by stem: "Grünem" when the bundle writes "grünen" ("grün"). */
    hasLower: (word: string): boolean => lower.has(word.toLowerCase()) || lowerStems.has(word.toLowerCase()),
    nounLike(word: string, lang: Lang): boolean {
      if (STOPWORDS.has(word.toLowerCase())) return true;
      if (off.has('common-words')) return false;
      if (isAcronym(word)) return false;
      if (lang === 'en') return lower.has(word.toLowerCase()) || isCommonWord(word, 'en');
      // "Robert", "Laura" are frequent in news as names, not as nouns: "Klimaschutzminister Robert Habeck".
      if (isCommonWord(word, 'de')) return !isGivenNameWord(word) || WEEKDAYS_MONTHS.has(word.toLowerCase());
      const n = all.get(word) ?? 0;
      if (n > 0 && (after.get(word) ?? 0) / n >= 0.5) return true;
      const stem = word.replace(/(e|en|n|es|s)$/u, '');
      const ns = allStem.get(stem) ?? 0;
      return ns >= 2 && (afterStem.get(stem) ?? 0) / ns >= 0.5;
    },
  };
}

function mergeCandidates(placed: readonly Placed[], off: ReadonlySet<EvidenceKind>, lang: Lang): Cluster[] {
  // 1. Same stem key: inflections, case, hyphen/space spellings.
  const byKey = new Map<string, Cluster>();
  for (const p of placed) {
    const key = stemKey(p.surface);
    if (key === '') continue;
    const c = byKey.get(key) ?? { occurrences: [], shortForms: new Set<string>() };
    c.occurrences.push(p);
    byKey.set(key, c);
  }
  const clusters = [...byKey.values()];
  const parent = new Map<Cluster, Cluster>();
  const find = (c: Cluster): Cluster => {
    let r = c;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const union = (into: Cluster, from: Cluster): void => {
    const a = find(into);
    const b = find(from);
    if (a !== b) parent.set(b, a);
  };
  const size = (c: Cluster): number => c.occurrences.length;
  const dropped = new Set<Cluster>();
  const words = (c: Cluster): number => Math.max(...c.occurrences.map((o) => o.words));
  const multi = clusters.filter((c) => words(c) >= 2 && !c.occurrences.every((o) => o.pattern));

  // 1b. A longer run that ends in a known name carries an apposition: "Kombinierer Eric Frenzel" is Eric Frenzel.
  const byStemKey = new Map(clusters.map((c) => [stemKey(c.occurrences[0]!.surface), c]));
  for (const c of clusters) {
    const parts = c.occurrences[0]!.surface.split(/\s+/);
    if (parts.length < 3 || c.occurrences.some((o) => o.pattern)) continue;
    for (let k = 1; k <= parts.length - 2; k++) {
      const target = byStemKey.get(stemKey(parts.slice(k).join(' ')));
      if (!target || target === c) continue;
      for (const o of c.occurrences) {
        const prefix = parts.slice(0, k).join(' ');
        if (!o.role && !prefix.split(' ').some((w) => target.occurrences.some((t) => t.surface.includes(w)))) {
          o.role = prefix;
          o.evidence.add('role');
          o.votes.person = (o.votes.person ?? 0) + 3;
        }
        const rest = o.surface.split(/\s+/).slice(k).join(' ');
        o.start = o.end - rest.length;
        o.surface = rest;
        o.words = parts.length - k;
      }
      union(target, c);
      break;
    }
  }
  // 1b'. English sentence starts capitalise any word: "Popular Cobh spot …" is Cobh, when the first
  // word never opens a name inside a sentence and the rest is a name of its own.
  if (lang === 'en') {
    const midSentence = new Set(
      placed.filter((p) => !p.initial).flatMap((p) => p.surface.split(/\s+/).map((w) => stemKey(w))),
    );
    for (const c of clusters) {
      const parts = c.occurrences[0]!.surface.split(/\s+/);
      if (parts.length !== 2 || !c.occurrences.every((o) => o.initial && !o.pattern && !o.role)) continue;
      if (midSentence.has(stemKey(parts[0]!)) || isGivenNameWord(parts[0]!) || isAcronym(parts[0]!)) continue;
      const target = byStemKey.get(stemKey(parts[1]!));
      if (!target || target === c || !target.occurrences.some((o) => !o.initial)) continue;
      for (const o of c.occurrences) {
        o.start = o.end - parts[1]!.length;
        o.surface = o.surface.slice(o.surface.length - parts[1]!.length);
        o.words = 1;
        o.initial = false;
        o.evidence.delete('sequence');
      }
      union(target, c);
    }
  }
  // 1c. Two names side by side ("Während Nordkorea Russland unterstützt") are no name of their own.
  const alone = (w: string): number => byStemKey.get(stemKey(w))?.occurrences.length ?? 0;
  for (const c of clusters) {
    const parts = c.occurrences[0]!.surface.split(/\s+/);
    const plain = c.occurrences.every(
      (o) => !o.pattern && !o.role && !o.pairedWith && Object.keys(o.votes).length === 0,
    );
    if (parts.length === 2 && plain && c.occurrences.length <= 2 && parts.every((w) => alone(w) >= 2)) dropped.add(c);
  }

  // 1d. One document under several titles ("Vertrag über strategische Partnerschaft",
  // "Abkommens für eine umfassende strategische Partnerschaft"): same last word.
  const documents = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!c.occurrences.some((o) => o.pattern && (o.votes.document ?? 0) > 0) || /\d/.test(c.occurrences[0]!.surface))
      continue;
    const lastWord = stemKey(c.occurrences[0]!.surface).split(' ').pop()!;
    const seen = documents.get(lastWord);
    if (seen) union(seen, c);
    else documents.set(lastWord, c);
  }

  // 1e. One body of people under several nouns: "nordkoreanische Soldaten", "nordkoreanischen Truppen".
  const groups = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!c.occurrences.some((o) => o.pattern && (o.votes.group ?? 0) > 0)) continue;
    // Stemmed as an attribute: "nordkoreanische", "-en", "-er" alike.
    const adjective = stemKey(c.occurrences[0]!.surface).split(' ')[0]!;
    const seen = groups.get(adjective);
    if (seen) union(seen, c);
    else groups.set(adjective, c);
  }

  // 1f. One event under several heads: "Olympischen Spiele", "Olympischen Winterspielen".
  const events = new Map<string, Cluster>();
  for (const c of clusters) {
    const parts = stemKey(c.occurrences[0]!.surface).split(' ');
    if (parts.length !== 2 || !c.occurrences.some((o) => (o.votes.event ?? 0) >= 4)) continue;
    const head = eventHeadOf(c.occurrences[0]!.surface.split(/\s+/).pop()!);
    if (!head) continue;
    const key = `${parts[0]} ${head}`;
    const seen = events.get(key);
    if (seen) union(seen, c);
    else events.set(key, c);
  }

  // 2. Transliterations and spellings of multi-word names ("Wolodimir Selenski" = "Wolodymyr Selenskyj").
  const byTranslit = new Map<string, Cluster>();
  for (const c of [...clusters].sort((a, b) => size(b) - size(a))) {
    const key = transliterationKey(c.occurrences[0]!.surface);
    const seen = byTranslit.get(key);
    if (seen) union(seen, c);
    else byTranslit.set(key, c);
  }

  // 3. Acronym ↔ expansion given together.
  const byStem = new Map(clusters.map((c) => [stemKey(c.occurrences[0]!.surface), c]));
  if (!off.has('acronym')) {
    for (const c of clusters) {
      for (const o of c.occurrences) {
        if (!o.pairedWith) continue;
        const other = byStem.get(stemKey(o.pairedWith));
        if (other) union(other, c);
      }
    }
  }

  // 3b. An acronym whose letters are exactly a multi-word name's initials, even apart: "NPHET" and
  // "National Public Health Emergency Team".
  if (!off.has('acronym')) {
    for (const c of clusters) {
      const acronym = c.occurrences[0]!.surface;
      if (!isAcronym(acronym)) continue;
      const expansions = multi.filter((m) => initialsFit(acronym, m.occurrences[0]!.surface, true));
      if (expansions.length === 1) {
        union(expansions[0]!, c);
        for (const o of [...c.occurrences, ...expansions[0]!.occurrences]) o.evidence.add('acronym');
      }
    }
  }

  // 3c. One country under several names: "USA", "US", "Vereinigte Staaten".
  if (!off.has('gazetteer')) {
    const countries = new Map<string, Cluster>();
    for (const c of clusters) {
      const code = c.occurrences.find((o) => o.country)?.country;
      if (!code) continue;
      const seen = countries.get(code);
      if (seen) union(seen, c);
      else countries.set(code, c);
    }
  }

  // 4. One word after the full name: the surname ("Peskow"), or a titled first word ("Diktator Kim").
  for (const c of clusters) {
    if (words(c) !== 1 || c.occurrences.some((o) => o.pattern) || isAcronym(c.occurrences[0]!.surface)) continue;
    const key = transliterationKey(c.occurrences[0]!.surface);
    // An English common word ("Press") is no surname of "Associated Press".
    if (lang === 'en' && isCommonWord(c.occurrences[0]!.surface, 'en')) continue;
    // Only a person's name has a surname: no connectors ("Green New Deal for Europe"), no countries, no
    // clubs or companies ("Zwickau" is not the surname of "BSV Sachsen Zwickau").
    if (c.occurrences.some((o) => o.country)) continue;
    const lastMatches = multi.filter((m) => {
      const parts = m.occurrences[0]!.surface.split(/\s+/);
      const institution =
        isAcronym(parts[0]!) ||
        m.occurrences.some((o) => (o.votes.organisation ?? 0) >= 2.5 || (o.votes.place ?? 0) >= 3);
      const personLike =
        !institution &&
        parts.length <= 4 &&
        parts.every((p) => isCapitalised(p) && !/^(of|for|and|und|von|de)$/i.test(p));
      return personLike && parts.length >= 2 && transliterationKey(parts[parts.length - 1]!) === key;
    });
    // A first name alone ("Walter", "Diktator Kim"): only for a person, titled or the only one so named.
    const titled = c.occurrences.some((o) => o.titled);
    // Spelt exactly: a first name is short and transliteration keys of short words collide ("Yamey" ≈ "Jamie").
    const firstKey = stemKey(c.occurrences[0]!.surface);
    const startsWith = multi.filter((m) => stemKey(m.occurrences[0]!.surface.split(/\s+/)[0]!) === firstKey);
    const firstMatches =
      titled ||
      (startsWith.length === 1 && startsWith[0]!.occurrences.some((o) => o.titled || (o.role && o.votes.person)))
        ? startsWith
        : [];
    const targets = lastMatches.length > 0 ? lastMatches : firstMatches;
    if (targets.length === 0) continue;
    const target = targets.sort((a, b) => size(b) - size(a))[0]!;
    // "Engagement Nordkoreas" is no person whose surname is "Nordkorea": the single word must not
    // dwarf the full name unless the full name is a person's.
    const personal = target.occurrences.some((o) => (o.votes.person ?? 0) > 0);
    const literal = target.occurrences.some((o) => {
      const parts = stemKey(o.surface).split(' ');
      return c.occurrences.some(
        (x) => parts[parts.length - 1] === stemKey(x.surface) || parts[0] === stemKey(x.surface),
      );
    });
    if (!personal && !literal) continue;
    // A surname shared by several people goes to the one named most; ambiguity stays small in one story.
    union(target, c);
    find(target).shortForms.add(c.occurrences[0]!.surface);
  }

  // 4b. An institution "<Head> of <Name>" is called by its name alone: "the Commons" is the House of Commons
  // (not a place: "England" is no short form of the Bank of England).
  for (const c of clusters) {
    const surface = c.occurrences[0]!.surface;
    if (
      words(c) !== 1 ||
      isAcronym(surface) ||
      c.occurrences.some((o) => o.pattern || o.country || o.evidence.has('gazetteer'))
    )
      continue;
    const key = stemKey(surface);
    const institutions = multi.filter((m) => {
      const match = /^\p{Lu}\S*\s+of\s+(?:the\s+)?(\p{Lu}\S*)$/u.exec(m.occurrences[0]!.surface);
      return match !== null && isOrgHead(m.occurrences[0]!.surface.split(/\s+/)[0]!) && stemKey(match[1]!) === key;
    });
    if (institutions.length === 1 && find(institutions[0]!) !== find(c)) union(institutions[0]!, c);
  }

  // 5. A club or company named by an acronym and a place ("TSV Bayer Dormagen", "HBW Balingen-Weilstetten")
  // is called by its place alone ("Dormagen"), when only one such name ends in it.
  for (const c of clusters) {
    if (words(c) !== 1 || c.occurrences.some((o) => o.pattern || o.country) || isAcronym(c.occurrences[0]!.surface))
      continue;
    const key = stemKey(c.occurrences[0]!.surface);
    const clubs = multi.filter((m) => {
      const parts = m.occurrences[0]!.surface.split(/\s+/);
      const last = parts[parts.length - 1]!;
      return (
        parts.length >= 2 &&
        isAcronym(parts[0]!) &&
        (stemKey(last) === key || stemKey(last.split(/[-\u2010\u2011]/)[0]!) === key)
      );
    });
    // "in Zwickau" again and again: the town itself is meant, not its club.
    const asPlace = c.occurrences.filter((o) => o.evidence.has('place')).length;
    if (clubs.length === 1 && find(clubs[0]!) !== find(c) && asPlace * 2 <= c.occurrences.length) union(clubs[0]!, c);
  }

  const merged = new Map<Cluster, Cluster>();
  for (const c of clusters) {
    if (dropped.has(c)) continue;
    const root = find(c);
    let m = merged.get(root);
    if (!m) {
      m = { occurrences: [], shortForms: new Set() };
      merged.set(root, m);
    }
    m.occurrences.push(...c.occurrences);
    for (const s of c.shortForms) m.shortForms.add(s);
  }
  // Short forms recorded on a non-root cluster.
  for (const c of clusters) {
    const m = merged.get(find(c));
    if (!m) continue;
    if (
      words(c) === 1 &&
      multi.length > 0 &&
      m.occurrences.some((o) => o.words >= 2) &&
      !c.occurrences.some((o) => o.pattern) &&
      !isAcronym(c.occurrences[0]!.surface)
    ) {
      if (m !== merged.get(c) || find(c) !== c) for (const o of c.occurrences) m.shortForms.add(o.surface);
    }
  }
  return [...merged.values()];
}

/** Named by a head in apposition: "Nachrichtenagentur Tass", "Region Kursk". */
const apposedBy = (occ: readonly Occurrence[]): boolean =>
  occ.some((o) => o.role && (o.votes.organisation || o.votes.place));

function scoreCluster(
  c: Cluster,
  off: ReadonlySet<EvidenceKind>,
  stats: ReturnType<typeof wordStats>,
  lang: Lang,
): number {
  const occ = c.occurrences;
  const evidence = new Set(occ.flatMap((o) => [...o.evidence]));
  const articles = new Set(occ.map((o) => o.article)).size;
  if (articles > 1 && !off.has('recurrence')) evidence.add('recurrence');
  const maxWords = Math.max(...occ.map((o) => o.words));
  const nonInitial = occ.filter((o) => !o.initial);
  if (nonInitial.length === 0 && ![...evidence].some((e) => e === 'role' || e === 'speech' || e === 'acronym'))
    return 0;
  const pattern = occ.some((o) => o.pattern);
  const single = maxWords === 1 && !pattern;
  const surface = occ[0]!.surface;
  // A single capitalised word that the language uses as a common word needs strong evidence.
  if (single && !isAcronym(surface)) {
    // German plurals are bare and end in -en ("Waffen", "Truppen"); place names there need a bare preposition.
    const compoundsSeen = occ.filter((o) => o.evidence.has('compound')).length;
    const plural =
      lang === 'de' && compoundsSeen < 2 && occ.every((o) => /\p{Ll}en$/u.test(o.surface) && o.surface.length >= 5);
    // "in Entwicklungsländern", "den Bundesländern": compounds of "Länder" are plurals, never a place's name.
    const lands = lang === 'de' && occ.every((o) => /\p{Ll}länder(n)?$/u.test(o.surface));
    const nounLike = plural || occ.every((o) => stats.nounLike(o.surface, lang));
    const compounds = occ.filter((o) => o.evidence.has('compound')).length;
    const strong =
      ['role', 'speech', 'acronym', 'gazetteer'].some((e) => evidence.has(e as EvidenceKind)) ||
      apposedBy(occ) ||
      c.shortForms.size > 0 ||
      (compounds >= 2 && !isCommonWord(surface, lang)) ||
      occ.filter((o) => (o.votes.organisation ?? 0) >= 3).length >= 2 ||
      occ.some((o) => (o.votes.place ?? 0) >= 3) ||
      // A topic compound used three times, a document compound twice ("Energiewende", "Koalitionsvertrag").
      occ.filter((o) => o.evidence.has('topic')).length >= 3 ||
      occ.filter((o) => o.evidence.has('document') && !o.pattern).length >= 2;
    const barePlace = occ.filter((o) => (o.votes.place ?? 0) >= 1.5).length;
    const placeNamed =
      !off.has('place') &&
      (plural ? barePlace >= 1 : occ.filter((o) => o.evidence.has('place')).length >= 2 && articles >= 2);
    if ((nounLike && !strong && !placeNamed) || (lands && !strong)) return 0;
  }
  if (STOPWORDS.has(surface.toLowerCase())) return 0;
  // A role noun alone ("Trainer", "Präsident") names an office, not an entry; its holder is the entry.
  if (single && !isAcronym(surface) && occ.every((o) => isRoleWord(o.surface) && !o.country)) return 0;
  // An office's title alone names no one: "Prime Minister", "Deputy Director", "Vice President".
  const isTitle = (name: string): boolean => {
    const parts = name.split(/\s+/);
    return (
      parts.length >= 2 &&
      isRoleWord(parts[parts.length - 1]!) &&
      parts.every((w) => isRoleWord(w) || TITLE_MODIFIERS.has(w.toLowerCase()))
    );
  };
  if (lang === 'en' && maxWords >= 2 && !pattern && occ.filter((o) => o.words >= 2).every((o) => isTitle(o.surface)))
    return 0;
  let score = Math.min(occ.length, 8);
  for (const e of evidence) score += EVIDENCE_WEIGHT[e];
  // Named once: only with evidence that it is a name, a role, an acronym, a document, an institution's head.
  const headedName = maxWords >= 2 && occ.some((o) => (o.votes.organisation ?? 0) >= 3 || (o.votes.event ?? 0) >= 4);
  if (occ.length === 1 && !(evidence.has('role') || evidence.has('acronym') || evidence.has('document') || headedName))
    score -= 3;
  // A single word named once ("Beweise", "Amtes") is seldom worth an entry, unless it is a country or an acronym spelt out.
  if (occ.length === 1 && maxWords === 1 && !pattern && !evidence.has('gazetteer') && !occ[0]!.pairedWith) return 0;
  if (occ.some((o) => o.numbered) && occ.length < 3) return 0;
  const apposed = occ.some((o) => o.role);
  // English capitalises names only: a single capitalised word inside a sentence is good evidence there.
  const englishName =
    lang === 'en' &&
    !off.has('common-words') &&
    !off.has('sequence') &&
    nonInitial.length >= 1 &&
    occ.length >= 2 &&
    !stats.nounLike(surface, 'en');
  if (englishName && maxWords === 1 && !evidence.has('sequence')) score += EVIDENCE_WEIGHT.sequence + 1;
  // Adjectives of nationality before a noun ("American society", "Latino young people") name no entry.
  if (
    lang === 'en' &&
    maxWords === 1 &&
    !evidence.has('gazetteer') &&
    /(an|ian|ean|ese|ish|ino|ina|ic)$/.test(surface)
  ) {
    const beforeNoun = occ.filter((o) => o.beforeLower).length;
    if (beforeNoun * 2 >= occ.length) return 0;
  }
  // English loanwords in German text ("Mixed-Staffel") are words, not names.
  if (
    lang === 'de' &&
    maxWords === 1 &&
    isEnglishWord(surface) &&
    !['role', 'speech', 'gazetteer', 'acronym'].some((e) => evidence.has(e as EvidenceKind))
  )
    return 0;
  // Plural demonyms ("Americans", "Chicagoans") are capitalised but name no entry.
  if (lang === 'en' && maxWords === 1 && /\p{Ll}ans$/u.test(surface)) return 0;
  if (occ.filter((o) => o.evidence.has('compound')).length >= 3) score += 1;
  // German: two or three capitalised words in a row, none a common noun, are a name ("Helmut Kohl").
  if (lang === 'de' && !off.has('sequence') && maxWords >= 2 && maxWords <= 3 && !pattern) {
    const parts = surface.split(/\s+/);
    if (
      parts.every(
        (w) =>
          (!stats.nounLike(w, 'de') && !isCommonWord(w, 'de') && !/(e|en|em|er|es)$/.test(w)) || isGivenNameWord(w),
      )
    )
      score += 1;
  }
  // Two capitals in one article only, with nothing to say they name something ("EH/EG55", "CT", "GP"):
  // units, grades and fragments of slashed names far more often than an entry.
  // A body is written with its article ("die EU") at least once; the German article test does not fit English.
  if (
    lang === 'de' &&
    maxWords === 1 &&
    articles === 1 &&
    /^\p{Lu}{2}$/u.test(surface) &&
    !stats.afterArticle(surface) &&
    !['gazetteer', 'acronym', 'role', 'speech', 'place'].some((e) => evidence.has(e as EvidenceKind)) &&
    !apposed
  )
    return 0;
  // An acronym of three or more capitals used again is a name the text expects its reader to know
  // ("DVGW", "BAFA"); two capitals ("EH", "CT") are as often units, grades or fragments.
  if (
    !off.has('acronym') &&
    maxWords === 1 &&
    isAcronym(surface) &&
    (surface.match(/\p{Lu}/gu)?.length ?? 0) >= 3 &&
    occ.length >= 2 &&
    !evidence.has('acronym')
  )
    score += 2;
  // A surname used alone after the full name is how articles refer to people.
  if (c.shortForms.size > 0) score += 1.5;
  if (
    !off.has('sequence') &&
    maxWords < 2 &&
    !pattern &&
    !isAcronym(surface) &&
    !apposed &&
    !englishName &&
    !['place', 'speech', 'compound', 'organisation', 'gazetteer', 'topic', 'document'].some((e) =>
      evidence.has(e as EvidenceKind),
    )
  )
    score -= 2;
  return score;
}

interface Entity {
  c: Cluster;
  score: number;
  name: string;
  kind: EntryKind;
  aliases: string[];
  short: string[];
  role: string | null;
  evidence: EvidenceKind[];
}

function chooseKind(c: Cluster): EntryKind {
  const votes: Partial<Record<EntryKind, number>> = {};
  for (const o of c.occurrences)
    for (const [k, v] of Object.entries(o.votes)) votes[k as EntryKind] = (votes[k as EntryKind] ?? 0) + v;
  // "the Associated Press": English gives no person's name the article (a short form is then no surname).
  const withArticle = c.occurrences.some((o) => o.afterThe);
  if (c.shortForms.size > 0 && !withArticle) votes.person = (votes.person ?? 0) + 2;
  // "THW Kiel", "TSV Bayer Dormagen": a name that opens with an acronym is no person's, whatever its apposition.
  const first = c.occurrences[0]!.surface.split(/\s+/);
  if (first.length >= 2 && isAcronym(first[0]!)) votes.person = 0;
  const best = Object.entries(votes).sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] > 0) return best[0] as EntryKind;
  const maxWords = Math.max(...c.occurrences.map((o) => o.words));
  const surface = c.occurrences[0]!.surface;
  // "EH40", "CO2": with digits, a standard or a substance (as for the votes in extract.ts).
  if (isAcronym(surface)) return /\d/.test(surface) ? 'concept' : 'organisation';
  if (maxWords >= 2 && maxWords <= 3 && !withArticle && surface.split(/\s+/).every((w) => isCapitalised(w)))
    return 'person';
  // No evidence of kind: a single word is most often the story's topic ("Corona", "Brexit").
  return maxWords === 1 ? 'concept' : 'organisation';
}

/**
 * The role line: among the phrases in apposition, those with the most frequent head noun ("Machthaber"
 * three times beats "Führer" twice; ties go to the one said first), and of those the fullest
 * ("Nordkoreas Machthaber" over "Machthaber").
 */
export function chooseRole(occurrences: readonly { role?: string }[]): string | null {
  const groups = new Map<string, { count: number; first: number; phrases: string[]; roleWord: boolean }>();
  occurrences.forEach((o, i) => {
    if (!o.role) return;
    const last = o.role.split(/\s+/).pop() ?? o.role;
    const head = stemKey(last);
    const g = groups.get(head) ?? { count: 0, first: i, phrases: [], roleWord: isRoleWord(last) };
    g.count++;
    g.phrases.push(o.role);
    groups.set(head, g);
  });
  // Ties go to a real role noun ("Grünen-Fraktionschefin" over "Grünen"), then to the first said.
  const best = [...groups.values()].sort(
    (a, b) => b.count - a.count || Number(b.roleWord) - Number(a.roleWord) || a.first - b.first,
  )[0];
  if (!best) return null;
  return best.phrases.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || a.length - b.length)[0]!;
}

function chooseName(c: Cluster, lang: Lang): string {
  const name = chooseForm(c);
  // A country named only in the genitive ("Deutschlands") is listed under its name.
  const base = name.endsWith('s') ? name.slice(0, -1) : '';
  if (base && c.occurrences.every((o) => o.surface === name) && countryOf(base) !== undefined) return base;
  // "Deutschen Instituts für Wirtschaftsforschung" → "Deutsches Institut für Wirtschaftsforschung": an
  // organisation seen only in the genitive or dative is listed in the nominative.
  if (lang === 'de' && chooseKind(c) === 'organisation') return germanNominative(name);
  return name;
}

function chooseForm(c: Cluster): string {
  const counts = new Map<string, number>();
  for (const o of c.occurrences) counts.set(o.surface, (counts.get(o.surface) ?? 0) + 1);
  const maxWords = Math.max(...c.occurrences.map((o) => o.words));
  // The longest form (full name, expansion), then the most frequent, then the uninflected (shortest).
  const forms = [...counts].filter(([s]) => !c.shortForms.has(s));
  const pool = forms.length ? forms : [...counts];
  const len = (s: string): number => matchKey(s).split(' ').length;
  const longest = pool.filter(([s]) => len(s) >= Math.min(maxWords, Math.max(...pool.map(([x]) => len(x)))));
  return longest.sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

function finish(
  kept: readonly { c: Cluster; score: number }[],
  articles: readonly (ProposeArticle & { language: Lang })[],
  sentencesOf: ReadonlyMap<string, Sentence[]>,
  lang: Lang,
): Proposal[] {
  const entities: Entity[] = kept.map(({ c, score }) => {
    const name = chooseName(c, lang);
    const forms = new Map<string, string>();
    for (const o of c.occurrences) if (!c.shortForms.has(o.surface)) forms.set(o.surface, o.surface);
    const aliases = [name, ...[...forms.values()].filter((s) => s !== name)];
    const short = [...new Set([...c.shortForms].filter((s) => !aliases.some((a) => matchKey(a) === matchKey(s))))];
    const role = chooseRole(c.occurrences);
    const evidence = [...new Set(c.occurrences.flatMap((o) => [...o.evidence]))];
    if (new Set(c.occurrences.map((o) => o.article)).size > 1) evidence.push('recurrence');
    return { c, score, name, kind: chooseKind(c), aliases, short, role, evidence };
  });

  // Ids: unique slugs of the names.
  const ids = new Map<Entity, string>();
  const used = new Set<string>();
  for (const e of entities) {
    let id = slug(e.name);
    for (let n = 2; used.has(id); n++) id = `${slug(e.name)}-${n}`;
    used.add(id);
    ids.set(e, id);
  }

  // Mentions by the project's matcher, with the aliases proposed.
  const sets: AliasSet[] = entities.map((e) => {
    const set: AliasSet = { entry: ids.get(e)!, names: e.aliases };
    if (e.short.length) set.short = e.short;
    const acronyms = [...e.aliases, ...e.short].filter(isAcronym);
    if (acronyms.length) set.caseSensitive = acronyms;
    return set;
  });
  const matcher = compileMatcher(sets);
  const mentionsIn = new Map<string, { article: string; sentence: number; mention: Mention }[]>();
  for (const a of articles) {
    const paragraphs = splitParagraphs(a.text);
    const sentences = sentencesOf.get(a.id)!;
    matcher.scanDocument(paragraphs.map((p) => p.text)).forEach((list, i) => {
      for (const m of list) {
        const start = m.start + paragraphs[i]!.start;
        const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
        const arr = mentionsIn.get(m.entry) ?? [];
        arr.push({ article: a.id, sentence, mention: { ...m, start, end: m.end + paragraphs[i]!.start } });
        mentionsIn.set(m.entry, arr);
      }
    });
  }

  // Co-occurrence in sentences.
  const bySentence = new Map<string, Set<string>>();
  for (const [entry, list] of mentionsIn) {
    for (const m of list) {
      const key = `${m.article}\u0000${m.sentence}`;
      const s = bySentence.get(key) ?? new Set<string>();
      s.add(entry);
      bySentence.set(key, s);
    }
  }

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const asArticles = new Map<string, Article>(
    articles.map((a) => [
      a.id,
      { id: a.id, title: a.title, language: a.language, text: a.text, ...(a.date ? { date: a.date } : {}) },
    ]),
  );
  const grounding: GroundingContext = {
    articles: asArticles,
    quotes: new QuoteIndex([...asArticles.values()]),
    sentences: new SentenceCache(asArticles),
  };

  // Sentences standing in more than one article (site text, teasers) and how often each is quoted:
  // one sentence should not be the evidence for many proposals when others exist.
  const seenText = new Map<string, number>();
  for (const list of sentencesOf.values())
    for (const t of new Set(list.map((s) => s.text.trim()))) seenText.set(t, (seenText.get(t) ?? 0) + 1);
  const repeated = new Set([...seenText].filter(([, n]) => n > 1).map(([t]) => t));
  const usage = new Map<string, number>();
  const texts = articles.map((a) => a.text);

  const proposals: Proposal[] = [];
  for (const e of entities) {
    const id = ids.get(e)!;
    const found = mentionsIn.get(id) ?? [];
    if (found.length === 0) continue;
    const inArticles = new Set(found.map((m) => m.article));
    const related = new Map<string, number>();
    for (const m of found) {
      for (const other of bySentence.get(`${m.article}\u0000${m.sentence}`) ?? []) {
        if (other !== id) related.set(other, (related.get(other) ?? 0) + 1);
      }
    }
    const roleSentences = new Set(e.c.occurrences.filter((o) => o.role).map((o) => `${o.article}\u0000${o.sentence}`));
    // "COP" beside "COP26", "BSV" in "BSV Bern": a prefix of names, not a name (when not expanded anywhere).
    if (e.aliases.length === 1 && isAcronymFragment(e.name, texts, lang)) continue;
    proposals.push({
      id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      short: e.short,
      role: e.role,
      summary: chooseSummary(found, sentencesOf, articleById, roleSentences, bySentence, repeated, usage),
      facts: datedFacts(found, sentencesOf, grounding),
      related: [...related]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 5)
        .map(([r]) => r),
      mentions: found.length,
      articles: inArticles.size,
      evidence: e.evidence,
      language: lang,
    });
  }
  // Most important first: spread over articles, then mentions, then evidence.
  const importance = (p: Proposal): number => p.articles * 3 + Math.min(p.mentions, 20) + p.evidence.length;
  return proposals.sort((a, b) => importance(b) - importance(a) || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

function chooseSummary(
  found: readonly { article: string; sentence: number; mention: Mention }[],
  sentencesOf: ReadonlyMap<string, Sentence[]>,
  articleById: ReadonlyMap<string, ProposeArticle>,
  roleSentences: ReadonlySet<string>,
  bySentence: ReadonlyMap<string, Set<string>>,
  repeated: ReadonlySet<string>,
  usage: Map<string, number>,
): CitedQuote[] {
  const seen = new Set<string>();
  const scored: { article: string; quote: string; score: number; key: string; order: number }[] = [];
  found.forEach((m, order) => {
    const key = `${m.article}\u0000${m.sentence}`;
    if (m.sentence < 0 || seen.has(key)) return;
    seen.add(key);
    const s = sentencesOf.get(m.article)![m.sentence]!;
    const isTitle = m.sentence === 0 && articleById.get(m.article)?.title.trim() === s.text.trim();
    const others = (bySentence.get(key)?.size ?? 1) - 1;
    scored.push({
      article: m.article,
      quote: s.text,
      score: sentenceScore({
        text: s.text,
        mentionStart: m.mention.start - s.start,
        mentionEnd: m.mention.end - s.start,
        hasRole: roleSentences.has(key),
        others,
        isTitle,
        repeated: repeated.has(s.text.trim()),
        usedBy: usage.get(key) ?? 0,
      }),
      key,
      order,
    });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: typeof scored = [];
  const words = (q: string): Set<string> => new Set(q.toLowerCase().match(/\p{L}+/gu) ?? []);
  const similar = (a: string, b: string): boolean => {
    const wa = words(a);
    const wb = words(b);
    const common = [...wa].filter((w) => wb.has(w)).length;
    return common / Math.max(1, Math.min(wa.size, wb.size)) > 0.6;
  };
  // Prefer other articles for the second and third sentence: they add what the first did not say.
  for (const pass of [true, false]) {
    for (const s of scored) {
      if (chosen.length >= 3 || chosen.includes(s)) continue;
      if (pass && chosen.some((c) => c.article === s.article)) continue;
      if (chosen.length > 0 && s.score < (chosen.length === 1 ? 0 : 1)) continue;
      if (chosen.some((c) => similar(c.quote, s.quote))) continue;
      chosen.push(s);
    }
  }
  for (const s of chosen) usage.set(s.key, (usage.get(s.key) ?? 0) + 1);
  return chosen.map((s) => ({ article: s.article, quote: s.quote }));
}

function datedFacts(
  found: readonly { article: string; sentence: number }[],
  sentencesOf: ReadonlyMap<string, Sentence[]>,
  grounding: GroundingContext,
): ProposedFact[] {
  const out: ProposedFact[] = [];
  const seen = new Set<string>();
  for (const m of found) {
    const key = `${m.article}\u0000${m.sentence}`;
    if (m.sentence < 0 || seen.has(key)) continue;
    seen.add(key);
    const quote = sentencesOf.get(m.article)![m.sentence]!.text;
    const grounded = groundDate(undefined, [{ article: m.article, quote }], grounding);
    if (grounded?.date && grounded.date.precision !== 'season')
      out.push({ article: m.article, quote, date: grounded.date.date });
    if (out.length >= 5) break;
  }
  return out;
}

export { proposalToCatalogEntry } from './to-catalog';
export { entryIsSubject, sentenceScore } from './sentence-choice';
