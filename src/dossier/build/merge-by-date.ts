/** Where dated items go in a timeline the builder has ordered by what the texts say. */
import { isoBound } from './dates';

/**
 * The dossier's events in the dossier's order (the builder orders them by what the texts
 * say, which a date string alone cannot: "2024" may follow "2024-06"), with the reader's
 * dated articles placed before the first event that starts later than they do.
 */
export function mergeByDate<T extends { date: string }>(events: readonly T[], articles: readonly T[]): T[] {
  const start = (row: T): number => isoBound(row.date, 'start') ?? Number.MAX_SAFE_INTEGER;
  const out = [...events];
  for (const article of [...articles].sort((a, b) => start(a) - start(b))) {
    const at = out.findIndex((row) => !articles.includes(row) && start(row) > start(article));
    out.splice(at < 0 ? out.length : at, 0, article);
  }
  return out;
}
