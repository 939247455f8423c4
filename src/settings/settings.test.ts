import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  normalizeSitePattern,
  resolveSettings,
  sitePatternMatches,
  withSiteActive,
  type Settings,
} from './settings';

const settings = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('resolveSettings', () => {
  it('gives the defaults for nothing stored or garbage', () => {
    expect(resolveSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(resolveSettings({ paused: 'yes', markMode: 'some', kinds: 'person', sites: 3, cardLanguage: 'fr' })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(DEFAULT_SETTINGS.cardLanguage).toBe('page');
  });

  it('keeps stored values of the right type and drops unknown kinds and bad patterns', () => {
    const resolved = resolveSettings({
      paused: true,
      highlightStyle: 'background',
      kinds: ['person', 'planet', 'place', 'person'],
      sites: ['https://www.Spiegel.de/', 'not a site!', 'faz.net/aktuell'],
      uiLanguage: 'de',
      cardLanguage: 'en',
    });
    expect(resolved).toMatchObject({
      paused: true,
      highlightStyle: 'background',
      kinds: ['person', 'place'],
      sites: ['www.spiegel.de', 'faz.net/aktuell'],
      uiLanguage: 'de',
      cardLanguage: 'en',
    });
  });

  it('clamps the hover delay', () => {
    expect(resolveSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
    expect(resolveSettings({ hoverDelayMs: 99_999 }).hoverDelayMs).toBe(2000);
    expect(resolveSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
  });
});

describe('site patterns', () => {
  it('normalises what a reader pastes', () => {
    expect(normalizeSitePattern(' HTTPS://News.Example.com:8080/Politik/?x=1 ')).toBe('news.example.com/Politik');
    expect(normalizeSitePattern('*.example.com')).toBe('*.example.com');
    expect(normalizeSitePattern('<script>')).toBe('');
  });

  it('matches a host, its subdomains and path prefixes', () => {
    expect(sitePatternMatches('example.com', 'https://example.com/a')).toBe(true);
    expect(sitePatternMatches('example.com', 'https://www.example.com/a')).toBe(true);
    expect(sitePatternMatches('example.com', 'https://notexample.com/a')).toBe(false);
    expect(sitePatternMatches('*.example.com', 'https://a.b.example.com/')).toBe(true);
    expect(sitePatternMatches('example.com/politik', 'https://example.com/politik/x')).toBe(true);
    expect(sitePatternMatches('example.com/politik', 'https://example.com/politikum')).toBe(false);
    expect(sitePatternMatches('example.com', 'not a url')).toBe(false);
  });
});

describe('isActiveOn', () => {
  it('is off everywhere when paused', () => {
    expect(isActiveOn(settings({ paused: true }), 'https://example.com/')).toBe(false);
  });
  it('runs everywhere but the listed sites in deny mode', () => {
    const s = settings({ siteMode: 'deny', sites: ['example.com'] });
    expect(isActiveOn(s, 'https://www.example.com/')).toBe(false);
    expect(isActiveOn(s, 'https://news.org/')).toBe(true);
  });
  it('runs only on the listed sites in allow mode', () => {
    const s = settings({ siteMode: 'allow', sites: ['news.org'] });
    expect(isActiveOn(s, 'https://www.example.com/')).toBe(false);
    expect(isActiveOn(s, 'https://news.org/a')).toBe(true);
  });
});

describe('withSiteActive (the popup switch)', () => {
  const url = 'https://www.example.com/politik/artikel';
  it('adds the host to a deny list to switch a site off and removes every covering pattern to switch it on', () => {
    const off = withSiteActive(settings({}), url, false);
    expect(off.sites).toEqual(['www.example.com']);
    expect(isActiveOn(off, url)).toBe(false);
    const on = withSiteActive(settings({ sites: ['example.com', 'other.org', 'example.com/politik'] }), url, true);
    expect(on.sites).toEqual(['other.org']);
    expect(isActiveOn(on, url)).toBe(true);
  });
  it('edits an allow list the other way round', () => {
    const on = withSiteActive(settings({ siteMode: 'allow' }), url, true);
    expect(isActiveOn(on, url)).toBe(true);
    expect(isActiveOn(withSiteActive(on, url, false), url)).toBe(false);
  });
});
