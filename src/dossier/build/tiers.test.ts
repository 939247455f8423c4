import { describe, expect, it } from 'vitest';
import { matchKey } from '../../matching';
import { BACKGROUND_SHARE, listedNames, measureCommonness, tierOf } from './tiers';

const sets = [
  { entry: 'germany', names: ['Deutschland', 'Germany'] },
  { entry: 'kursk', names: ['Kursk'] },
  { entry: 'rome', names: [], generic: ['Rom', 'Rome'] },
];

describe('entry tiers', () => {
  it('counts the pages on which the matcher would mark each entry, once per page', () => {
    const pages = ['Deutschland und Deutschland\nGermany', 'Nichts hier', 'Kursks Lage', 'Deutschland'];
    expect(measureCommonness(sets, pages)).toEqual({ documents: 4, entries: { germany: 2, kursk: 1 } });
  });

  it('finds names on standard lists as the matcher compares them', () => {
    const lists = [
      { label: 'country', names: ['Germany', 'Nordkorea'] },
      { label: 'capital', names: ['Rome'] },
    ];
    expect(listedNames(sets, lists, matchKey)).toEqual({ germany: 'country: Germany', rome: 'capital: Rome' });
  });

  it('makes an entry background when it is common in general news or listed, else story', () => {
    const documents = 1000;
    const atThreshold = Math.ceil(BACKGROUND_SHARE * documents);
    const commonness = {
      documents,
      entries: { often: atThreshold, rare: atThreshold - 1 },
      listed: { capital: 'capital: Seoul' },
    };
    expect(tierOf('often', undefined, commonness)).toBe('background');
    expect(tierOf('rare', undefined, commonness)).toBe('story');
    expect(tierOf('capital', undefined, commonness)).toBe('background');
    expect(tierOf('never', undefined, commonness)).toBe('story');
    // A fixed tier (an override, or a rebuilt dossier's own) wins; nothing measured means story.
    expect(tierOf('often', 'story', commonness)).toBe('story');
    expect(tierOf('often', undefined, undefined)).toBe('story');
  });
});
