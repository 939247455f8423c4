/**
 * Where on a page a text block stands, for the page decision and for which marks are
 * shown: the headline, the article's prose, asides (sidebars, teasers, related links,
 * comments) and boilerplate (navigation, page header, footer, link lists).
 *
 * Pure: it sees elements as plain facts (tag, role, id, class), so the rules are tested
 * without a DOM. The content script describes the ancestors of a block with them.
 * Like Readability's candidate rules, an id/class word only counts on an element that
 * does not also say it holds the content ("article", "content", "main", …), so a wrapper
 * such as `<div class="content has-sidebar">` does not sideline the whole page.
 */

export type Region = 'headline' | 'body' | 'aside' | 'boilerplate';

export interface ElementFacts {
  /** Upper-case tag name. */
  tag: string;
  role?: string | null;
  id?: string;
  className?: string;
  /** `itemprop`, for schema.org article markup. */
  itemprop?: string | null;
  /**
   * The element holds the page's main content (an `h1`, `main` or `role=main` inside it): a
   * page wrapper such as `<div class="layout-with-sidebar">` says nothing about its text.
   */
  holdsMain?: boolean;
}

const BOILERPLATE_TAGS = new Set(['NAV', 'FOOTER', 'MENU']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menu', 'menubar', 'search', 'toolbar']);
const ASIDE_TAGS = new Set(['ASIDE']);
const ASIDE_ROLES = new Set(['complementary']);
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);
const CONTENT_ROLES = new Set(['main', 'article']);

/** id/class words of navigation and page chrome. */
const BOILERPLATE_WORDS = new Set([
  'nav',
  'navbar',
  'navi',
  'navigation',
  'menu',
  'menue',
  'footer',
  'breadcrumb',
  'breadcrumbs',
  'masthead',
  'topbar',
  'skiplinks',
  'skiplink',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'share',
  'sharing',
  'social',
  'socials',
  'pagination',
  'pager',
  'copyright',
  'imprint',
  'impressum',
  'sitemap',
  'toolbar',
  'login',
  'subscribe',
  'abo',
  'banner',
  'header',
  'topnav',
  'subnav',
  'megamenu',
]);
/** id/class words of what stands beside the article: sidebars, teasers, related links, comments. */
const ASIDE_WORDS = new Set([
  'sidebar',
  'aside',
  'related',
  'teaser',
  'teasers',
  'recommended',
  'recommendation',
  'recommendations',
  'empfehlung',
  'empfehlungen',
  'promo',
  'promotion',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'anzeige',
  'sponsored',
  'sponsor',
  'widget',
  'widgets',
  'ticker',
  'comment',
  'comments',
  'kommentar',
  'kommentare',
  'disqus',
  'trending',
  'popular',
  'mostread',
  'mostpopular',
  'outbrain',
  'taboola',
  'readmore',
  'moreheadlines',
  'morestories',
  'rail',
  'rightrail',
  'sidebox',
  'infobox',
  'teaserlist',
]);
/** Words that say an element holds the content: its other words do not sideline it. */
const CONTENT_WORDS = new Set(['article', 'artikel', 'content', 'main', 'story', 'body', 'articlebody', 'storybody']);

/** `site-header__nav navPrimary` → site, header, nav, nav, primary. */
export function classWords(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function wordsOf(element: ElementFacts): string[] {
  return [...classWords(element.id), ...classWords(element.className)];
}

function claimsContent(element: ElementFacts, words: readonly string[]): boolean {
  return words.some((w) => CONTENT_WORDS.has(w)) || /articleBody|text/i.test(element.itemprop ?? '');
}

export function isContentElement(element: ElementFacts): boolean {
  return (
    CONTENT_TAGS.has(element.tag) ||
    CONTENT_ROLES.has(element.role ?? '') ||
    /articleBody/i.test(element.itemprop ?? '')
  );
}

/** What one element says about the text inside it, or null when it says nothing. */
export function elementRegion(element: ElementFacts, insideContent: boolean): Sideline | null {
  if (element.tag === 'BODY' || element.tag === 'HTML' || element.holdsMain) return null;
  if (BOILERPLATE_TAGS.has(element.tag) || BOILERPLATE_ROLES.has(element.role ?? '')) {
    // An article's own footer is boilerplate too; `role=banner` only outside the article.
    return element.role === 'banner' && insideContent ? null : 'boilerplate';
  }
  // The page header is chrome; an article's header holds its headline and lead.
  if (element.tag === 'HEADER') return insideContent ? null : 'boilerplate';
  if (ASIDE_TAGS.has(element.tag) || ASIDE_ROLES.has(element.role ?? '')) return 'aside';
  const words = wordsOf(element);
  if (claimsContent(element, words)) return null;
  if (words.some((w) => BOILERPLATE_WORDS.has(w)))
    return words.includes('header') && insideContent ? null : 'boilerplate';
  if (words.some((w) => ASIDE_WORDS.has(w))) return 'aside';
  return null;
}

/** Regions that take text out of the article: boilerplate outranks aside. */
export type Sideline = 'aside' | 'boilerplate';

/** What an element and its ancestors say, known for the parent and extended by one element. */
export interface RegionContext {
  /** Inside an `article`, `main`, `role=main|article` or `itemprop=articleBody`. */
  insideContent: boolean;
  sideline: Sideline | null;
}

export const ROOT_CONTEXT: RegionContext = { insideContent: false, sideline: null };

/** The context of `element` given its parent's: memoised per element by the caller. */
export function extendContext(parent: RegionContext, element: ElementFacts): RegionContext {
  const insideContent = parent.insideContent || isContentElement(element);
  const own = elementRegion(element, insideContent);
  const sideline =
    parent.sideline === 'boilerplate' || own === 'boilerplate' ? 'boilerplate' : (parent.sideline ?? own);
  return insideContent === parent.insideContent && sideline === parent.sideline ? parent : { insideContent, sideline };
}

/** A block's region from its element's context: a sidelined block, else its headline or prose. */
export function blockRegion(context: RegionContext, element: ElementFacts): Region {
  if (context.sideline) return context.sideline;
  return element.tag === 'H1' || /headline/i.test(element.itemprop ?? '') ? 'headline' : 'body';
}

/**
 * The region of a block from its own element and its ancestors, the block element first
 * (index 0) up to the outermost element. Any boilerplate ancestor makes it boilerplate,
 * else any aside ancestor an aside; a headline is an `h1` (or `itemprop=headline`) that
 * nothing sidelines.
 */
export function regionOf(chain: readonly ElementFacts[]): Region {
  let context = ROOT_CONTEXT;
  for (let i = chain.length - 1; i >= 0; i--) context = extendContext(context, chain[i]!);
  return chain[0] ? blockRegion(context, chain[0]) : 'body';
}

/**
 * Text that is mostly links (a list of links, a teaser headline) is navigation, whatever
 * element holds it; a paragraph with a link in it is prose.
 */
export const LINK_LIST_DENSITY = 0.6;
/** Longer link-only text than this is still prose (a paragraph that is one long link). */
const LINK_LIST_MAX_CHARS = 300;

export function isLinkText(linkedChars: number, totalChars: number): boolean {
  return totalChars > 0 && totalChars <= LINK_LIST_MAX_CHARS && linkedChars / totalChars >= LINK_LIST_DENSITY;
}
