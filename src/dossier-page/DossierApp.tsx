/**
 * The dossier page: search and browse every entry, read the sources with the quotes
 * marked, follow the timeline, and keep the reader's own additions. Everything it
 * shows is rendered as text by Preact: no dossier or article text becomes HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ENTRY_KINDS, type Entry, type EntryKind } from '../dossier/types';
import type { Settings } from '../settings/settings';
import { KindIcon } from '../ui/KindIcon';
import { describeError } from '../ui/errors';
import { formatIsoDate } from '../ui/format';
import { kindLabel, localized, translator } from '../ui/i18n';
import { ArticleView } from './ArticleView';
import { Badge, type ViewProps } from './common';
import { useDossierData } from './data';
import { EntryView } from './EntryView';
import { MineView } from './MineView';
import { StoriesView, StoryPage } from './StoriesView';
import { parseRoute, routeHash, type Route } from './route';
import { searchArticles } from './search';
import { TimelineView } from './TimelineView';
import { useUiLang } from '../ui/ui-lang';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function DossierApp({ initialSettings }: { initialSettings: Settings }) {
  const lang = useUiLang(initialSettings);
  const t = translator(lang);
  const route = useRoute();
  const [loaded] = useDossierData();
  const [query, setQuery] = useState(route.view === 'home' ? (route.search ?? '') : '');
  const [kind, setKind] = useState<EntryKind | ''>('');
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = t('dossierPageTitle');
  }, [t]);

  // A new view: its heading takes focus, so keyboard and screen reader users land on it.
  const routeKey = routeHash(route);
  const first = useRef(true);
  useEffect(() => {
    if (loaded.status !== 'ready') return;
    if (first.current && route.view === 'home') {
      first.current = false;
      return;
    }
    const opened = first.current;
    first.current = false;
    if (route.view === 'article' && route.quote) return; // the quote is scrolled to instead
    // The view the page was opened at (from a card or the popup) takes focus too, but without the
    // keyboard ring Chromium would draw around its heading for a reader who only clicked a link.
    const options: FocusOptions & { focusVisible?: boolean } = { preventScroll: route.view !== 'entry' };
    if (opened) options.focusVisible = false;
    main.current?.querySelector<HTMLElement>('h1')?.focus(options);
    if (route.view !== 'article') window.scrollTo(0, 0);
    // `routeKey` stands for the whole route (view, entry, article, quote).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [routeKey, loaded.status]);

  const nav = (
    <nav class="top-nav" aria-label={t('dossierNav')}>
      {(
        [
          ['home', '#', t('dossierHome')],
          ['timeline', '#timeline', t('dossierTimeline')],
          ['stories', '#stories', t('dossierStories')],
          ['mine', '#mine', t('dossierMine')],
        ] as const
      ).map(([view, href, label]) => (
        <a
          key={view}
          href={href}
          aria-current={route.view === view || (view === 'stories' && route.view === 'story') ? 'page' : undefined}
        >
          {label}
        </a>
      ))}
      <a href="/options.html">{t('openOptions')}</a>
    </nav>
  );

  return (
    <div class="dossier-page">
      <header class="page-head">
        <p class="brand">
          <a href="#">{t('dossierPageTitle')}</a>
        </p>
        {nav}
      </header>
      {loaded.status === 'loading' && (
        <p class="loading" role="status">
          {t('dossierLoading')}
        </p>
      )}
      {loaded.status === 'error' && (
        <p class="status error" role="alert">
          {describeError(loaded.error, lang)}
        </p>
      )}
      {loaded.status === 'ready' && (
        <div class="layout">
          <Sidebar
            data={loaded.data}
            lang={lang}
            t={t}
            query={query}
            setQuery={setQuery}
            kind={kind}
            setKind={setKind}
            route={route}
          />
          <main ref={main} id="main">
            <View route={route} data={loaded.data} lang={lang} t={t} />
          </main>
        </div>
      )}
    </div>
  );
}

function View({ route, ...props }: ViewProps & { route: Route }) {
  switch (route.view) {
    case 'entry':
      return <EntryView key={route.entry} {...props} id={route.entry} />;
    case 'article':
      return <ArticleView {...props} id={route.article} quote={route.quote} entry={route.entry} />;
    case 'timeline':
      return <TimelineView {...props} />;
    case 'mine':
      return <MineView {...props} />;
    case 'stories':
      return <StoriesView {...props} />;
    case 'story':
      return <StoryPage key={route.story} {...props} id={route.story} />;
    case 'home':
      return <HomeView {...props} />;
  }
}

function Sidebar(
  props: ViewProps & {
    query: string;
    setQuery: (q: string) => void;
    kind: EntryKind | '';
    setKind: (k: EntryKind | '') => void;
    route: Route;
  },
) {
  const { data, lang, t, query, kind } = props;
  const hits = useMemo(() => data.search.search(query, kind || undefined), [data, query, kind]);
  const current = props.route.view === 'entry' ? props.route.entry : undefined;
  return (
    <aside class="sidebar" aria-label={t('dossierEntries')}>
      <form role="search" class="search" onSubmit={(event) => event.preventDefault()}>
        <label for="search">{t('dossierSearch')}</label>
        <input
          id="search"
          type="search"
          name="search"
          autoComplete="off"
          placeholder={t('dossierSearchPlaceholder')}
          value={query}
          onInput={(event) => props.setQuery(event.currentTarget.value)}
        />
        <label for="kind">{t('dossierKindFilter')}</label>
        <select
          id="kind"
          name="kind"
          value={kind}
          onChange={(event) => props.setKind(event.currentTarget.value as EntryKind | '')}
        >
          <option value="">{t('dossierAllKinds')}</option>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(t, k)}
            </option>
          ))}
        </select>
      </form>
      <p class="count" role="status">
        {hits.length === 0 && query.trim()
          ? t('dossierNoHits', { query: query.trim() })
          : t.plural('dossierResultCount', hits.length)}
      </p>
      {hits.length === 0 && query.trim() ? (
        <ArticleSearch key={query} data={data} lang={lang} t={t} text={query.trim()} />
      ) : query.trim() ? (
        // Searching: one list, best match first.
        <ResultList entries={hits.map((hit) => hit.entry)} current={current} data={data} lang={lang} t={t} />
      ) : (
        // Browsing: the entries by kind, each kind under its heading.
        ENTRY_KINDS.filter((k) => hits.some((hit) => hit.entry.kind === k)).map((k) => (
          <section key={k} class="kind-group" aria-labelledby={`kind-${k}`}>
            <h2 class="kind-heading" id={`kind-${k}`}>
              {kindLabel(t, k)}
            </h2>
            <ResultList
              entries={hits.filter((hit) => hit.entry.kind === k).map((hit) => hit.entry)}
              current={current}
              data={data}
              lang={lang}
              t={t}
            />
          </section>
        ))
      )}
    </aside>
  );
}

function ResultList({
  entries,
  current,
  data,
  lang,
  t,
}: ViewProps & { entries: Entry[]; current: string | undefined }) {
  return (
    <ul class="results">
      {entries.map((entry) => (
        <li key={entry.id} data-entry={entry.id} class={data.hidden.has(entry.id) ? 'hidden-entry' : undefined}>
          <a
            href={routeHash({ view: 'entry', entry: entry.id })}
            aria-current={entry.id === current ? 'page' : undefined}
          >
            <span class={`kind-dot kind-${entry.kind}`}>
              <KindIcon kind={entry.kind} />
            </span>
            <span class="result-name">{localized(entry.name, lang)}</span>
            <span class="visually-hidden">, {kindLabel(t, entry.kind)}</span>
            {data.own.has(entry.id) && <Badge>{t('dossierOwnShort')}</Badge>}
            {data.hidden.has(entry.id) && <Badge>{t('dossierHiddenBadge')}</Badge>}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** No entry matched: the articles' full text, on request, with each hit in its context. */
