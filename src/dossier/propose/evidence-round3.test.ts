/**
 * Evidence added in the third round of issue 18, each on a small real excerpt of the sixth held-out pair
 * (tests/fixtures/propose/*-heldout6): what the rule finds, and what it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates, type Occurrence, type WordStats } from './extract';
import { proposeEntries, type ProposeArticle } from '.';
import { isCity, isCommonWord } from './lexicon';

const de: WordStats = { lang: 'de', isNounLike: (w) => isCommonWord(w, 'de') };
const find = (list: Occurrence[], surface: string): Occurrence | undefined => list.find((o) => o.surface === surface);
const article = (id: string, text: string): ProposeArticle => ({ id, title: text.split('\n', 1)[0]!, text });

describe('a noun after a numeral is a common noun (onmeda.de excerpt)', () => {
  it('"Je drei Tabletten Paxlovid" names Paxlovid, not a person "Tabletten Paxlovid"', () => {
    const text = [
      'Paxlovid: Grünes Licht für neues Corona-Medikament',
      'Die EMA hat grünes Licht für das Medikament Paxlovid gegen Covid-19 gegeben.',
      'Je drei Tabletten Paxlovid werden zweimal eingenommen – und das über fünf Tage.',
      'Die drei Tabletten zusammen setzen erst die komplette Wirkung frei.',
      'Paxlovid wirkt, indem ein für das Coronavirus wichtiges Enzym blockiert wird.',
      'Hier setzt Paxlovid an, indem die Virusvermehrung gestört wird.',
    ].join('\n');
    const names = proposeEntries([article('onmeda', text)]).map((p) => p.name);
    expect(names).toContain('Paxlovid');
    expect(names).not.toContain('Tabletten Paxlovid');
  });
});

describe('a speaker’s label in an interview or transcript (rosalux.de, ndr.de excerpts)', () => {
  it('"Tareq Salem: Ich bin …" is a person speaking; a headline "Paxlovid: Grünes Licht" is not', () => {
    const salem = find(
      extractCandidates('Tareq Salem: Ich bin über das Mittelmeer nach Italien gekommen.', de),
      'Tareq Salem',
    );
    expect(salem?.evidence.has('speech')).toBe(true);
    expect(salem?.votes.person).toBeGreaterThan(0);
    const headline = find(extractCandidates('Paxlovid: Grünes Licht für neues Corona-Medikament', de), 'Paxlovid');
    expect(headline?.evidence.has('speech') ?? false).toBe(false);
  });
});

describe('"namens": the noun before says what the name is (onmeda.de excerpt)', () => {
  it('"einem anderen Medikament namens Ritonavir" is named, with "Medikament" as its role', () => {
    const ritonavir = find(
      extractCandidates(
        'Das Anti-Corona-Präparat wird in Kombination mit einem anderen Medikament namens Ritonavir verabreicht.',
        de,
      ),
      'Ritonavir',
    );
    expect(ritonavir?.evidence.has('role')).toBe(true);
    expect(ritonavir?.role).toBe('Medikament');
    // Without "namens" the same name has no such evidence.
    const bare = find(extractCandidates('Ritonavir ist ein antiviraler Wirkstoff.', de), 'Ritonavir');
    expect(bare?.evidence.has('role') ?? false).toBe(false);
  });
});

describe('German names of cities (CLDR exemplar cities; source article excerpt)', () => {
  it('"Moskau", "Warschau" are places without a preposition; a German common noun is not', () => {
    const moskau = find(
      extractCandidates(
        '„Es ist klar, dass Pjöngjang ebenso wie Moskau Menschen nicht zählt und Menschenleben nicht achtet.',
        de,
      ),
      'Moskau',
    );
    expect(moskau?.evidence.has('gazetteer')).toBe(true);
    expect(moskau?.votes.place).toBeGreaterThan(0);
    expect(isCity('Warschau')).toBe(true);
    expect(isCity('Moskaus')).toBe(true);
    expect(isCity('Regierung')).toBe(false);
  });
});

describe('a seat of government stands for its government (source article excerpt)', () => {
  it('"der Kreml" is an organisation though German writes it with an article; "Haus" alone is not', () => {
    const text = [
      'Nordkorea bestätigt Truppen in Russland',
      'In den letzten Wochen hat Russland jedoch zum Gegenangriff geblasen, und am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe.',
      'AFP berichtete heute, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt.',
      'Seit Beginn des Ukraine-Kriegs ist Nordkorea zu einem der engsten Partner des Kreml aufgestiegen.',
      'Das Haus der Delegation liegt am Rand der Stadt, das Haus des Botschafters daneben.',
    ].join('\n');
    const proposals = proposeEntries([article('afp', text)]);
    expect(proposals.find((p) => p.name === 'Kreml')?.kind).toBe('organisation');
    expect(proposals.map((p) => p.name)).not.toContain('Haus');
  });
});
