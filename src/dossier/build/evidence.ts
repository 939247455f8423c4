/**
 * Evidence: the sentences of the articles that mention an entry, with near-duplicates
 * across articles merged (agency copy is reprinted with small edits) and the groups
 * ranked so the card can show the most telling sentence first. Deterministic: ties
 * are broken by article order and offset, never by iteration order of a hash map.
 */
import type { EvidenceRef, SourceRef } from '../types';
import type { Sentence } from './segment';

/** One article, segmented, with the mentions found in it (offsets into the article text). */
export interface ScannedArticle {
  id: string;
  sentences: readonly Sentence[];
  mentions: readonly { start: number; end: number; entry: string }[];
}

/** A sentence that mentions the entry. */
interface Candidate {
  article: string;
  /** Position of the article in the input, for ordering. */
  articleOrder: number;
  sentenceIndex: number;
  sentence: Sentence;
  /** Offset of the entry's first mention within the sentence. */
  firstMention: number;
  mentionCount: number;
  tokens: ReadonlySet<string>;
  /** The catalog cites words of this sentence for this entry: a human picked it. */
  cited: boolean;
}

/** Where the catalog quotes an article for an entry (offsets into the article text). */
export interface CitedSpan {
  entry: string;
  article: string;
  start: number;
  end: number;
}

interface Group {
  members: Candidate[];
}

/** Two sentences with at least this token-set Jaccard similarity say the same thing. */
export const DUPLICATE_JACCARD = 0.6;
/** …or when nearly all words of the shorter one recur in the longer one (a trimmed reprint). */
export const DUPLICATE_CONTAINMENT = 0.85;
const MIN_TOKENS_FOR_CONTAINMENT = 6;

/** Function words carry no content; counting them makes unrelated sentences look alike. */
const STOPWORDS = new Set(
  (
    'der die das den dem des ein eine einer eines einem einen und oder aber doch sondern auch nicht noch ' +
    'schon nur sich sie er es wir ihr ich ist sind war waren hat haben hatte hatten wird werden wurde wurden ' +
    'sei seien habe in im an am auf aus bei mit nach von vom vor zu zum zur für über unter um durch gegen ' +
    'dass daß als wie so da dann damit dabei laut seit bis ob wenn weil diese dieser dieses diesem diesen ' +
    'the a an and or of to in on at by for with from that this is are was were be has have had it its'
  ).split(' '),
);

/**
 * The content words of a sentence, lower-cased and cut to their first six letters: a
 * crude stem that lets "berichteten"/"berichtet" and "Soldaten"/"Soldat" meet.
 */
export function contentTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/** Are two sentences (as content tokens) near-duplicates? */
export function nearDuplicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  if (jaccard >= DUPLICATE_JACCARD) return true;
  const smaller = Math.min(a.size, b.size);
  return smaller >= MIN_TOKENS_FOR_CONTAINMENT && shared / smaller >= DUPLICATE_CONTAINMENT;
}

