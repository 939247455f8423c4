/**
 * Kinds from organisation evidence on real excerpts (tests/fixtures/propose/en-climate-heldout2:
 * vancouversun.com, salon.com): a legal form after a web name, and the English article before a name.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract';
import { proposeEntries, type ProposeArticle } from '.';
import { isCommonWord } from './lexicon';

const en = { lang: 'en' as const, isNounLike: (w: string) => isCommonWord(w, 'en') };
const article = (id: string, text: string): ProposeArticle => ({ id, title: text.split('\n', 1)[0]!, text });

describe('organisation kinds', () => {
  it('reads a legal form after a web name: "Amazon.com Inc." is a company', () => {
    const sentence =
      'Amazon.com Inc., the world’s largest online retailer, last year pledged to be “net zero carbon” by 2040 and to buy 100,000 electric delivery vans from a startup, after employee activists pushed the retailer to take a tougher stance on climate change.';
    const amazon = extractCandidates(sentence, en).find((o) => o.surface === 'Amazon')!;
    expect(amazon.votes.organisation).toBeGreaterThan(0);
  });

  it('proposes no person for a name English gives the article: "The Associated Press"', () => {
    const text = [
      'Microsoft pledges to remove its carbon emissions',
      'Microsoft plans to become net zero carbon a decade earlier than Amazon, although this is in part because its emissions are roughly half.',
      'Copyright © 2020 Salon.com, LLC. Associated Press articles: Copyright © 2016 The Associated Press. All rights reserved.',
      'The Associated Press reported the pledge first.',
    ].join('\n');
    const ap = proposeEntries([article('salon', text)]).find((p) => p.name === 'Associated Press');
    expect(ap?.kind).toBe('organisation');
  });
});
