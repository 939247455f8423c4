/**
 * The dossier builder: catalog + articles in, one versioned, hashed `Dossier` out.
 *
 * Pure (no fs, no browser API): it runs in Node at build time (`npm run dossier`, the
 * extension build) and in the extension when a reader adds an article. Same inputs,
 * same bytes: every list is sorted or kept in input order, objects are built in one
 * fixed key order, and the hash is taken over canonical JSON.
 */
import { aliasSetFor, cleanMatchRules, compileMatcher, type AliasSet, type Matcher } from '../../matching';
import type { CatalogEntry, CatalogEvent } from '../catalog-types';
import {
  DOSSIER_SCHEMA_VERSION,
  type Article,
  type CitedSentence,
  type Dispute,
  type Dossier,
  type Entry,
  type EvidenceRef,
  type Fact,
  type SourceRef,
  type Tier,
} from '../types';
import { auditDossier } from './audit';
import { collectEvidence, type CitedSpan, type ScannedArticle } from './evidence';
import { dossierHash } from './hash';
import { findArticleMentions } from './article-mentions';
import { SentenceCache, groundDate, type GroundingContext } from './date-grounding';
import { buildTimeline, compareStrings } from './timeline';
import { DossierBuildError, QuoteIndex, showQuote, validateInput, type BuildInput } from './validate';
import { tierOf } from './tiers';
import { mergeByDate } from './merge-by-date';
import { readerEvents } from './reader-timeline';

export { DossierBuildError, type BuildInput } from './validate';
export { canonicalJson, serializeDossier, verifyDossierHash } from './hash';

export interface BuildOptions {
  /** The matcher to find mentions with; the project's one matcher unless a test swaps it. */
  compileMatcher?: (sets: readonly AliasSet[]) => Matcher;
  /**
   * Run the editor's checks too (audit.ts): for the curated catalog, never for a
   * reader's rebuild of an imported dossier, which the reader cannot edit.
   */
  audit?: boolean;
}

/**
 * Builds the dossier. Throws `DossierBuildError` listing every problem in the input
 * (missing quotes, unknown ids, alias collisions, …) when there is any.
 */
export async function buildDossier(input: BuildInput, options: BuildOptions = {}): Promise<Dossier> {
  const quotes = new QuoteIndex(input.articles);
  const problems = validateInput(input, quotes);

  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const sentences = new SentenceCache(articleById);
  const grounding: GroundingContext = { articles: articleById, quotes, sentences };
  const { timeline, relations, problems: timelineProblems } = buildTimeline(input.events, grounding);
  problems.push(...timelineProblems);
  const factDates = groundFactDates(input.catalog, grounding, problems);
  if (problems.length > 0) throw new DossierBuildError(problems);

  const articles = [...input.articles].sort((a, b) => compareStrings(a.id, b.id)).map(copyArticle);
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));

  const catalog = [...input.catalog].sort((a, b) => compareStrings(a.id, b.id));
  const matcher = (options.compileMatcher ?? compileMatcher)(catalog.map((e) => aliasSetFor(e)));
  const scanned = articles.map((a) => scanArticle(a, matcher, sentences));
  const evidence = collectEvidence(scanned, citedSpans(catalog, quotes));
  const mentions = countMentions(scanned);
  if (options.audit) {
    const audited = auditDossier({ articles, catalog, events: input.events, mentions, timeline, relations });
    if (audited.length > 0) throw new DossierBuildError(audited);
  }

  const derived: Derived = {
    exact: (ref) => ({ article: ref.article, quote: quotes.locate(ref)!.exact }),
    inReadingOrder: (refs) =>
      refs
        .map((ref) => ({ ref, order: articleOrder.get(ref.article)!, at: quotes.locate(ref)! }))
        .sort((a, b) => a.order - b.order || a.at.start - b.at.start || a.at.end - b.at.end)
        .map((x) => x.ref),
    evidence,
    mentions,
    factDates,
    tier: (e) => tierOf(e.id, e.tier, input.commonness),
  };
  const entries = catalog.map((e) => toEntry(e, derived));
  // The reader's articles add their dated sentences to the catalog's timeline.
  const fullTimeline = mergeByDate(timeline, readerEvents(articles, scanned));

  const story = input.story && { id: input.story.id, name: { de: input.story.name.de, en: input.story.name.en } };
  const content = {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    ...(story ? { story } : {}),
    articles,
    entries,
    timeline: fullTimeline,
  };
  const hash = await dossierHash(content);
  return {
    schemaVersion: content.schemaVersion,
    hash,
    ...(story ? { story } : {}),
    articles,
    entries,
    timeline: fullTimeline,
  };
}

