/**
 * The mentions in an article's text, found the one way the builder, the reader's own
 * entries and the dossier page's article viewer share: its paragraphs go to the matcher
 * as the blocks of one document, so document rules (a short form after the full name)
 * see the whole article. Offsets are moved from each paragraph to the article. Pure.
 */
import type { Matcher } from '../../matching';
import { splitParagraphs, type Span } from './segment';

export interface ArticleMention {
  /** Offsets into the article's text. */
  start: number;
  end: number;
  entry: string;
}

export interface ArticleMentions {
  paragraphs: Span[];
  /** The mentions of each paragraph, in article offsets. */
  byParagraph: ArticleMention[][];
}

export function findArticleMentions(text: string, matcher: Matcher): ArticleMentions {
  const paragraphs = splitParagraphs(text);
  const perBlock = matcher.scanDocument(paragraphs.map((p) => p.text));
  const byParagraph = paragraphs.map((paragraph, i) =>
    (perBlock[i] ?? []).map((m) => ({
      start: m.start + paragraph.start,
      end: m.end + paragraph.start,
      entry: m.entry,
    })),
  );
  return { paragraphs, byParagraph };
}
