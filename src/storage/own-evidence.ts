/**
 * The reader's own entries are not built into the dossier, so the builder never found
 * their mentions and evidence. This finds them the builder's way (the same matcher,
 * sentence splitting and evidence ranking) in the articles, the reader's included:
 * an own entry gets evidence sentences like every other entry. Pure.
 */
import { collectEvidence, type ScannedArticle } from '../dossier/build/evidence';
import { findArticleMentions } from '../dossier/build/article-mentions';
import { segmentSentences } from '../dossier/build/segment';
import type { Article, Entry, EvidenceRef } from '../dossier/types';
import { aliasSetFor, compileMatcher } from '../matching';

export interface OwnFindings {
  mentions: Record<string, number>;
  evidence: EvidenceRef[];
}

/** The articles that mention any of the entries, with their sentences and mentions (the builder's way). */
export function scanArticles(entries: readonly Entry[], articles: readonly Article[]): ScannedArticle[] {
  if (entries.length === 0) return [];
  const matcher = compileMatcher(entries.map((e) => aliasSetFor(e)));
  const seen = new Set<string>();
  const scanned: ScannedArticle[] = [];
  for (const article of articles) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    const mentions = findArticleMentions(article.text, matcher).byParagraph.flat();
    if (mentions.length > 0) scanned.push({ id: article.id, sentences: segmentSentences(article.text), mentions });
  }
  return scanned;
}

export function findOwnEntries(own: readonly Entry[], articles: readonly Article[]): Map<string, OwnFindings> {
  const out = new Map<string, OwnFindings>(own.map((e) => [e.id, { mentions: {}, evidence: [] }]));
  const scanned = scanArticles(own, articles);
  for (const article of scanned) {
    for (const m of article.mentions) {
      const counts = out.get(m.entry)!.mentions;
      counts[article.id] = (counts[article.id] ?? 0) + 1;
    }
  }
  for (const [entry, evidence] of collectEvidence(scanned)) {
    const findings = out.get(entry);
    if (findings) findings.evidence = evidence;
  }
  return out;
}

/** Own entries with what the articles say about them. */
export function withOwnFindings(own: readonly Entry[], articles: readonly Article[]): Entry[] {
  const found = findOwnEntries(own, articles);
  return own.map((e) => ({
    ...e,
    mentions: found.get(e.id)?.mentions ?? {},
    evidence: found.get(e.id)?.evidence ?? [],
  }));
}
