/** Small pieces the dossier page's views share: entry links, source chips, dates. */
import type { Lang, SourceRef, TimelineEvent } from '../dossier/types';
import { KindIcon } from '../ui/KindIcon';
import { formatIsoDate, shorten, sourceLabel } from '../ui/format';
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

/**
 * One chip per article cited: a link to the article with the first quote marked. Several
 * quotes from one article are one source, not "… (2)": the chip's title lists them all.
 */
export function SourceChips({
  sources,
  data,
  lang,
  t,
  entry,
}: ViewProps & { sources: readonly SourceRef[]; entry?: string }) {
  if (sources.length === 0) return null;
  const byArticle = new Map<string, SourceRef[]>();
  for (const source of sources) byArticle.set(source.article, [...(byArticle.get(source.article) ?? []), source]);
  return (
    <span class="chips">
      {[...byArticle].map(([id, quotes]) => {
        const article = data.articleById.get(id);
        const label = sourceLabel(article, lang);
        return (
          <a
            key={id}
            class="chip"
            href={routeHash({ view: 'article', article: id, quote: quotes[0]!.quote, ...(entry ? { entry } : {}) })}
            title={[article?.title ?? id, ...quotes.map((q) => `„${shorten(q.quote, 160)}“`)].join('\n')}
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
export function eventDate(
  event: Pick<TimelineEvent, 'date' | 'precision' | 'season'>,
  lang: Lang,
  t: Translate,
): string {
  if (event.precision === 'season' && event.season) {
    return `${t(`season_${event.season}`)} ${event.date.slice(0, 4)}`;
  }
  return formatIsoDate(event.date, lang);
}

export function Badge({ children }: { children: preact.ComponentChildren }) {
  return <span class="badge">{children}</span>;
}
