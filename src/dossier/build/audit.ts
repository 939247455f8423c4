/**
 * The editor's checks: what a fact-check of the built dossier found wrong once, kept
 * from coming back. They run on the curated catalog (`buildDossier(…, { audit: true })`:
 * `npm run dossier`, the extension build, the bundled-dossier test), not when a reader
 * adds an article to an imported dossier, which the reader cannot edit.
 *
 * Each problem names the entry (or event) and the field concerned.
 */
import type { CatalogEntry, CatalogEvent } from '../catalog-types';
import type { Article, SourceRef, TimelineEvent } from '../types';
import { contentTokens, nearDuplicate } from './evidence';
import { timelineOrderProblems, type TimelineRelation } from './timeline';
import { showQuote } from './validate';

export interface AuditInput {
  articles: readonly Article[];
  catalog: readonly CatalogEntry[];
  events: readonly CatalogEvent[];
  /** Mentions per entry and article, as the spotter found them. */
  mentions: ReadonlyMap<string, Record<string, number>>;
  timeline: readonly TimelineEvent[];
  relations: readonly TimelineRelation[];
}

export function auditDossier(x: AuditInput): string[] {
  return [
    ...unmentionedEntries(x.catalog, x.mentions),
    ...repeatedSentences(x.catalog),
    ...missingEnglish(x.catalog),
    ...timelineOrderProblems(x.timeline, x.relations),
    ...unattributedOutletClaims(x.articles, x.catalog, x.events),
  ];
}

/** Every entry is found by the spotter in at least one article, or says why not. */
export function unmentionedEntries(
  catalog: readonly CatalogEntry[],
  mentions: ReadonlyMap<string, Record<string, number>>,
): string[] {
  const problems: string[] = [];
  for (const e of catalog) {
    const found = Object.keys(mentions.get(e.id) ?? {});
    const reason = e.noMention?.trim();
    if (found.length === 0 && !reason) {
      problems.push(
        `entry "${e.id}": aliases: the spotter finds it in none of the articles; add the words the texts use, or give noMention with the reason`,
      );
    } else if (found.length > 0 && e.noMention !== undefined) {
      problems.push(
        `entry "${e.id}": noMention says it is never found, but the spotter finds it in ${found.join(', ')}`,
      );
    }
  }
  return problems;
}

/** Two sentences say the same: same words, or near-duplicates by the evidence merger's measure. */
function sameSentence(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b) || nearDuplicate(contentTokens(a), contentTokens(b));
}

/** Facts are short: one that adds nothing has (nearly) all its words in the summary sentence. */
const FACT_MIN_TOKENS = 3;
const FACT_CONTAINMENT = 0.8;

function restates(fact: string, sentence: string): boolean {
  if (sameSentence(fact, sentence)) return true;
  const words = contentTokens(fact);
  if (words.size < FACT_MIN_TOKENS) return false;
  const inSentence = contentTokens(sentence);
  let shared = 0;
  for (const w of words) if (inSentence.has(w)) shared++;
  return shared / words.size >= FACT_CONTAINMENT;
}

/**
 * No summary sentence repeats another, in the same entry or any other, and no fact only
 * restates a summary sentence of its own entry.
 */
export function repeatedSentences(catalog: readonly CatalogEntry[]): string[] {
  const problems: string[] = [];
  const all = catalog.flatMap((e) => e.summary.map((s, i) => ({ entry: e.id, i, de: s.de, en: s.en })));
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      const x = all[a]!;
      const y = all[b]!;
      if (sameSentence(x.de, y.de) || sameSentence(x.en, y.en)) {
        problems.push(
          `entry "${y.entry}": summary[${y.i}] ${showQuote(y.de)} repeats entry "${x.entry}": summary[${x.i}] ${showQuote(x.de)}`,
        );
      }
    }
  }
  for (const e of catalog) {
    e.facts.forEach((f, i) => {
      const j = e.summary.findIndex(
        (s) => restates(f.text.de, s.de) || (f.text.en !== undefined && restates(f.text.en, s.en)),
      );
      if (j >= 0)
        problems.push(
          `entry "${e.id}": fact[${i}] ${showQuote(f.text.de)} only restates summary[${j}] ${showQuote(e.summary[j]!.de)}`,
        );
    });
  }
  return problems;
}

/** Every text the English UI shows exists in English (validateInput covers names, roles, summaries and topics). */
export function missingEnglish(catalog: readonly CatalogEntry[]): string[] {
  const problems: string[] = [];
  const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';
  for (const e of catalog) {
    e.facts.forEach((f, i) => {
      if (blank(f.text.en)) problems.push(`entry "${e.id}": fact[${i}] ${showQuote(f.text.de)} has no English text`);
    });
    (e.disputes ?? []).forEach((d, i) =>
      d.claims.forEach((c, j) => {
        if (blank(c.byEn))
          problems.push(`entry "${e.id}": disputes[${i}].claims[${j}].by "${c.by}" has no English (byEn)`);
      }),
    );
  }
  return problems;
}

/**
 * What rests on one article alone, where that article is an outlet's own text (it names
 * its outlet), says so: it names the outlet, in German and in English. Agencies an outlet
 * cites are not enough, since the outlet's own comment sits in the same sentences.
 */
export function unattributedOutletClaims(
  articles: readonly Article[],
  catalog: readonly CatalogEntry[],
  events: readonly CatalogEvent[],
): string[] {
  const outletOf = new Map(articles.filter((a) => a.outlet?.trim()).map((a) => [a.id, a.outlet!.trim()]));
  const problems: string[] = [];
  const check = (owner: string, de: string, en: string | undefined, sources: readonly SourceRef[]): void => {
    const ids = new Set(sources.map((s) => s.article));
    if (ids.size !== 1) return;
    const outlet = outletOf.get([...ids][0]!);
    if (outlet === undefined) return;
    const named = (s: string | undefined): boolean => s !== undefined && s.toLowerCase().includes(outlet.toLowerCase());
    const missing = [named(de) ? '' : 'German', en === undefined || named(en) ? '' : 'English'].filter(Boolean);
    if (missing.length > 0)
      problems.push(
        `${owner} rests on ${outlet} alone but its ${missing.join(' and ')} text does not say so: ${showQuote(de)}`,
      );
  };
  for (const e of catalog) {
    e.summary.forEach((s, i) => check(`entry "${e.id}": summary[${i}]`, s.de, s.en, s.sources));
    e.facts.forEach((f, i) => check(`entry "${e.id}": fact[${i}]`, f.text.de, f.text.en, f.sources));
    (e.disputes ?? []).forEach((d, i) =>
      d.claims.forEach((c, j) =>
        check(`entry "${e.id}": disputes[${i}].claims[${j}] (by ${c.by})`, c.text.de, c.text.en, c.sources),
      ),
    );
  }
  events.forEach((ev, i) =>
    check(`timeline event ${i + 1}${ev.id ? ` "${ev.id}"` : ''}`, ev.text.de, ev.text.en, ev.sources),
  );
  return problems;
}
