import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, extractArticle, MIN_ARTICLE_CHARS } from './extract';

const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'article-pages');
const page = (file: string) => parseHTML(readFileSync(join(PAGES, file), 'utf8')).document as unknown as Document;

describe('add this article: extraction', () => {
  it("takes a news page's article as text, one paragraph per line, with what the page states", () => {
    const document = page('zeit.de.zugverkehr.html');
    const before = document.documentElement.outerHTML;
    const result = extractArticle(document, 'https://www.zeit.de/x', '');
    expect(result.kind).toBe('article');
    if (result.kind !== 'article') return;
    expect(result.metadata).toMatchObject({
      title: 'Zugverkehr: Im ICE von Frankfurt nach Barcelona',
      outlet: 'ZEIT ONLINE',
      date: '2020-01-14',
      language: 'de',
    });
    expect(result.text.split('\n').length).toBeGreaterThan(5);
    expect(result.text).not.toMatch(/<[a-z]/i);
    // Navigation and footers stay out of the article.
    expect(result.text).not.toContain('Impressum');
    // The page itself is not changed: Readability worked on a clone.
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('says when a page is not an article, and offers the selected text instead', () => {
    const { document } = parseHTML(
      '<html lang="de"><head><title>Startseite</title></head><body><nav><ul><li><a href="#">Politik</a></li><li><a href="#">Sport</a></li></ul></nav><p>Willkommen.</p></body></html>',
    );
    const result = extractArticle(
      document as unknown as Document,
      'https://example.org/',
      '  Ein markierter Absatz.  ',
    );
    expect(result).toMatchObject({
      kind: 'not-article',
      selection: 'Ein markierter Absatz.',
      metadata: { title: 'Startseite', language: 'de' },
    });
  });

  it('reads text by blocks, nested blocks once', () => {
    const { document } = parseHTML(
      '<div><h2>Titel</h2><p>Erster  Absatz.</p><blockquote><p>Zitat.</p></blockquote><ul><li>Punkt</li></ul></div>',
    );
    expect(blockText(document.querySelector('div') as unknown as Element)).toBe('Titel\nErster Absatz.\nZitat.\nPunkt');
    expect(MIN_ARTICLE_CHARS).toBeGreaterThan(0);
  });
});
