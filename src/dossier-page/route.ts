/**
 * The dossier page's deep links, in the URL hash so the card, the popup and the
 * reader's bookmarks can point anywhere: `#entry=kursk`, `#article=ID&quote=…`,
 * `#timeline`, `#mine` (the reader's own additions), `#stories` (the reader's stories),
 * `#story=ID` (one story: its articles, entries and timeline), `#search=…`.
 */
export type Route =
  | { view: 'home'; search?: string }
  | { view: 'entry'; entry: string }
  | { view: 'article'; article: string; quote?: string; entry?: string }
  | { view: 'timeline' }
  | { view: 'mine' }
  | { view: 'stories' }
  | { view: 'story'; story: string };

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '');
  if (text === 'timeline') return { view: 'timeline' };
  if (text === 'mine') return { view: 'mine' };
  if (text === 'stories') return { view: 'stories' };
  const params = new URLSearchParams(text);
  const story = params.get('story') ?? undefined;
  if (story) return { view: 'story', story };
  const entry = params.get('entry') ?? undefined;
  const article = params.get('article') ?? undefined;
  if (article) {
    const quote = params.get('quote') ?? undefined;
    return { view: 'article', article, ...(quote ? { quote } : {}), ...(entry ? { entry } : {}) };
  }
  if (entry) return { view: 'entry', entry };
  const search = params.get('search') ?? undefined;
  return search ? { view: 'home', search } : { view: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'home':
      return route.search ? `#${new URLSearchParams({ search: route.search })}` : '#';
    case 'entry':
      return `#${new URLSearchParams({ entry: route.entry })}`;
    case 'article': {
      const params = new URLSearchParams({ article: route.article });
      if (route.quote) params.set('quote', route.quote);
      if (route.entry) params.set('entry', route.entry);
      return `#${params}`;
    }
    case 'timeline':
      return '#timeline';
    case 'mine':
      return '#mine';
    case 'stories':
      return '#stories';
    case 'story':
      return `#${new URLSearchParams({ story: route.story })}`;
  }
}
