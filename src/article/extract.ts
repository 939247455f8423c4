/**
 * "Add this article": the page's article as plain text plus what the page states about
 * itself, read in the page (the extension pages never get the page's markup, only these
 * strings). Readability runs on a clone, so the page itself is never touched.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { MAX_ARTICLE_CHARS } from '../limits';
import { extractPageMetadata, type PageMetadata } from './page-metadata';

/** Readability's text below this many characters is not an article (a teaser, a login form). */
export const MIN_ARTICLE_CHARS = 200;

export interface ExtractedArticle {
  kind: 'article';
  text: string;
  metadata: PageMetadata;
}

export interface NotAnArticle {
  kind: 'not-article';
  /** What the reader has selected on the page, to add instead. */
  selection: string;
  metadata: PageMetadata;
}

export type Extraction = ExtractedArticle | NotAnArticle;

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd';

/** An element's text by blocks: one paragraph per line, as the dossier's articles are written. */
export function blockText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((el) => !el.parentElement?.closest(BLOCKS));
  const parts = (blocks.length > 0 ? blocks : [root]).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return parts.filter(Boolean).join('\n');
}

export function extractArticle(document: Document, address: string, selection: string): Extraction {
  const metadata = extractPageMetadata(document, address);
  let text = '';
  if (isProbablyReaderable(document, { minContentLength: 80 })) {
    const clone = document.cloneNode(true) as Document;
    const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
    if (parsed?.content) text = blockText(parsed.content);
    if (!metadata.title && parsed?.title) {
      metadata.title = parsed.title.trim();
      metadata.basis.title = 'Readability';
    }
  }
  if (text.length < MIN_ARTICLE_CHARS)
    return { kind: 'not-article', selection: selection.trim().slice(0, MAX_ARTICLE_CHARS), metadata };
  return { kind: 'article', text: text.slice(0, MAX_ARTICLE_CHARS), metadata };
}