/** What the build worked out about the articles, for turning catalog entries into entries. */
interface Derived {
  /** A catalog source as shipped: the quote replaced by the article's exact words. */
  exact(ref: SourceRef): SourceRef;
  /** Sources in reading order: by article, then where the quote stands in it. */
  inReadingOrder(refs: readonly SourceRef[]): SourceRef[];
  evidence: ReadonlyMap<string, EvidenceRef[]>;
  mentions: ReadonlyMap<string, Record<string, number>>;
  factDates: ReadonlyMap<Fact, string>;
  tier(e: CatalogEntry): Tier;
}

/** A catalog entry with everything derivable filled in, fields in one fixed order. */
function toEntry(e: CatalogEntry, d: Derived): Entry {
  const summarySentences = e.summary.map((s): CitedSentence => ({
    de: s.de,
    en: s.en,
    sources: s.sources.map(d.exact),
  }));
  const facts = e.facts.map((f): Fact => ({
    text: f.text.en === undefined ? { de: f.text.de } : { de: f.text.de, en: f.text.en },
    ...(d.factDates.has(f) ? { date: d.factDates.get(f)! } : {}),
    sources: f.sources.map(d.exact),
  }));
  const disputes = (e.disputes ?? []).map((x): Dispute => ({
    topic: { de: x.topic.de, en: x.topic.en },
    claims: x.claims.map((c) => ({
      by: c.by,
      ...(c.byEn !== undefined ? { byEn: c.byEn } : {}),
      text: { de: c.text.de, en: c.text.en },
      sources: c.sources.map(d.exact),
    })),
  }));
  const cited = [...summarySentences, ...facts, ...disputes.flatMap((x) => x.claims)].flatMap((x) => x.sources);
  return {
    id: e.id,
    kind: e.kind,
    name: { de: e.name.de, en: e.name.en },
    role: { de: e.role.de, en: e.role.en },
    aliases: unique([...e.aliases, ...(e.match?.short ?? []), ...(e.match?.generic ?? [])]),
    summary: {
      de: summarySentences.map((s) => s.de.trim()).join(' '),
      en: summarySentences.map((s) => s.en.trim()).join(' '),
    },
    summarySentences,
    facts,
    ...(disputes.length > 0 ? { disputes } : {}),
    related: unique(e.related),
    evidence: d.evidence.get(e.id) ?? [],
    sources: d.inReadingOrder(uniqueSources(cited)),
    match: cleanMatchRules(e.match),
    importance: e.importance,
    tier: d.tier(e),
    mentions: d.mentions.get(e.id) ?? {},
  };
}

/**
 * The catalog a dossier was built from, recovered from the dossier itself: an entry
 * carries everything its catalog entry had. So the extension can rebuild without
 * shipping the catalog twice.
 */
export function inputFromDossier(dossier: Dossier): BuildInput {
  const catalog = dossier.entries.map((e): CatalogEntry => {
    const restricted = new Set([...(e.match.short ?? []), ...(e.match.generic ?? [])]);
    return {
      id: e.id,
      kind: e.kind,
      name: e.name,
      role: e.role,
      aliases: e.aliases.filter((a) => !restricted.has(a)),
      match: e.match,
      summary: e.summarySentences,
      facts: e.facts,
      ...(e.disputes ? { disputes: e.disputes } : {}),
      related: e.related,
      importance: e.importance,
      // The tier the dossier was built with stays: the corpus that measured it is not shipped.
      ...(e.tier ? { tier: e.tier } : {}),
    };
  });
  // Events read from the reader's articles are derived: the rebuild reads them again.
  const events = dossier.timeline
    .filter((t) => !t.fromReader)
    .map((t): CatalogEvent => ({
      ...(t.id !== undefined ? { id: t.id } : {}),
      date: t.date,
      ...(t.anchors ? { anchors: t.anchors } : {}),
      text: t.text,
      entries: t.entries,
      sources: t.sources,
    }));
  return { articles: dossier.articles, catalog, events, ...(dossier.story ? { story: dossier.story } : {}) };
}

