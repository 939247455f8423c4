/**
 * Reader settings: one object in `storage.sync` (follows the reader across
 * browsers where the browser syncs), read through `resolveSettings` so an older
 * stored object always gains the defaults of fields added since, and a field of
 * the wrong type never reaches the extension.
 */
import { ENTRY_KINDS, type EntryKind } from '../dossier/types';
import type { MarkWhere } from '../relevance/page-relevance';
import { isRecord } from '../guards';

export type HighlightStyle = 'underline' | 'background' | 'none';
export type MarkMode = 'all' | 'first';
export type UiLanguage = 'auto' | 'de' | 'en';
/** The card's language: the page's own (default), or always German or English. */
export type CardLanguage = 'page' | 'de' | 'en';
/** `deny`: Kontext runs everywhere except the listed sites; `allow`: only on them. */
export type SiteMode = 'deny' | 'allow';

export interface Settings {
  /** Global pause: when true Kontext marks nothing on any page. */
  paused: boolean;
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Mark every mention, or only the first mention of each entry. */
  markMode: MarkMode;
  /** Kinds that are marked; the others stay unmarked. */
  kinds: EntryKind[];
  siteMode: SiteMode;
  /** Site patterns: `example.com` (and its subdomains), `*.example.com`, `example.com/path`. */
  sites: string[];
  uiLanguage: UiLanguage;
  cardLanguage: CardLanguage;
  /** Mark only on pages about a story (background entries stay unmarked elsewhere), or everywhere. */
  markWhere: MarkWhere;
  /** Mark in navigation, page headers, footers and link lists too. */
  markBoilerplate: boolean;
}

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  hoverDelayMs: 300,
  highlightStyle: 'underline',
  markMode: 'all',
  kinds: [...ENTRY_KINDS],
  siteMode: 'deny',
  sites: [],
  uiLanguage: 'auto',
  cardLanguage: 'page',
  markWhere: 'story-pages',
  markBoilerplate: false,
});

const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && values.some((allowed) => allowed === value);

const isHighlightStyle = oneOf<HighlightStyle>('underline', 'background', 'none');
const isMarkMode = oneOf<MarkMode>('all', 'first');
const isUiLanguage = oneOf<UiLanguage>('auto', 'de', 'en');
const isCardLanguage = oneOf<CardLanguage>('page', 'de', 'en');
const isSiteMode = oneOf<SiteMode>('deny', 'allow');
const isMarkWhere = oneOf<MarkWhere>('story-pages', 'everywhere');
const isKind = oneOf<EntryKind>(...ENTRY_KINDS);

export function resolveSettings(stored: unknown): Settings {
  const value = isRecord(stored) ? stored : {};
  const delay = value.hoverDelayMs;
  return {
    paused: typeof value.paused === 'boolean' ? value.paused : DEFAULT_SETTINGS.paused,
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.min(HOVER_DELAY_RANGE.max, Math.max(HOVER_DELAY_RANGE.min, Math.round(delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    highlightStyle: isHighlightStyle(value.highlightStyle) ? value.highlightStyle : DEFAULT_SETTINGS.highlightStyle,
    markMode: isMarkMode(value.markMode) ? value.markMode : DEFAULT_SETTINGS.markMode,
    kinds: Array.isArray(value.kinds) ? [...new Set(value.kinds.filter(isKind))] : [...DEFAULT_SETTINGS.kinds],
    siteMode: isSiteMode(value.siteMode) ? value.siteMode : DEFAULT_SETTINGS.siteMode,
    sites: Array.isArray(value.sites)
      ? [
          ...new Set(
            value.sites
              .filter((s): s is string => typeof s === 'string')
              .map(normalizeSitePattern)
              .filter(Boolean),
          ),
        ]
      : [],
    uiLanguage: isUiLanguage(value.uiLanguage) ? value.uiLanguage : DEFAULT_SETTINGS.uiLanguage,
    cardLanguage: isCardLanguage(value.cardLanguage) ? value.cardLanguage : DEFAULT_SETTINGS.cardLanguage,
    markWhere: isMarkWhere(value.markWhere) ? value.markWhere : DEFAULT_SETTINGS.markWhere,
    markBoilerplate:
      typeof value.markBoilerplate === 'boolean' ? value.markBoilerplate : DEFAULT_SETTINGS.markBoilerplate,
  };
}

/** `https://WWW.Example.com/Politik/` → `www.example.com/Politik`: what a reader types, made comparable. */
export function normalizeSitePattern(pattern: string): string {
  let text = pattern.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = text.indexOf('/');
  const host = (slash < 0 ? text : text.slice(0, slash)).toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  const path =
    slash < 0
      ? ''
      : text
          .slice(slash)
          .replace(/[?#].*$/, '')
          .replace(/\/+$/, '');
  text = host + path;
  return /^(\*\.)?[a-z0-9.-]+(\/.*)?$/.test(text) ? text : '';
}

/** Does a site pattern cover this page URL? A bare host covers its subdomains too. */
export function sitePatternMatches(pattern: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const normalized = normalizeSitePattern(pattern);
  if (!normalized) return false;
  const slash = normalized.indexOf('/');
  const hostPattern = (slash < 0 ? normalized : normalized.slice(0, slash)).replace(/^\*\./, '');
  const pathPattern = slash < 0 ? '' : normalized.slice(slash);
  const host = parsed.hostname.toLowerCase();
  const hostMatches = host === hostPattern || host.endsWith(`.${hostPattern}`);
  if (!hostMatches) return false;
  if (!pathPattern) return true;
  return parsed.pathname === pathPattern || parsed.pathname.startsWith(`${pathPattern}/`);
}

/** Whether Kontext marks this page, given the pause and the site list. */
export function isActiveOn(settings: Settings, url: string): boolean {
  if (settings.paused) return false;
  const listed = settings.sites.some((pattern) => sitePatternMatches(pattern, url));
  return settings.siteMode === 'deny' ? !listed : listed;
}

/** The pattern the popup's "this site" switch adds or removes: the page's host. */
export function sitePatternFor(url: string): string {
  try {
    return normalizeSitePattern(new URL(url).hostname);
  } catch {
    return '';
  }
}

/**
 * The site list after the reader flips the popup switch for `url`: the same list the
 * options page edits. Turning a site on in deny mode removes every pattern covering it.
 */
export function withSiteActive(settings: Settings, url: string, active: boolean): Settings {
  const pattern = sitePatternFor(url);
  if (!pattern) return settings;
  const covering = (p: string) => sitePatternMatches(p, url);
  const wantListed = settings.siteMode === 'deny' ? !active : active;
  const sites = wantListed
    ? settings.sites.some(covering)
      ? settings.sites
      : [...settings.sites, pattern]
    : settings.sites.filter((p) => !covering(p));
  return { ...settings, sites };
}
