/**
 * What a page states about itself as an article: title, outlet, author, published date,
 * language and canonical URL, each with the place it was read from. Read from JSON-LD
 * (`NewsArticle`/`Article`… `headline`, `datePublished`, `publisher.name`, `author`,
 * `inLanguage`, `url`; arrays and `@graph` included), OpenGraph and `article:*` tags,
 * `<meta name="date">`/Dublin Core, `<time datetime>`, `<html lang>` and the canonical link.
 *
 * Nothing is guessed: a value the page does not state stays absent (no URL from the
 * address bar, no date from "today"). Works on any standard DOM (linkedom in tests);
 * nothing of the page is kept as markup, only strings.
 */
import { httpUrl } from './url';

export interface PageMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** The publication date as the page states it, as an ISO date (`2025-04-28`). */
  date?: string;
  /** Two-letter language code (`de`, `en`). */
  language?: string;
  /** The canonical URL the page states (http or https only). */
  url?: string;
  /** Where each value was read from, for the reader and the record. */
  basis: Partial<Record<Exclude<keyof PageMetadata, 'basis'>, string>>;
}

/** schema.org types that describe an article. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'ScholarlyArticle',
  'TechArticle',
  'Report',
  'SatiricalArticle',
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** Every object in the page's JSON-LD: top-level items, arrays and `@graph`, depth first. */
export function jsonLdObjects(document: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: Json | undefined, depth: number): void => {
    if (depth > 6 || value === undefined) return;
    if (Array.isArray(value)) for (const item of value) visit(item, depth + 1);
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json, 0);
    } catch {
      // A page's broken JSON-LD says nothing; the other sources still may.
    }
  }
  return out;
}

function typesOf(item: JsonObject): string[] {
  const type = item['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** A name from a string, an object with `name`, or a list of either. */
function nameOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
  }
  if (isObject(value)) return nameOf(value.name);
  return undefined;
}

function stringOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) return stringOf(value[0]);
  if (isObject(value)) return stringOf(value['@id'] ?? value.url);
  return undefined;
}

