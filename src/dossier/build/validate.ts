/**
 * Validation of the builder's input. Every problem is collected and reported at once,
 * each naming the entry (or article, or timeline event) and the quote concerned, so
 * one run of the build tells the catalog author everything to fix.
 */
import type { CatalogEntry, CatalogEvent } from '../catalog-types';
import { ENTRY_KINDS, type Article, type Localized, type SourceRef, type Story } from '../types';
import type { NameCommonness } from './tiers';
import { matchKey } from '../../matching';
import { parseIsoDate } from '../iso-date';
import { isoBound } from './dates';
import { QuoteFinder, type QuoteLocation } from './quote';

export interface BuildInput {
  articles: Article[];
  catalog: CatalogEntry[];
  events: CatalogEvent[];
  /** The story the dossier tells. */
  story?: Story;
  /** How common each entry is in general news, for the tier rule (tiers.ts); absent: every unfixed tier is `story`. */
  commonness?: NameCommonness;
}

/** The build's one error: every problem found, one per line. */
export class DossierBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The dossier does not build (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`,
    );
    this.name = 'DossierBuildError';
  }
}

/** Finds quotes across all articles, collapsing each article's whitespace only once. */
export class QuoteIndex {
  private readonly finders = new Map<string, QuoteFinder>();

  constructor(articles: readonly Article[]) {
    for (const a of articles) if (!this.finders.has(a.id)) this.finders.set(a.id, new QuoteFinder(a.text));
  }

  hasArticle(id: string): boolean {
    return this.finders.has(id);
  }

  locate(ref: SourceRef): QuoteLocation | undefined {
    return this.finders.get(ref.article)?.find(ref.quote);
  }

  explainMiss(ref: SourceRef): string {
    return this.finders.get(ref.article)?.explainMiss(ref.quote) ?? 'unknown article';
  }
}

/** A quote shortened for messages. */
export function showQuote(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return q.length > 140 ? `"${q.slice(0, 140)}…"` : `"${q}"`;
}

/**
 * The key aliases collide by: the matcher's own comparison key, so a collision is
 * exactly what the matcher cannot tell apart (case, ö/oe, hyphen/space, invisibles).
 */
export function aliasKey(alias: string): string {
  return matchKey(alias);
}

const isBlank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

/** "missing its German and English text" style wording for an incomplete Localized. */
function missingLanguages(text: Partial<Localized> | undefined): string | undefined {
  const missing = [isBlank(text?.de) ? 'German' : '', isBlank(text?.en) ? 'English' : ''].filter(Boolean);
  return missing.length === 0 ? undefined : `missing its ${missing.join(' and ')} text`;
}

/** Checks everything the builder relies on; returns the problems (empty when the input is sound). */
export function validateInput(input: BuildInput, quotes = new QuoteIndex(input.articles)): string[] {
  const problems: string[] = [];
  const report = (p: string): void => void problems.push(p);

  validateArticles(input.articles, report);

  const entryIds = new Set<string>();
  for (const e of input.catalog) {
    if (entryIds.has(e.id)) report(`duplicate entry id "${e.id}"`);
    entryIds.add(e.id);
  }

  const checkSources = (owner: string, what: string, sources: readonly SourceRef[] | undefined): void => {
    if (!sources || sources.length === 0) {
      report(`${owner}: ${what} has no sources`);
      return;
    }
    sources.forEach((ref, i) => {
      const where = `${owner}: ${what}, source ${i + 1}`;
      if (!quotes.hasArticle(ref.article)) {
        report(`${where} cites unknown article "${ref.article}" (quote ${showQuote(ref.quote)})`);
      } else if (isBlank(ref.quote)) {
        report(`${where} has an empty quote`);
      } else if (!quotes.locate(ref)) {
        report(
          `${where}: quote not found in article "${ref.article}": ${showQuote(ref.quote)} — ${quotes.explainMiss(ref)}`,
        );
      }
    });
  };

  for (const e of input.catalog) validateEntry(e, entryIds, report, checkSources);
  validateAliasCollisions(input.catalog, report);

  input.events.forEach((ev, i) => {
    const owner = `timeline event ${i + 1} (${ev.date || 'no date'}, ${showQuote(ev.text?.de ?? '')})`;
    const missing = missingLanguages(ev.text);
    if (missing) report(`${owner}: text is ${missing}`);
    if (!isBlank(ev.date) && !parseIsoDate(ev.date))
      report(`${owner}: date "${ev.date}" is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (ev.entries.length === 0) report(`${owner}: names no entries`);
    for (const id of ev.entries) if (!entryIds.has(id)) report(`${owner}: unknown entry "${id}"`);
    checkSources(owner, 'the event', ev.sources);
  });

  return problems;
}

function validateArticles(articles: readonly Article[], report: (p: string) => void): void {
  const seen = new Set<string>();
  for (const a of articles) {
    const owner = `article "${a.id}"`;
    if (isBlank(a.id)) report('an article has an empty id');
    if (seen.has(a.id)) report(`duplicate article id "${a.id}"`);
    seen.add(a.id);
    if (isBlank(a.text)) report(`${owner} has no text`);
    if (isBlank(a.title)) report(`${owner} has no title`);
    if (a.language !== 'de' && a.language !== 'en')
      report(`${owner}: language "${String(a.language)}" is neither "de" nor "en"`);
    if (a.date !== undefined && !parseIsoDate(a.date))
      report(`${owner}: date "${a.date}" is not ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)`);
    if (a.dateRange !== undefined) {
      const { from, to } = a.dateRange;
      if (!parseIsoDate(from) || !parseIsoDate(to))
        report(`${owner}: dateRange ${from} … ${to} is not two ISO 8601 dates`);
      else if (isoBound(from, 'start')! > isoBound(to, 'end')!)
        report(`${owner}: dateRange starts (${from}) after it ends (${to})`);
    }
  }
}

