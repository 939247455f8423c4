/**
 * The popup's briefing: a few sentences on the page's most relevant entries, taken
 * word for word from the dossier — each entry's first summary sentence and the
 * timeline events that involve them — each with the articles it rests on. Nothing
 * is written here: a sentence without a known source is left out.
 */
import type { Entry, Lang, SourceRef, TimelineEvent } from '../dossier/types';
import type { ArticleLabel } from '../messaging/protocol';
import { eventText } from '../ui/format';

export interface BriefingSource {
  article: string;
  label: ArticleLabel;
  /** The article's exact words the sentence rests on. */
  quote: string;
}

export interface BriefingSentence {
  /** A summary sentence of `entry`, or a timeline event (with its date). */
  kind: 'summary' | 'event';
  text: string;
  /** The entry whose summary this is; for an event, the found entries it involves. */
  entries: string[];
  date?: string;
  /** For an event: its place in the dossier's timeline, which is in the order the texts give. */
  order?: number;
  sources: BriefingSource[];
}

export interface BriefingInput {
  /** Entry ids found on the page, most relevant first. */
  ranked: readonly string[];
  entries: ReadonlyMap<string, Entry>;
  timeline: readonly TimelineEvent[];
  articles: Readonly<Record<string, ArticleLabel>>;
  lang: Lang;
}

export interface BriefingOptions {
  /** How many top entries the briefing is about. */
  topEntries?: number;
  min?: number;
  max?: number;
  maxEvents?: number;
  /** Beyond `min` sentences, a sentence is only added while the text stays this short (the popup has no room to scroll). */
  maxChars?: number;
}

const DEFAULTS: Required<BriefingOptions> = { topEntries: 3, min: 3, max: 5, maxEvents: 2, maxChars: 420 };

/** Known articles only, one per article, in the order the dossier cites them. */
function groundedSources(
  refs: readonly SourceRef[],
  articles: Readonly<Record<string, ArticleLabel>>,
): BriefingSource[] {
  const seen = new Set<string>();
  const out: BriefingSource[] = [];
  for (const ref of refs) {
    const label = articles[ref.article];
    if (!label || seen.has(ref.article)) continue;
    seen.add(ref.article);
    out.push({ article: ref.article, label, quote: ref.quote });
  }
  return out;
}

function pick(text: { de: string; en?: string }, lang: Lang): string {
  return (lang === 'en' ? text.en : text.de)?.trim() || text.de.trim() || text.en?.trim() || '';
}

/** The entry's first summary sentence that has text and a known source. */
function summarySentence(entry: Entry, input: BriefingInput): BriefingSentence | null {
  for (const sentence of entry.summarySentences) {
    const text = pick(sentence, input.lang);
    const sources = groundedSources(sentence.sources, input.articles);
    if (text && sources.length > 0) return { kind: 'summary', text, entries: [entry.id], sources };
  }
  return null;
}

/**
 * In order of priority: the first two entries' summaries, the event that involves the
 * top entries most, the third entry's summary, the next event; then, only to reach
 * `min`, summaries of entries further down. Shown as summaries in rank order, then
 * events by date.
 */
export function composeBriefing(input: BriefingInput, options: BriefingOptions = {}): BriefingSentence[] {
  const { topEntries, min, max, maxEvents, maxChars } = { ...DEFAULTS, ...options };
  const ranked = input.ranked.filter((id) => input.entries.has(id));
  const rankOf = new Map(ranked.map((id, i) => [id, i]));
  const top = new Set(ranked.slice(0, topEntries));

  const summaries = ranked
    .map((id) => summarySentence(input.entries.get(id)!, input))
    .filter((s): s is BriefingSentence => s !== null);
  const topSummaries = summaries.filter((s) => top.has(s.entries[0]!));
  const restSummaries = summaries.filter((s) => !top.has(s.entries[0]!));

  // Events that involve the top entries: more of them first, then higher-ranked ones, then dossier order.
  const events = input.timeline
    .map((event, order) => {
      const involved = event.entries.filter((id) => rankOf.has(id)).sort((a, b) => rankOf.get(a)! - rankOf.get(b)!);
      const topInvolved = involved.filter((id) => top.has(id));
      const weight = topInvolved.reduce((sum, id) => sum + (topEntries - rankOf.get(id)!), 0);
      return { event, order, involved, topCount: topInvolved.length, weight };
    })
    .filter((c) => c.topCount > 0)
    .sort(
      (a, b) =>
        b.topCount - a.topCount || b.weight - a.weight || b.involved.length - a.involved.length || a.order - b.order,
    )
    .map(({ event, order, involved }): BriefingSentence | null => {
      const text = pick(event.text, input.lang) && eventText(event, input.lang);
      const sources = groundedSources(event.sources, input.articles);
      return text && sources.length > 0
        ? { kind: 'event', text, entries: involved, date: event.date, order, sources }
        : null;
    })
    .filter((s): s is BriefingSentence => s !== null)
    .slice(0, maxEvents);

  const priority = [...topSummaries.slice(0, 2), ...events.slice(0, 1), ...topSummaries.slice(2), ...events.slice(1)];
  const chosen: BriefingSentence[] = [];
  const texts = new Set<string>();
  let chars = 0;
  const offer = (sentence: BriefingSentence, onlyToMin: boolean): void => {
    if (chosen.length >= max || texts.has(sentence.text)) return;
    const fits = chars + sentence.text.length <= maxChars;
    if (chosen.length >= min && (onlyToMin || !fits)) return;
    texts.add(sentence.text);
    chars += sentence.text.length;
    chosen.push(sentence);
  };
  for (const sentence of priority) offer(sentence, false);
  for (const sentence of restSummaries) offer(sentence, true);

  const rank = (s: BriefingSentence) => rankOf.get(s.entries[0]!) ?? 0;
  const shownSummaries = chosen.filter((s) => s.kind === 'summary').sort((a, b) => rank(a) - rank(b));
  // The timeline's own order: a date string alone would put "2024" before "2024-06" it follows.
  const shownEvents = chosen.filter((s) => s.kind === 'event').sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  return [...shownSummaries, ...shownEvents];
}
