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

const en: WordStats = { lang: 'en', isNounLike: (w) => isCommonWord(w, 'en') };

describe('English names in Caribbean news (en-caribbean-heldout6 excerpts)', () => {
  it('a country with "and" inside is one place: "Trinidad and Tobago"', () => {
    const list = extractCandidates('“What’s happening now here in Trinidad and Tobago is happening globally.', en);
    expect(find(list, 'Trinidad and Tobago')?.country).toBe('TT');
    expect(find(list, 'Trinidad')).toBeUndefined();
  });

  it('an age in apposition makes a person: "Sita Jaggesar, 62,"', () => {
    const list = extractCandidates(
      'The body of Sita Jaggesar, 62, who lived at Clarkia Drive Wellington Road, Debe, was discovered around 3 pm on Tuesday.',
      en,
    );
    expect(find(list, 'Sita Jaggesar')?.votes.person).toBeGreaterThan(0);
    // Two streets in a row are two places, not a person with a role.
    expect(find(list, 'Clarkia Drive')?.votes.place).toBeGreaterThan(0);
    expect(find(list, 'Wellington Road')?.votes.place).toBeGreaterThan(0);
    expect(find(list, 'Wellington Road')?.role).toBeUndefined();
  });

  it('an office before an honorific is the role; a clause after "and" is none', () => {
    const joan = find(
      extractCandidates(
        'Melissa Jagessar was charged by Detective Cowie Massy, following the advice of Deputy Director of Public Prosecutions Mrs. Joan Honoré-Paul.',
        en,
      ),
      'Joan Honoré-Paul',
    );
    expect(joan?.role).toBe('Deputy Director of Public Prosecutions');
    const sean = find(
      extractCandidates(
        'The investigation was spearheaded by Superintendent (Ag.) Mr Sean Dhillpaul, and supervised by Inspector Anil Maharaj.',
        en,
      ),
      'Sean Dhillpaul',
    );
    expect(sean?.role).toBe('Superintendent');
  });

  it('a date ends a name: "by Kareem Smith April 21, 2022"', () => {
    const list = extractCandidates(
      'David Estwick and Ronnie Yearwood to contest DLP’s top post - by Kareem Smith April 21, 2022',
      en,
    );
    expect(find(list, 'Kareem Smith')).toBeDefined();
    expect(find(list, 'Kareem Smith April')).toBeUndefined();
  });

  it('cookie and comment notices, teaser bylines and an office’s title alone are no entries', () => {
    const notice = 'This site uses Akismet to reduce spam. Learn how your comment data is processed.';
    const terms = 'Visit our Privacy Policy | Terms of Use.';
    const text = (n: number): string =>
      [
        'PM attends financial access roundtable in Barbados',
        `Grenada’s Prime Minister and Chairman of the OECS Authority, Dr the Rt. Hon. Keith Mitchell has voiced his support (${n}).`,
        'Dr Mitchell was among several regional leaders who attended the roundtable co-hosted by the Prime Minister.',
        notice,
        terms,
        'by Marlon Madden The unemployment rate in Barbados continues to decline, reaching an estimated 10.9 per cent.',
        'by Marlon Madden The local business community is being warned to adapt new technology.',
      ].join('\n');
    const names = proposeEntries([article('a', text(1)), article('b', text(2))]).map((p) => p.name);
    expect(names).toContain('Keith Mitchell');
    for (const wrong of ['Akismet', 'Terms of Use', 'Privacy Policy', 'Marlon Madden', 'Prime Minister'])
      expect(names).not.toContain(wrong);
  });

  it('"Bureau of Investigations" names a body; "the Commons" is the House of Commons', () => {
    const bureau = find(
      extractCandidates(
        'Mellissa Jaggesar was detained by officers of the Homicide Bureau of Investigations in relation to her mother’s death.',
        en,
      ),
      'Homicide Bureau of Investigations',
    );
    expect(bureau?.evidence.has('organisation')).toBe(true);
    const commons = proposeEntries([
      article(
        'uk',
        [
          'Tory rebellion',
          'Health secretary Matt Hancock was forced onto the defensive in the House of Commons by a string of Tory MPs.',
          'The Government defeats set up the prospect of a fresh Tory rebellion in the Commons next month.',
          'In a crunch Commons debate expected within the next fortnight, MPs will vote on new plans.',
        ].join('\n'),
      ),
    ]).filter((p) => [...p.aliases, ...p.short].includes('Commons'));
    expect(commons.map((p) => p.name)).toEqual(['House of Commons']);
  });
});

