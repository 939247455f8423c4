import { describe, expect, it } from 'vitest';
import { formatIsoDate, quoted, shorten } from './format';

describe('formatIsoDate', () => {
  it('keeps the precision of the date', () => {
    expect(formatIsoDate('2025-04-28', 'de')).toBe('28. Apr. 2025');
    expect(formatIsoDate('2025-04-28', 'en')).toBe('28 Apr 2025');
    expect(formatIsoDate('2025-04', 'de')).toBe('April 2025');
    expect(formatIsoDate('2024', 'en')).toBe('2024');
  });
  it('passes through what it cannot read', () => {
    expect(formatIsoDate('Sommer 2024', 'de')).toBe('Sommer 2024');
  });
});

describe('quoted', () => {
  it('quotes as the language does', () => {
    expect(quoted('Wir prüfen das.', 'de')).toBe('„Wir prüfen das.“');
    expect(quoted('We are checking.', 'en')).toBe('“We are checking.”');
  });
  it('gives a sentence that opens with its own quotation no second pair', () => {
    expect(quoted('„Wir prüfen das“, sagte Peskow.', 'de')).toBe('„Wir prüfen das“, sagte Peskow.');
    expect(quoted('“We are checking,” Peskov said.', 'en')).toBe('“We are checking,” Peskov said.');
    expect(quoted('»Nie wieder«, sagte sie.', 'de')).toBe('»Nie wieder«, sagte sie.');
  });
});

describe('shorten', () => {
  it('cuts at a word and marks the cut', () => {
    expect(shorten('Nordkorea gesteht: Soldaten kämpfen erstmals für Russland', 24)).toBe('Nordkorea gesteht…');
    expect(shorten('kurz', 24)).toBe('kurz');
  });
});

describe('source labels', () => {
  it("name the outlet and date, else the title's first whole words", async () => {
    const { sourceLabel, titleWords } = await import('./format');
    expect(sourceLabel({ title: 'x', outlet: 'gnews.cz', date: '2025-04' }, 'de')).toBe('gnews.cz · April 2025');
    expect(
      sourceLabel(
        {
          title: '„Heilige Mission“ im Ukraine-Krieg: Nordkorea bestätigt Entsendung von Soldaten',
          date: '2025-04-28',
        },
        'de',
      ),
    ).toBe('„Heilige Mission“ im Ukraine-Krieg … · 28. Apr. 2025');
    expect(
      sourceLabel({ title: 'Nordkorea gesteht: Soldaten kämpfen erstmals für Russland im Ukraine-Krieg!' }, 'en'),
    ).toBe('Nordkorea gesteht: Soldaten kämpfen …');
    expect(titleWords('Kurz')).toBe('Kurz');
    expect(sourceLabel(undefined, 'de')).toBe('?');
  });
});
