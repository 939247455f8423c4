/**
 * The article viewer's text: paragraphs cut into pieces — plain, a mention of an
 * entry, inside the cited quote — found with the project's one matcher, so the
 * dossier page marks exactly what pages and the builder see. The pieces are text:
 * the view renders them as elements with text content, never as HTML.
 */
import { QuoteFinder } from '../dossier/build/quote';
import { findArticleMentions } from '../dossier/build/article-mentions';
import type { Matcher } from '../matching';

export interface Piece {
  text: string;
  /** The entry this piece mentions. */
  entry?: string;
  /** Inside the quote the page was opened for. */
  quoted?: boolean;
}

export interface MarkedArticle {
  paragraphs: Piece[][];
  /** Whether the quote (if one was asked for) was found. */
  quoteFound: boolean;
}

export function markArticle(text: string, matcher: Matcher, quote?: string): MarkedArticle {
  const { paragraphs, byParagraph } = findArticleMentions(text, matcher);
  const at = quote ? new QuoteFinder(text).find(quote) : undefined;
  return {
    quoteFound: at !== undefined,
    paragraphs: paragraphs.map((paragraph, i) => {
      const cuts = new Set<number>([0, paragraph.text.length]);
      const found = (byParagraph[i] ?? []).map((m) => ({
        start: m.start - paragraph.start,
        end: m.end - paragraph.start,
        entry: m.entry,
      }));
      for (const m of found) cuts.add(m.start).add(m.end);
      const quoteStart = at ? at.start - paragraph.start : -1;
      const quoteEnd = at ? at.end - paragraph.start : -1;
      if (at) {
        if (quoteStart > 0 && quoteStart < paragraph.text.length) cuts.add(quoteStart);
        if (quoteEnd > 0 && quoteEnd < paragraph.text.length) cuts.add(quoteEnd);
      }
      const sorted = [...cuts].sort((a, b) => a - b);
      const pieces: Piece[] = [];
      for (let k = 0; k + 1 < sorted.length; k++) {
        const start = sorted[k]!;
        const end = sorted[k + 1]!;
        const mention = found.find((m) => m.start <= start && end <= m.end);
        const quoted = at !== undefined && start >= quoteStart && end <= quoteEnd;
        pieces.push({
          text: paragraph.text.slice(start, end),
          ...(mention ? { entry: mention.entry } : {}),
          ...(quoted ? { quoted: true } : {}),
        });
      }
      return pieces;
    }),
  };
}