type SourceCheck = (owner: string, what: string, sources: readonly SourceRef[] | undefined) => void;

function validateEntry(
  e: CatalogEntry,
  entryIds: ReadonlySet<string>,
  report: (p: string) => void,
  checkSources: SourceCheck,
): void {
  const owner = `entry "${e.id}"`;
  if (isBlank(e.id)) report(`an entry (${e.name?.de ?? 'no name'}) has an empty id`);
  if (!(ENTRY_KINDS as readonly string[]).includes(e.kind))
    report(`${owner}: kind "${e.kind}" is not one of ${ENTRY_KINDS.join(', ')}`);
  const nameMissing = missingLanguages(e.name);
  if (nameMissing) report(`${owner}: name is ${nameMissing}`);
  const roleMissing = missingLanguages(e.role);
  if (roleMissing) report(`${owner}: role is ${roleMissing}`);

  if (e.summary.length === 0) report(`${owner} has no summary`);
  e.summary.forEach((s, i) => {
    const what = `summary sentence ${i + 1} ${showQuote(s.de || s.en)}`;
    const missing = missingLanguages(s);
    if (missing) report(`${owner}: ${what} is ${missing}`);
    checkSources(owner, what, s.sources);
  });

  e.facts.forEach((f, i) => {
    const what = `fact ${i + 1} ${showQuote(f.text.de || f.text.en || '')}`;
    if (isBlank(f.text.de)) report(`${owner}: ${what} is missing its German text`);
    if (f.date !== undefined && !parseIsoDate(f.date))
      report(`${owner}: ${what} has date "${f.date}", which is not ISO 8601`);
    checkSources(owner, what, f.sources);
  });

  (e.disputes ?? []).forEach((d, i) => {
    const what = `dispute ${i + 1} ${showQuote(d.topic.de || d.topic.en)}`;
    const topicMissing = missingLanguages(d.topic);
    if (topicMissing) report(`${owner}: ${what}: topic is ${topicMissing}`);
    if (d.claims.length < 2)
      report(`${owner}: ${what} has ${d.claims.length} claim(s); a dispute needs at least two sides`);
    d.claims.forEach((c, j) => {
      const claim = `${what}, claim ${j + 1} (by ${c.by || '?'})`;
      if (isBlank(c.by)) report(`${owner}: ${claim} does not say who makes it`);
      const missing = missingLanguages(c.text);
      if (missing) report(`${owner}: ${claim} is ${missing}`);
      checkSources(owner, claim, c.sources);
    });
  });

  const cited = [...e.summary, ...e.facts, ...(e.disputes ?? []).flatMap((d) => d.claims)].flatMap(
    (x) => x.sources ?? [],
  );
  if (cited.length === 0) report(`${owner} has no sources at all: its summary, facts and disputes cite nothing`);

  for (const id of e.related) {
    if (id === e.id) report(`${owner} lists itself as related`);
    else if (!entryIds.has(id)) report(`${owner}: related entry "${id}" does not exist`);
  }
  for (const id of e.match?.context ?? [])
    if (!entryIds.has(id)) report(`${owner}: match context entry "${id}" does not exist`);

  const allAliases = [...e.aliases, ...(e.match?.short ?? []), ...(e.match?.generic ?? [])];
  if (allAliases.length === 0) report(`${owner} has no aliases: no page could ever mention it`);
  for (const a of allAliases) if (isBlank(a)) report(`${owner} has an empty alias`);
}

/**
 * Two entries may share an alias only when a rule tells the matcher what to do:
 * the alias is short, generic or case-sensitive on at least one side, or a blocker of
 * either entry contains it.
 */
function validateAliasCollisions(catalog: readonly CatalogEntry[], report: (p: string) => void): void {
  const byKey = new Map<string, { entry: CatalogEntry; alias: string }[]>();
  for (const entry of catalog) {
    const aliases = new Set([...entry.aliases, ...(entry.match?.short ?? []), ...(entry.match?.generic ?? [])]);
    for (const alias of aliases) {
      const key = aliasKey(alias);
      if (key === '') continue;
      const list = byKey.get(key) ?? [];
      if (!list.some((x) => x.entry.id === entry.id)) list.push({ entry, alias });
      byKey.set(key, list);
    }
  }

  const hasRule = (entry: CatalogEntry, key: string): boolean => {
    const m = entry.match ?? {};
    const ruled = [...(m.short ?? []), ...(m.generic ?? []), ...(m.caseSensitive ?? [])];
    return ruled.some((a) => aliasKey(a) === key) || (m.blockers ?? []).some((b) => aliasKey(b).includes(key));
  };

  for (const [key, owners] of byKey) {
    for (let i = 0; i < owners.length; i++) {
      for (let j = i + 1; j < owners.length; j++) {
        const a = owners[i]!;
        const b = owners[j]!;
        if (hasRule(a.entry, key) || hasRule(b.entry, key)) continue;
        report(
          `alias "${a.alias}" of entry "${a.entry.id}" collides with alias "${b.alias}" of entry "${b.entry.id}": ` +
            'list it under match.short, match.generic or match.caseSensitive of one of them, or add a blocker',
        );
      }
    }
  }
}
