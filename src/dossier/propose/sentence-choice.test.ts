/**
 * Sentence choice on a real excerpt (bund-naturschutz.de, tests/fixtures/propose/de-energie-heldout2): the
 * summary says what the entry did or is, not the first sentence naming it nor the page's footer.
 */
import { describe, expect, it } from 'vitest';
import { proposeEntries, type ProposeArticle } from '.';
import { entryIsSubject, sentenceScore, type SentenceFacts } from './sentence-choice';

const LEAD =
  'Der BUND Naturschutz bedauert, dass das Gespräch zwischen Klimaschutzminister Robert Habeck und Ministerpräsident Markus Söder nicht dazu geführt hat, dass sich Bayern von der 10-H- Abstandsregel für Windkraftwerke verabschiedet.';
const NEWSLETTER =
  'Mit dem Newsletter des BUND Naturschutz informieren wir Sie regelmäßig über Aktuelles aus dem Natur- und Umweltschutz in Bayern.';
const TAX =
  'Der BUND Naturschutz ist laut Bescheid mit der Steuernummer 244/147/80055 vom 16.11.2020 von der Körperschafts- und Gewerbesteuer befreit.';
const DONATION = 'Ihre Zuwendung an den BUND Naturschutz ist steuerlich absetzbar.';
const SPEECH =
  '„Obwohl wir schon damit gerechnet haben, sind wir nach dem Gespräch doch sehr enttäuscht, dass Markus Söder an seiner Blockadehaltung festhält“, erklärt der BN-Vorsitzende Richard Mergner.';

const at = (text: string, name: string): [number, number] => {
  const start = text.indexOf(name);
  return [start, start + name.length];
};
const facts = (text: string, name: string, more: Partial<SentenceFacts> = {}): SentenceFacts => {
  const [mentionStart, mentionEnd] = at(text, name);
  return { text, mentionStart, mentionEnd, hasRole: false, others: 0, isTitle: false, ...more };
};

describe('sentence choice', () => {
  it('knows the subject of a sentence from the names merely named in it', () => {
    expect(entryIsSubject(LEAD, ...at(LEAD, 'BUND Naturschutz'))).toBe(true);
    expect(entryIsSubject(LEAD, ...at(LEAD, 'Robert Habeck'))).toBe(false);
    expect(entryIsSubject(LEAD, ...at(LEAD, 'Bayern'))).toBe(false);
    // Speech: "erklärt der BN-Vorsitzende Richard Mergner".
    expect(entryIsSubject(SPEECH, ...at(SPEECH, 'Richard Mergner'))).toBe(true);
    expect(entryIsSubject(SPEECH, ...at(SPEECH, 'Markus Söder'))).toBe(false);
    // Defined: "X ist …", English "X, the …".
    const en = 'Brad Smith, the Microsoft president, said the company would pay for the carbon it had emitted.';
    expect(entryIsSubject(en, ...at(en, 'Brad Smith'))).toBe(true);
    expect(entryIsSubject(en, ...at(en, 'Microsoft'))).toBe(false);
  });

  it('ranks what the entry did above footers, notices and a sentence about others', () => {
    const lead = sentenceScore(facts(LEAD, 'BUND Naturschutz', { others: 3 }));
    for (const footer of [NEWSLETTER, TAX, DONATION])
      expect(lead).toBeGreaterThan(sentenceScore(facts(footer, 'BUND Naturschutz', { others: 1 })));
    // For Habeck, named in passing between others, the same sentence is worth less than to its subject.
    expect(sentenceScore(facts(LEAD, 'Robert Habeck', { others: 3 }))).toBeLessThan(lead);
  });

  it('does not quote one sentence for every name in it when others exist', () => {
    const text = [
      'Habeck in München - Windkraft in Bayern geht nur ohne 10H',
      `${LEAD} Einen verstärkten Ausbau der Windkraft in den Staatsforsten als Alternative zu 10-H lehnen wir ab.`,
      `${SPEECH} Den Windkraftausbau vorrangig in die Bayerischen Staatsforsten zu verlagern, wie es Söder angekündigt hat, lehnt der BN klar ab.`,
      'Auch Bayern muss seinen Beitrag zum Klimaschutz leisten, um die natürliche Lebensgrundlage für die nachkommenden Generationen zu sichern.',
      'Klimaschutzminister Robert Habeck sagte, der Ausbau der Windkraft in Bayern müsse schneller werden.',
      NEWSLETTER,
      `${TAX} ${DONATION}`,
    ].join('\n');
    const articles: ProposeArticle[] = [{ id: 'bn', title: text.split('\n', 1)[0]!, text }];
    const proposals = proposeEntries(articles);
    const bund = proposals.find((p) => p.name === 'BUND Naturschutz')!;
    expect(bund.summary.map((s) => s.quote)).toContain(LEAD);
    for (const footer of [NEWSLETTER, TAX, DONATION]) expect(bund.summary.map((s) => s.quote)).not.toContain(footer);
    const quotedBy = new Map<string, number>();
    for (const p of proposals) for (const s of p.summary) quotedBy.set(s.quote, (quotedBy.get(s.quote) ?? 0) + 1);
    // The lead stays with its subject and the two it gives a role (Klimaschutzminister, Ministerpräsident);
    // Bayern, merely named there, is summed up by a sentence about Bayern.
    expect(Math.max(...quotedBy.values())).toBeLessThanOrEqual(3);
    const bayern = proposals.find((p) => p.name === 'Bayern')!;
    expect(bayern.summary.map((s) => s.quote)).not.toContain(LEAD);
  });
});
