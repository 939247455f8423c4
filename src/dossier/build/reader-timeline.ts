/**
 * Timeline events from the reader's own articles: every sentence that names a dossier
 * entry and states a date ("am 3. Mai", "im Sommer 2024"), resolved against the article's
 * date with the same date rules the bundled timeline uses. The event's text is the
 * sentence itself, quoted verbatim (the reader's article is in one language; nothing is
 * rewritten or translated), and it sorts among the other events by its date (merge-by-date.ts).
 */
import type { Article, TimelineEvent } from '../types';
import { findDates } from './dates';
import type { ScannedArticle } from './evidence';

/** More than this from one article would bury the timeline. */
export const MAX_EVENTS_PER_ARTICLE = 12;

export function readerEvents(articles: readonly Article[], scanned: readonly ScannedArticle[]): TimelineEvent[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const out: TimelineEvent[] = [];
  for (const article of scanned) {
    const source = byId.get(article.id);
    if (!source?.addedByReader) continue;
    let count = 0;
    for (const sentence of article.sentences) {
      if (count >= MAX_EVENTS_PER_ARTICLE) break;
      const entries = [
        ...new Set(
          article.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.entry),
        ),
      ];
      if (entries.length === 0) continue;
      const dated = findDates(sentence.text, source.date).find((d) => d.relation === 'at' && d.resolved !== undefined);
      if (!dated?.resolved) continue;
      const { date, precision, season } = dated.resolved;
      const text = sentence.text.trim();
      out.push({
        date,
        precision,
        ...(season ? { season } : {}),
        text: { de: text, en: text },
        entries,
        sources: [{ article: article.id, quote: text }],
        fromReader: true,
      });
      count++;
    }
  }
  return out;
}