function ArticleSearch({ text: query, data, t }: ViewProps & { text: string }) {
  const [asked, setAsked] = useState(false);
  const hits = useMemo(() => (asked ? searchArticles(data.dossier.articles, query) : []), [asked, data, query]);
  if (!asked) {
    return (
      <button type="button" class="secondary article-search" onClick={() => setAsked(true)}>
        {t('dossierSearchArticles')}
      </button>
    );
  }
  return (
    <div class="article-hits">
      <p class="count" role="status">
        {hits.length === 0 ? t('dossierNoArticleHits', { query }) : t.plural('dossierArticleHits', hits.length)}
      </p>
      <ul class="plain-list">
        {hits.map((hit, i) => {
          const article = data.articleById.get(hit.article);
          return (
            <li key={i}>
              <a href={routeHash({ view: 'article', article: hit.article, quote: hit.match })} lang={article?.language}>
                {article?.title ?? hit.article}
              </a>
              <p class="snippet" lang={article?.language}>
                {hit.before}
                <mark>{hit.match}</mark>
                {hit.after}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function HomeView({ data, lang, t }: ViewProps) {
  const meta = data.state.meta;
  return (
    <article class="view">
      <h1 tabIndex={-1}>{t('dossierHomeTitle')}</h1>
      <p>
        {t('dossierStats', {
          entries: t.plural('statEntries', data.entries.length),
          articles: t.plural('statArticles', data.dossier.articles.length),
          events: t.plural('statEvents', data.dossier.timeline.length),
        })}
      </p>
      {meta?.source === 'imported' && <p class="notice">{t('dossierImportedBase')}</p>}
      <p class="hint">{t('dossierHomeHint')}</p>
      <h2>{t('dossierSources')}</h2>
      <ul class="plain-list sources-list">
        {data.dossier.articles.map((a) => (
          <li key={a.id}>
            <a href={routeHash({ view: 'article', article: a.id })} lang={a.language}>
              {a.title}
            </a>
            <span class="muted">
              {' '}
              {a.outlet ?? ''} {a.date ? formatIsoDate(a.date, lang) : ''}
            </span>
            {a.addedByReader && <Badge>{t('dossierYourArticle')}</Badge>}
          </li>
        ))}
      </ul>
    </article>
  );
}
