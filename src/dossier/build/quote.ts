/**
 * Finding a catalog quote in its article. Quotes are typed by hand, so whitespace may
 * differ (the articles contain NBSP, line breaks, double spaces): every run of
 * whitespace counts as one space. The result is the exact substring of the article,
 * which is what the dossier ships.
 */

/** Text with whitespace runs collapsed to ' ', plus where each character came from. */
interface CollapsedText {
  text: string;
  /** `origin[i]` is the offset in the original text of `text[i]`. */
  origin: number[];
}

const WHITESPACE = /\s/;

function collapseWhitespace(original: string): CollapsedText {
  let text = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (WHITESPACE.test(c)) {
      if (!inSpace) {
        text += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      text += c;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text, origin };
}

/** The quote as it is compared: trimmed, whitespace runs as one space. */
export function normalizeQuote(quote: string): string {
  return quote.trim().replace(/\s+/g, ' ');
}

export interface QuoteLocation {
  start: number;
  end: number;
  /** `article.slice(start, end)`: the quote as the article writes it. */
  exact: string;
}

/** Finds quotes in one article; collapses the article's whitespace once. */
export class QuoteFinder {
  private readonly collapsed: CollapsedText;

  constructor(readonly article: string) {
    this.collapsed = collapseWhitespace(article);
  }

  /** The first occurrence of `quote`, or undefined. An empty quote is never found. */
  find(quote: string): QuoteLocation | undefined {
    const needle = normalizeQuote(quote);
    if (needle === '') return undefined;
    const at = this.collapsed.text.indexOf(needle);
    if (at < 0) return undefined;
    const start = this.collapsed.origin[at]!;
    const end = this.collapsed.origin[at + needle.length - 1]! + 1;
    return { start, end, exact: this.article.slice(start, end) };
  }

  /**
   * For error messages: how far the quote matches, and what the article has instead.
   * The longest prefix found is searched by bisection (a prefix of a found prefix is found).
   */
  explainMiss(quote: string): string {
    const needle = normalizeQuote(quote);
    let lo = 0;
    let hi = needle.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.collapsed.text.includes(needle.slice(0, mid))) lo = mid;
      else hi = mid - 1;
    }
    if (lo < 3) return 'no part of it occurs in the article';
    const at = this.collapsed.text.indexOf(needle.slice(0, lo));
    const matched = needle.slice(Math.max(0, lo - 30), lo);
    const articleHas = this.collapsed.text.slice(at + lo, at + lo + 20);
    const quoteHas = needle.slice(lo, lo + 20);
    return `it matches up to "…${matched}", then the quote has "${quoteHas}…" where the article has "${articleHas}…"`;
  }
}