/** How telling one sentence is as evidence for the entry. Higher is better. */
function candidateScore(c: Candidate): number {
  const words = c.sentence.text.split(/\s+/).length;
  let score = c.cited ? 1.5 : 0;
  // The entry as the sentence's subject: named in its first fifth.
  if (c.firstMention <= c.sentence.text.length / 5) score += 1;
  // Articles lead with what matters.
  score += 1 - Math.min(c.sentenceIndex, 20) / 20;
  // Several mentions: the sentence is about the entry, not just passing by.
  score += 0.25 * Math.min(c.mentionCount - 1, 2);
  // Headlines, captions and fragments say little; very long sentences bury the entry.
  if (words < 6) score -= 1.5;
  if (words > 40) score -= (words - 40) / 20;
  if (!/[.!?…“”"»«)]$/u.test(c.sentence.text)) score -= 0.5;
  return score;
}

function groupScore(g: Group): number {
  const articles = new Set(g.members.map((m) => m.article)).size;
  // What several articles state is better established.
  return 2 * (articles - 1) + Math.max(...g.members.map(candidateScore));
}

const byPosition = (a: Candidate, b: Candidate): number =>
  a.articleOrder - b.articleOrder || a.sentence.start - b.sentence.start;

/** The candidate sentences per entry: every sentence that holds at least one of its mentions. */
function candidatesByEntry(articles: readonly ScannedArticle[], cited: readonly CitedSpan[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  const citedByEntry = new Map<string, CitedSpan[]>();
  for (const c of cited) citedByEntry.set(c.entry, [...(citedByEntry.get(c.entry) ?? []), c]);
  const isCited = (entry: string, article: string, s: Sentence): boolean =>
    (citedByEntry.get(entry) ?? []).some((c) => c.article === article && c.start < s.end && c.end > s.start);
  articles.forEach((article, articleOrder) => {
    const mentions = [...article.mentions].sort(
      (a, b) => a.start - b.start || (a.entry < b.entry ? -1 : a.entry > b.entry ? 1 : 0),
    );
    const tokensOf = new Map<number, Set<string>>();
    let s = 0;
    for (const m of mentions) {
      while (s < article.sentences.length && article.sentences[s]!.end <= m.start) s++;
      const sentence = article.sentences[s];
      if (!sentence || sentence.start > m.start) continue; // between sentences: whitespace only
      const list = out.get(m.entry) ?? [];
      out.set(m.entry, list);
      const last = list.at(-1);
      if (last && last.article === article.id && last.sentenceIndex === s) {
        last.mentionCount++;
        continue;
      }
      let tokens = tokensOf.get(s);
      if (!tokens) tokensOf.set(s, (tokens = contentTokens(sentence.text)));
      list.push({
        article: article.id,
        articleOrder,
        sentenceIndex: s,
        sentence,
        firstMention: m.start - sentence.start,
        mentionCount: 1,
        tokens,
        cited: isCited(m.entry, article.id, sentence),
      });
    }
  });
  return out;
}

/** Merges near-duplicates, greedily in reading order: a sentence joins the first group it resembles. */
function groupCandidates(candidates: readonly Candidate[]): Group[] {
  const groups: Group[] = [];
  for (const c of [...candidates].sort(byPosition)) {
    const home = groups.find((g) => g.members.some((m) => nearDuplicate(m.tokens, c.tokens)));
    if (home) home.members.push(c);
    else groups.push({ members: [c] });
  }
  return groups;
}

/** The ranked evidence of one entry's candidates. */
function rankEvidence(candidates: readonly Candidate[]): EvidenceRef[] {
  const scored = groupCandidates(candidates).map((g) => {
    const ranked = [...g.members].sort((a, b) => candidateScore(b) - candidateScore(a) || byPosition(a, b));
    return { score: groupScore(g), lead: ranked[0]!, rest: ranked.slice(1).sort(byPosition) };
  });
  scored.sort((a, b) => b.score - a.score || byPosition(a.lead, b.lead));
  return scored.map(({ lead, rest }) => {
    const ref: EvidenceRef = { article: lead.article, quote: lead.sentence.text };
    const also: SourceRef[] = rest.map((c) => ({ article: c.article, quote: c.sentence.text }));
    if (also.length > 0) ref.also = also;
    return ref;
  });
}

/**
 * Evidence for every entry that is mentioned at least once, keyed by entry id.
 * Sentences the catalog quotes for an entry (`cited`) rank higher for it.
 */
export function collectEvidence(
  articles: readonly ScannedArticle[],
  cited: readonly CitedSpan[] = [],
): Map<string, EvidenceRef[]> {
  const out = new Map<string, EvidenceRef[]>();
  for (const [entry, candidates] of candidatesByEntry(articles, cited)) out.set(entry, rankEvidence(candidates));
  return out;
}
