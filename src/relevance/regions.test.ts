import { describe, expect, it } from 'vitest';
import { classWords, isLinkText, regionOf, type ElementFacts } from './regions';

const el = (tag: string, extra: Partial<ElementFacts> = {}): ElementFacts => ({ tag, ...extra });
/** A chain from the block element (first) out to <body>. */
const chain = (...elements: ElementFacts[]): ElementFacts[] => [...elements, el('BODY')];

describe('page regions', () => {
  it('reads the words of ids and classes, camelCase and kebab-case alike', () => {
    expect(classWords('site-header__nav navPrimary')).toEqual(['site', 'header', 'nav', 'nav', 'primary']);
  });

  it('puts navigation, footers and the page header in boilerplate', () => {
    expect(regionOf(chain(el('LI'), el('UL'), el('NAV')))).toBe('boilerplate');
    expect(regionOf(chain(el('P'), el('FOOTER')))).toBe('boilerplate');
    expect(regionOf(chain(el('P'), el('DIV', { role: 'contentinfo' })))).toBe('boilerplate');
    expect(regionOf(chain(el('SPAN'), el('HEADER')))).toBe('boilerplate');
    expect(regionOf(chain(el('P'), el('DIV', { className: 'breadcrumbs' })))).toBe('boilerplate');
  });

  it("keeps an article's own header (headline and lead) as content", () => {
    expect(regionOf(chain(el('H1'), el('HEADER'), el('ARTICLE')))).toBe('headline');
    expect(regionOf(chain(el('P'), el('HEADER', { className: 'article-header' }), el('ARTICLE')))).toBe('body');
  });

  it('puts sidebars, teasers, related links and comments aside', () => {
    expect(regionOf(chain(el('P'), el('ASIDE')))).toBe('aside');
    expect(regionOf(chain(el('P'), el('DIV', { className: 'related-articles' })))).toBe('aside');
    expect(regionOf(chain(el('P'), el('SECTION', { id: 'comments' })))).toBe('aside');
  });

  it('lets boilerplate outrank an aside, whichever is nearer', () => {
    expect(regionOf(chain(el('P'), el('ASIDE'), el('NAV')))).toBe('boilerplate');
    expect(regionOf(chain(el('P'), el('NAV'), el('ASIDE')))).toBe('boilerplate');
  });

  it('ignores the words of wrappers that hold the content or the main headline', () => {
    // A layout wrapper whose class mentions the sidebar must not sideline the article inside it.
    expect(
      regionOf(chain(el('P'), el('ARTICLE'), el('DIV', { className: 'layout-with-sidebar', holdsMain: true }))),
    ).toBe('body');
    expect(regionOf(chain(el('P'), el('DIV', { className: 'content nav-open' })))).toBe('body');
    expect(regionOf(chain(el('P'), el('DIV', { className: 'has-sidebar' })))).toBe('aside');
    // <body> classes say nothing about the text.
    expect(regionOf([el('P'), el('BODY', { className: 'nav-collapsed sidebar' })])).toBe('body');
  });

  it('finds the headline in an h1 or schema.org markup, not in a sidelined one', () => {
    expect(regionOf(chain(el('H1'), el('MAIN')))).toBe('headline');
    expect(regionOf(chain(el('DIV', { itemprop: 'headline' })))).toBe('headline');
    expect(regionOf(chain(el('H1'), el('ASIDE')))).toBe('aside');
    expect(regionOf(chain(el('H2'), el('ARTICLE')))).toBe('body');
  });

  it('counts short text that is mostly links as a link list', () => {
    expect(isLinkText(40, 50)).toBe(true);
    expect(isLinkText(10, 200)).toBe(false);
    // A long paragraph that is one link is still prose.
    expect(isLinkText(900, 900)).toBe(false);
    expect(isLinkText(0, 0)).toBe(false);
  });
});
