import { describe, expect, it } from 'vitest';
import { overlapScore, pickLead, rankForPage, restates, termsOf } from './for-page';

const KURSK = [
  'Die russische Region Kursk liegt nahe der ukrainischen Grenze; im Sommer 2024 brachte die ukrainische Armee dort bei einer Offensive zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle.',
  'Laut KCNA nahmen nordkoreanische Einheiten an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
  'Ob Russland die Region vollständig zurückerobert hat, ist umstritten: Der Kreml verkündete dies am 26. April 2025, die Ukraine widerspricht.',
];

describe('what matters for this page', () => {
  it('reads words and month-precise dates from a text', () => {
    const terms = termsOf('Am 26. April 2025 verkündete der Kreml die Rückeroberung.');
    expect([...terms.dates].sort()).toEqual(['2025', '2025-04']);
    expect(terms.words.has('kreml')).toBe(true);
    expect(terms.words.has('rückero')).toBe(false);
    expect(terms.words.has('rücker')).toBe(true);
  });

  it('puts the recapture first on a page about the April 2025 recapture', () => {
    const page =
      'Ende April 2025 verkündete der Kreml, die Region Kursk sei vollständig zurückerobert. Kiew widerspricht.';
    expect(
      rankForPage(
        KURSK.map((text) => ({ text })),
        page,
        ['Kursk', 'Region Kursk'],
      )[0],
    ).toBe(2);
  });

  it('puts the offensive first on a page about the 2024 offensive', () => {
    const page =
      'Im Sommer 2024 stieß die ukrainische Armee überraschend in die Region Kursk vor; die Offensive eroberte Quadratkilometer.';
    expect(
      rankForPage(
        KURSK.map((text) => ({ text })),
        page,
        ['Kursk'],
      )[0],
    ).toBe(0);
  });

  it('keeps the dossier order where the page says nothing that matches', () => {
    expect(
      rankForPage(
        KURSK.map((text) => ({ text })),
        'Wetter: morgen sonnig.',
      ),
    ).toEqual([0, 1, 2]);
    expect(
      rankForPage(
        KURSK.map((text) => ({ text })),
        undefined,
      ),
    ).toEqual([0, 1, 2]);
  });

  it('counts a fact date on the page', () => {
    const facts = [
      { text: 'Ukrainische Offensive.', date: '2024' },
      { text: 'Der Kreml verkündet die Befreiung.', date: '2025-04-26' },
    ];
    expect(rankForPage(facts, 'Was geschah im April 2025?')[0]).toBe(1);
  });

  it('reads a fact date by the one partial-date rule: a day April lacks is no date at all', () => {
    const page = termsOf('Was geschah im April 2025?');
    expect(overlapScore('Befreiung.', page, '2025-04')).toBe(4);
    expect(overlapScore('Befreiung.', page, '2025-04-31')).toBe(0);
    expect(overlapScore('Befreiung.', page, '2025-04-26T10:00')).toBe(0);
  });

  it('leads with sentences that fit the budget, in dossier order, never none', () => {
    expect(pickLead(KURSK, [2, 1, 0], 260)).toEqual([1, 2]);
    expect(pickLead(KURSK, [0, 1, 2], 100)).toEqual([0]);
    expect(pickLead(KURSK, [2, 1, 0], 600, 1)).toEqual([2]);
  });

  it('finds a fact that only restates a summary sentence', () => {
    const peskow =
      'Der Kreml-Sprecher wollte die KCNA-Meldung vom Juli 2024 über die nordkoreanische Ausbilder-Delegation weder bestätigen noch dementieren.';
    expect(
      restates('Wollte die KCNA-Meldung über die Delegation von Militärausbildern weder bestätigen noch dementieren.', [
        peskow,
      ]),
    ).toBe(true);
    expect(
      restates(
        'Im Sommer 2024 ukrainische Offensive; zunächst mehr als tausend Quadratkilometer unter ukrainischer Kontrolle.',
        KURSK,
      ),
    ).toBe(true);
    expect(restates('Selenskyj: Die ukrainische Armee kämpft weiterhin in Kursk.', KURSK)).toBe(false);
  });
});