/**
 * The dossier with the reader's article added: rebuilt from the same catalog and all
 * articles, so the new article's mentions and evidence merge in exactly as at build time.
 */
export async function addArticle(dossier: Dossier, article: Article, options: BuildOptions = {}): Promise<Dossier> {
  const input = inputFromDossier(dossier);
  const added: Article = { ...article, addedByReader: true };
  return buildDossier({ ...input, articles: [...input.articles, added] }, options);
}

/** The dossier without an article the reader added. Bundled articles stay: the catalog cites them. */
export async function removeArticle(dossier: Dossier, articleId: string, options: BuildOptions = {}): Promise<Dossier> {
  const target = dossier.articles.find((a) => a.id === articleId);
  if (!target) throw new DossierBuildError([`article "${articleId}" is not in the dossier`]);
  if (!target.addedByReader)
    throw new DossierBuildError([`article "${articleId}" is bundled, not added by the reader`]);
  const input = inputFromDossier(dossier);
  return buildDossier({ ...input, articles: input.articles.filter((a) => a.id !== articleId) }, options);
}

/**
 * Checks each dated fact against the dates its quotes state and sharpens a vaguer
 * date to theirs ("2025-04" → "2025-04-26"); a season stays the fact's own date, since
 * a fact's date is a plain ISO string. Problems go to `problems`.
 */
function groundFactDates(
  catalog: readonly CatalogEntry[],
  ctx: GroundingContext,
  problems: string[],
): Map<Fact, string> {
  const out = new Map<Fact, string>();
  for (const e of catalog) {
    e.facts.forEach((f, i) => {
      if (f.date === undefined) return;
      const grounded = groundDate(f.date, f.sources, ctx);
      if (grounded?.problem !== undefined) {
        problems.push(`entry "${e.id}": fact ${i + 1} ${showQuote(f.text.de)}: ${grounded.problem}`);
      } else if (grounded) {
        out.set(f, grounded.date.precision === 'season' ? f.date : grounded.date.date);
      }
    });
  }
  return out;
}

/** An article with its fields in one fixed order, optional ones only when set. */
function copyArticle(a: Article): Article {
  return {
    id: a.id,
    title: a.title,
    ...(a.outlet !== undefined ? { outlet: a.outlet } : {}),
    ...(a.date !== undefined ? { date: a.date } : {}),
    ...(a.dateline !== undefined ? { dateline: a.dateline } : {}),
    ...(a.dateRange !== undefined ? { dateRange: { from: a.dateRange.from, to: a.dateRange.to } } : {}),
    language: a.language,
    text: a.text,
    ...(a.basis !== undefined ? { basis: { ...a.basis } } : {}),
    ...(a.url !== undefined ? { url: a.url } : {}),
    ...(a.author !== undefined ? { author: a.author } : {}),
    ...(a.addedByReader ? { addedByReader: true } : {}),
  };
}

/** One article's mentions (article-mentions.ts) with its sentences, for evidence. */
function scanArticle(article: Article, matcher: Matcher, sentences: SentenceCache): ScannedArticle {
  const mentions = findArticleMentions(article.text, matcher).byParagraph.flat();
  return { id: article.id, sentences: sentences.of(article.id), mentions };
}

/** Every place the catalog quotes an article for an entry: its summary, facts and disputes. */
function citedSpans(catalog: readonly CatalogEntry[], quotes: QuoteIndex): CitedSpan[] {
  return catalog.flatMap((e) =>
    [...e.summary, ...e.facts, ...(e.disputes ?? []).flatMap((d) => d.claims)]
      .flatMap((x) => x.sources)
      .map((ref) => {
        const { start, end } = quotes.locate(ref)!;
        return { entry: e.id, article: ref.article, start, end };
      }),
  );
}

/** Mentions per entry and article, articles in dossier order. */
function countMentions(scanned: readonly ScannedArticle[]): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const article of scanned) {
    for (const m of article.mentions) {
      const counts = out.get(m.entry) ?? {};
      counts[article.id] = (counts[article.id] ?? 0) + 1;
      out.set(m.entry, counts);
    }
  }
  return out;
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Sources without repeats (same article, same quote). */
function uniqueSources(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.article}\u0000${r.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