describe('German topic and document compounds (de-energie-heldout2 excerpts)', () => {
  const energiewende = [
    'Grüner Wasserstoff – das Schlüsselelement der Energiewende',
    'Herr Helfrich, der Grüne Wasserstoff ist ein Schlüsselelement der Energiewende. Wozu dient er?',
    'Helfrich: Grüner Wasserstoff ist neben der modernen Windkraft und der Photovoltaik die dritte Säule der globalen Energiewende.',
    'Das Schlüsselelement bleibt die Säule, die Säule bleibt das Schlüsselelement.',
  ].join('\n');

  it('a compound whose head names a topic ("-wende") and recurs is a concept; other common nouns are not', () => {
    const proposals = proposeEntries([article('cducsu', energiewende)]);
    expect(proposals.find((p) => p.name === 'Energiewende')?.kind).toBe('concept');
    const names = proposals.map((p) => p.name);
    expect(names).not.toContain('Schlüsselelement');
    expect(names).not.toContain('Säule');
  });

  it('used once, a topic compound is no entry; the bare head ("Wende") is none either', () => {
    const once = energiewende
      .split('\n')
      .slice(0, 1)
      .concat('Die Wende kam spät, die Wende kam leise, die Wende kam.')
      .join('\n');
    const names = proposeEntries([article('once', once)]).map((p) => p.name);
    expect(names).not.toContain('Energiewende');
    expect(names).not.toContain('Wende');
  });

  it('a compound of "-vertrag" named twice is a document', () => {
    const text = [
      'Neubauförderung gestoppt',
      'Der Koalitionsvertrag sieht vor, den Neubaustandard ab 2025 zu verschärfen.',
      'Wie im Koalitionsvertrag vereinbart, wird die Förderung neu aufgestellt.',
    ].join('\n');
    expect(proposeEntries([article('bmwi', text)]).find((p) => p.name === 'Koalitionsvertrag')?.kind).toBe('document');
  });
});

describe('kinds from what the words say (onmeda.de, rosalux.de excerpts)', () => {
  it('"des US-Konzerns Pfizer Hoffnung": the head before the name makes an organisation', () => {
    const pfizer = find(
      extractCandidates(
        'Nun macht ein neues Medikament des US-Konzerns Pfizer Hoffnung: Die Anti-Corona-Pille wirkt.',
        de,
      ),
      'Pfizer',
    );
    expect(pfizer?.votes.organisation).toBeGreaterThan(0);
    expect(pfizer?.role).toBe('US-Konzerns');
  });

  it('an acronym after a body’s name in another language pairs by first letter and head', () => {
    const list = extractCandidates(
      'Die Anti-Corona-Pille Paxlovid verhindert laut Europäischer Arzneimittelbehörde (EMA) schwere Verläufe.',
      de,
    );
    expect(find(list, 'Europäischer Arzneimittelbehörde')?.pairedWith).toBe('EMA');
    // No head, no pairing: "Tareq Salem (TS)" is no body's acronym.
    expect(
      find(extractCandidates('Er traf Tareq Salem (TXA) in Hamburg.', de), 'Tareq Salem')?.pairedWith,
    ).toBeUndefined();
  });

  it('"während der Corona-Pandemie": the name that gives an event its name votes for an event', () => {
    const list = extractCandidates(
      'Tareq Salem über sein Leben als Flüchtling während der Corona-Pandemie in Italien und Hamburg.',
      de,
    );
    expect(find(list, 'Corona')?.votes.event).toBeGreaterThan(0);
    // A country before an event's head stays a country: "Ukraine-Krieg".
    expect(
      find(extractCandidates('Seit Beginn des Ukraine-Kriegs ist Nordkorea ein Partner.', de), 'Ukraine')?.votes.event,
    ).toBeUndefined();
  });
});
