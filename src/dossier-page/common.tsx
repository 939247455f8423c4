/** Small pieces the dossier page's views share: entry links, source chips, dates. */
import type { Article, Lang, SourceRef, TimelineEvent } from '../dossier/types';
import { KindIcon } from '../content/card/KindIcon';
import { formatIsoDate, shorten } from '../ui/format';
import { localized, type Translate } from '../ui/i18n';
import type { DossierData } from './data';
import { routeHash } from './route';

export interface ViewProps {
  data: DossierData;
  lang: Lang;
  t: Translate;
}

export function EntryLink({ id, data, lang }: { id: string } & Omit<ViewProps, 't'>) {
  const entry = data.entryById.get(id);
  if (!entry) return <span>{id}</span>;
  return (
    <a class={`entry-link kind-${entry.kind}`} href={routeHash({ view: 'entry', entry: id })}>
      <KindIcon kind={entry.kind} />
      {localized(entry.name, lang)}
    </a>
  );
}

export function articleLabel(article: Article | undefined, lang: Lang, max = 30): string {
  if (!article) return '?';
  const who = article.outlet ?? shorten(article.title, max);
  return article.date ? `${who} · ${formatIsoDate(article.date, lang)}` : who;
}

/** One chip per source: a link to the article with the quote marked. */
export function SourceChips({ sources, data, lang, t, entry }: ViewProps & { sources: readonly SourceRef[]; entry?: string }) {
  if (sources.length === 0) return null;
  const seen = new Map<string, number>();
  return (
    <span class="chips">
      {sources.map((source, i) => {
        const article = data.articleById.get(source.article);
        // A second quote from the same article gets a number, so the chips are told apart.
        const nth = (seen.get(source.article) ?? 0) + 1;
        seen.set(source.article, nth);
        const label = nth > 1 ? `${articleLabel(article, lang)} (${nth})` : articleLabel(article, lang);
        return (
          <a
            key={i}
            class="chip"
            href={routeHash({ view: 'article', article: source.article, quote: source.quote, ...(entry ? { entry } : {}) })}
            title={`„${shorten(source.quote, 160)}“`}
            aria-label={t('dossierSourceChip', { source: label })}
          >
            {label}
          </a>
        );
      })}
    </span>
  );
}

/** A timeline date as precise as it is: day, month, season or year. */
export function eventDate(event: Pick<TimelineEvent, 'date' | 'precision' | 'season'>, lang: Lang, t: Translate): string {
  if (event.precision === 'season' && event.season) {
    return `${t(`season_${event.season}`)} ${event.date.slice(0, 4)}`;
  }
  return formatIsoDate(event.date, lang);
}

export function Badge({ children }: { children: preact.ComponentChildren }) {
  return <span class="badge">{children}</span>;
}
