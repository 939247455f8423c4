import { describe, expect, it } from 'vitest';
import { aliasSetFor, compileMatcher } from '../../src/matching';
import { PrecheckFilter, precheckKeys } from '../../src/matching/precheck';
import { ownEntry } from '../../src/storage/reader-rules';

const cases: [string, string][] = [
  ['#MeToo', 'Die #MeToo Bewegung wächst.'],
  ['„Zeitenwende“', 'Die „Zeitenwende“ kam.'],
  ["'Ndrangheta", "Die 'Ndrangheta handelt."],
  ['.NET', 'Wir nutzen .NET heute.'],
  ['§ 218', 'Der § 218 bleibt.'],
  ['@kcna', 'Laut @kcna heute.'],
  ['C++', 'Code in C++ schreiben.'],
  ['Курск', 'Бои под Курском идут.'],
  ['Курск', 'Бои в Курск идут.'],
  ['金正恩', '朝鲜领导人金正恩访问'],
  ['Ärzte ohne Grenzen', 'Die AERZTE OHNE GRENZEN helfen.'],
  ['St. Petersburg', 'In St.Petersburg heute.'],
  ['Kim', 'Kims Rede.'],
  ['Kim', 'Kim’s speech.'],
  ['Kreß', 'Kreß’ Aussage heute.'],
  ['Moskau', 'Die Moskauer Führung.'],
  ['Ostsee', 'Der Ostseeraum.'],
  ['Wagner-Gruppe', 'Die Wagner Gruppe kam.'],
  ['Wagner Gruppe', 'Die Wagner-Gruppe kam.'],
  ['Sankt-Petersburg-Konferenz', 'Die Sankt Petersburg Konferenz.'],
  ['1. FC Köln', 'Der 1. FC Köln spielt.'],
  ['ＫＣＮＡ', 'Laut KCNA heute.'],
  ['KCNA', 'Laut ＫＣＮＡ heute.'],
  ['Straße', 'Die Strasse.'],
  ['Strasse', 'Die Straße.'],
  ['ǅemal', 'ǄEMAL kam.'],
  ['İstanbul', 'In Istanbul heute.'],
  ['Istanbul', 'In İSTANBUL heute.'],
  ['ﬁnanz', 'Die finanz heute.'],
  ['finanz', 'Die ﬁnanz heute.'],
  ['Kursk', 'Kursk\u0301 heute.'],
  ['Œuvre', 'Die OEUVRE heute.'],
];

const setsFor = (alias: string) => [aliasSetFor(ownEntry('own-x', { name: alias, aliases: [], kind: 'concept' }))];
const matcherFinds = (alias: string, text: string) => compileMatcher(setsFor(alias)).scan(text).length > 0;

/**
 * The pre-check may skip a text only when the matcher would find nothing in it: a differential
 * over names with punctuation, scripts, ligatures and case folds the two must agree on.
 */
describe('the pre-check never says no where the matcher marks an own entry', () => {
  for (const [alias, text] of cases) {
    it(`${alias} in ${text}`, () => {
      const sets = setsFor(alias);
      if (matcherFinds(alias, text)) {
        expect(new PrecheckFilter(precheckKeys(sets)).mayMention(text), `matcher finds ${alias} in ${text}`).toBe(true);
      }
    });
  }

  it('compares on enough texts the matcher does mark', () => {
    // Guards the differential against becoming empty when the matcher's rules change.
    expect(cases.filter(([alias, text]) => matcherFinds(alias, text)).length).toBeGreaterThanOrEqual(10);
  });
});
