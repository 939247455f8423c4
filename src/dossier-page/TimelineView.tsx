/** The whole timeline: the dossier's dated events, and the reader's dated articles among them. */
import { eventText, formatIsoDate } from '../ui/format';
import { Badge, EntryLink, eventDate, SourceChips, type ViewProps } from './common';
import { routeHash } from './route';
import { mergeByDate } from '../dossier/build/merge-by-date';

interface Row {
  date: string;
  key: string;
  node: preact.ComponentChildren;
  time: string;
  own?: boolean;
}

export function TimelineView(props: ViewProps) {
  const { data, lang, t } = props;
  const rows: Row[] = data.dossier.timeline.map((ev, i) => ({
    date: ev.date,
    key: `e${i}`,
    time: eventDate(ev, lang, t),
    node: (
      <>
        <p>
          {ev.fromReader && <Badge>{t('dossierYourArticle')}</Badge>} {eventText(ev, lang)}{' '}
          <SourceChips sources={ev.sources} {...props} />
        </p>
        <ul class="inline-list small">
          {ev.entries.map((id) => (
            <li key={id}>
              <EntryLink id={id} data={data} lang={lang} />
            </li>
          ))}
        </ul>
      </>
    ),
  }));
  for (const article of data.dossier.articles) {
    if (!article.addedByReader || !article.date) continue;
    const mentioned = data.entries.filter((e) => (e.mentions[article.id] ?? 0) > 0).slice(0, 8);
    rows.push({
      date: article.date,
      key: article.id,
      own: true,
      time: formatIsoDate(article.date, lang),
      node: (
        <>
          <p>
            <Badge>{t('dossierYourArticle')}</Badge>{' '}
            <a href={routeHash({ view: 'article', article: article.id })}>{article.title}</a>
            {article.outlet ? ` (${article.outlet})` : ''}
          </p>
          {mentioned.length > 0 && (
            <ul class="inline-list small">
              {mentioned.map((e) => (
                <li key={e.id}>
                  <EntryLink id={e.id} data={data} lang={lang} />
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    });
  }
  const ordered = mergeByDate(
    rows.filter((r) => !r.own),
    rows.filter((r) => r.own),
  ).map((row) => ({ row }));

  return (
    <article class="view">
      <h1 tabIndex={-1}>{t('dossierTimeline')}</h1>
      <p class="muted">{t.plural('dossierTimelineHint', data.dossier.timeline.length)}</p>
      <ol class="timeline full">
        {ordered.map(({ row }) => (
          <li key={row.key} class={row.own ? 'from-reader' : undefined}>
            <time dateTime={row.date}>{row.time}</time>
            <div>{row.node}</div>
          </li>
        ))}
      </ol>
    </article>
  );
}
