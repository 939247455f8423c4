import { beforeAll, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { loadBundledInput } from '../dossier/node/load';
import type { Dossier } from '../dossier/types';
import { aliasSetFor, compileMatcher } from '../matching';
import { markArticle } from './article-marks';
import { parseRoute, routeHash, type Route } from './route';
import { DossierSearch, fold, searchArticles } from './search';
import { mergeByDate } from '../dossier/build/merge-by-date';

let dossier: Dossier;
beforeAll(async () => {
  dossier = await buildDossier(await loadBundledInput());
});

describe('deep links', () => {
  it('reads what the card and the popup link to', () => {
    expect(parseRoute('#entry=kursk')).toEqual({ view: 'entry', entry: 'kursk' });
    expect(parseRoute('#article=000_b&quote=Laut%20KCNA%20nahmen')).toEqual({
      view: 'article',
      article: '000_b',
      quote: 'Laut KCNA nahmen',
    });
    expect(parseRoute('#timeline')).toEqual({ view: 'timeline' });
    expect(parseRoute('')).toEqual({ view: 'home' });
    expect(parseRoute('#search=kim')).toEqual({ view: 'home', search: 'kim' });
  });

  it('writes links that read back the same', () => {
    const routes: Route[] = [
      { view: 'entry', entry: 'kim-jong-un' },
      { view: 'article', article: 'a1', quote: '„Heilige Mission“ & mehr', entry: 'kursk' },
      { view: 'timeline' },
      { view: 'mine' },
      { view: 'home', search: 'Pjöngjang' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });
});

describe('search', () => {
  it('folds case, accents and hyphens', () => {
    expect(fold('PJÖNGJANG')).toBe('pjongjang');
    expect(fold('Kim Jong‑un')).toBe('kim jong un');
  });

  it('finds entries by name, alias and summary, names first', () => {
    const search = new DossierSearch(dossier.entries);
    expect(search.search('pjongjang')[0]?.entry.id).toBe('pyongyang');
    // As pages mark it: the matcher's folding ("Pjoengjang" is Pjöngjang) finds it too.
    expect(search.search('Pjoengjang')[0]?.entry.id).toBe('pyongyang');
    expect(search.search('Zelensky')[0]?.entry.id).toBe('selenskyj');
    expect(search.search('kursk')[0]?.entry.id).toBe('kursk');
    expect(search.search('Generalstab').map((h) => h.entry.id)).toContain('gerassimow');
    expect(search.search('kursk', 'event').every((h) => h.entry.kind === 'event')).toBe(true);
    expect(search.search('xyzzy')).toEqual([]);
    expect(search.search('').length).toBe(dossier.entries.length);
  });
});

describe('article viewer marks', () => {
  it('marks mentions with the matcher and the quote, as text pieces', () => {
    const article = dossier.articles[0]!;
    const matcher = compileMatcher(dossier.entries.map((e) => aliasSetFor(e)));
    const kursk = dossier.entries.find((e) => e.id === 'kursk')!;
    const quote = kursk.summarySentences.flatMap((s) => s.sources).find((s) => s.article === article.id)!.quote;
    const marked = markArticle(article.text, matcher, quote);
    expect(marked.quoteFound).toBe(true);
    const pieces = marked.paragraphs.flat();
    expect(pieces.map((p) => p.text).join('')).toBe(
      marked.paragraphs.map((p) => p.map((x) => x.text).join('')).join(''),
    );
    expect(
      pieces
        .filter((p) => p.quoted)
        .map((p) => p.text)
        .join(''),
    ).toBe(quote);
    expect(pieces.some((p) => p.entry === 'kim-jong-un' && p.text === 'Kim Jong-un')).toBe(true);
    expect(markArticle(article.text, matcher, 'nicht im Text').quoteFound).toBe(false);
  });
});

describe('the full timeline', () => {
  it('keeps the dossier’s order and puts the reader’s dated articles before the first event that starts later', () => {
    const events = [
      { date: '2024-06', id: 'visit' },
      { date: '2024', id: 'engineers' },
      { date: '2024-07-08', id: 'departure' },
    ];
    const articles = [
      { date: '2025-01', id: 'mine-late' },
      { date: '2024-07', id: 'mine-july' },
    ];
    expect(mergeByDate(events, articles).map((r) => r.id)).toEqual([
      'visit',
      'engineers',
      'mine-july',
      'departure',
      'mine-late',
    ]);
  });
});

describe('full-text search over the articles', () => {
  const articles = [
    {
      id: 'a',
      text: 'Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk zurückerobert worden sei.',
    },
    { id: 'b', text: 'Nichts davon hier.' },
  ];
  it('finds the words with their context, ignoring case and accents, verbatim', () => {
    const [hit, ...rest] = searchArticles(articles, 'SIEDLUNG in kursk');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ article: 'a', match: 'Siedlung in Kursk' });
    expect(hit!.before.endsWith('dass die letzte ')).toBe(true);
    expect(hit!.after.startsWith(' zurückerobert')).toBe(true);
    expect(searchArticles(articles, 'zuruckerobert')[0]?.match).toBe('zurückerobert');
  });
  it('finds nothing for nothing', () => {
    expect(searchArticles(articles, 'xyzzy')).toEqual([]);
    expect(searchArticles(articles, ' ')).toEqual([]);
  });
});