function meta(document: Document, ...keys: string[]): { value: string; key: string } | undefined {
  for (const key of keys) {
    for (const element of document.querySelectorAll('meta')) {
      const name = (
        element.getAttribute('property') ??
        element.getAttribute('name') ??
        element.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      if (name !== key.toLowerCase()) continue;
      const value = clean(element.getAttribute('content'));
      if (value) return { value, key };
    }
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The calendar day of a stated date or date-time, as written (not converted to another
 * time zone): ISO `2025-04-28T09:15:00+02:00`, Java's `Tue Jan 28 15:28:56 CET 2020`,
 * RFC 2822 `Tue, 28 Jan 2020 …`, `January 28, 2020` and German `28.01.2020` all give an
 * ISO date; anything else gives nothing.
 */
export function statedDate(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  const readings: [RegExp, (m: RegExpExecArray) => [number | undefined, number | undefined, number]][] = [
    [/^(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)/, (m) => [Number(m[2]), Number(m[3]), Number(m[1])]],
    [/^(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => [Number(m[2]), Number(m[1]), Number(m[3])]],
    [/\b(\d{1,2})\.? ([A-Za-z]{3})[a-z]*\.? (\d{4})\b/, (m) => [monthOf(m[2]!), Number(m[1]), Number(m[3])]],
    [
      /\b([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:,| [\d:]+(?: [A-Z]{2,5})?)? (\d{4})\b/,
      (m) => [monthOf(m[1]!), Number(m[2]), Number(m[3])],
    ],
  ];
  for (const [pattern, read] of readings) {
    const match = pattern.exec(text);
    if (!match) continue;
    const [m, d, y] = read(match);
    if (m === undefined || d === undefined || m < 1 || m > 12 || d < 1 || d > 31) continue;
    if (new Date(Date.UTC(y, m - 1, d)).getUTCDate() !== d) continue;
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return undefined;
}

function monthOf(name: string): number | undefined {
  const at = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return at < 0 ? undefined : at + 1;
}

/** `de-DE`, `de_DE`, `DE` → `de`. */
export function languageCode(value: string | undefined): string | undefined {
  const match = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(value ?? '');
  return match ? match[1]!.toLowerCase() : undefined;
}

/** `base`: the page's address, only to resolve a relative canonical link; never a value of its own. */
export function extractPageMetadata(document: Document, base?: string): PageMetadata {
  const basis: PageMetadata['basis'] = {};
  const found: Omit<PageMetadata, 'basis'> = {};
  const set = <K extends Exclude<keyof PageMetadata, 'basis'>>(
    key: K,
    value: string | undefined,
    from: string,
  ): void => {
    if (found[key] !== undefined || value === undefined) return;
    found[key] = value;
    basis[key] = from;
  };

  const article = jsonLdObjects(document).find((item) => typesOf(item).some((t) => ARTICLE_TYPES.has(t)));
  if (article) {
    const type = typesOf(article).find((t) => ARTICLE_TYPES.has(t))!;
    set('title', stringOf(article.headline) ?? stringOf(article.name), `JSON-LD ${type}.headline`);
    set('outlet', nameOf(article.publisher), `JSON-LD ${type}.publisher.name`);
    set('author', nameOf(article.author), `JSON-LD ${type}.author`);
    set('date', statedDate(stringOf(article.datePublished)), `JSON-LD ${type}.datePublished`);
    set('language', languageCode(stringOf(article.inLanguage)), `JSON-LD ${type}.inLanguage`);
    set('url', httpUrl(stringOf(article.url) ?? stringOf(article.mainEntityOfPage), base), `JSON-LD ${type}.url`);
  }

  const fromMeta = (
    key: Exclude<keyof PageMetadata, 'basis'>,
    keys: string[],
    map: (v: string) => string | undefined = clean,
  ): void => {
    if (found[key] !== undefined) return;
    const hit = meta(document, ...keys);
    if (hit) set(key, map(hit.value), `<meta ${hit.key}>`);
  };
  fromMeta('title', ['og:title', 'twitter:title', 'dc.title', 'dcterms.title']);
  fromMeta('outlet', ['og:site_name', 'application-name', 'publisher']);
  // article:author is often a profile URL: only a name counts.
  fromMeta('author', ['author', 'article:author', 'dc.creator', 'dcterms.creator'], (v) =>
    /^https?:/i.test(v) ? undefined : clean(v),
  );
  fromMeta(
    'date',
    [
      'article:published_time',
      'datePublished',
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.date',
      'dcterms.issued',
      'publish-date',
      'pubdate',
    ],
    statedDate,
  );

  if (found.date === undefined) {
    const time =
      document.querySelector('[itemprop="datePublished"][datetime], [itemprop="datePublished"][content]') ??
      document.querySelector('article time[datetime], main time[datetime]') ??
      document.querySelector('time[datetime]');
    set(
      'date',
      statedDate(time?.getAttribute('datetime') ?? time?.getAttribute('content') ?? undefined),
      '<time datetime>',
    );
  }

  set('language', languageCode(document.documentElement?.getAttribute('lang') ?? undefined), '<html lang>');
  fromMeta('language', ['og:locale', 'content-language', 'dc.language', 'language'], languageCode);

  const canonical = document.querySelector('link[rel~="canonical" i]');
  set('url', httpUrl(canonical?.getAttribute('href') ?? undefined, base), '<link rel="canonical">');
  fromMeta('url', ['og:url'], (v) => httpUrl(v, base));

  // A "title" that is only the site's name (a portal's og:title) is no headline: the page's h1 is.
  const h1 = clean(document.querySelector('h1')?.textContent);
  if (found.title !== undefined && found.title === found.outlet && h1 !== undefined && h1 !== found.title) {
    found.title = h1;
    basis.title = '<h1> (the other title is the site name)';
  }
  // Last: the visible headline, then the document title, both as the page shows them.
  set('title', h1, '<h1>');
  set('title', clean(document.title), '<title>');
  return { ...found, basis };
}
