import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../iso-date';
import { compareResolvedDates, datesAgree, findDates, precisionOfIso, type ResolvedDate } from './dates';

/** The resolved dates of a sentence, as `date/precision` strings. */
const resolve = (sentence: string, articleDate?: string): string[] =>
  findDates(sentence, articleDate).map((d) =>
    d.resolved
      ? `${d.resolved.date}/${d.resolved.precision}${d.resolved.season ? `/${d.resolved.season}` : ''}`
      : `?${d.text}`,
  );

describe('findDates', () => {
  it('prefers the explicit date in "am Montag (28. April)" and keeps its offsets', () => {
    const sentence = 'Kim wird von KCNA am Montag (28. April) zitiert.';
    const [d] = findDates(sentence, '2025-04-28');
    expect(d).toMatchObject({ text: 'am Montag (28. April)', resolved: { date: '2025-04-28', precision: 'day' } });
    expect(sentence.slice(d!.start, d!.end)).toBe(d!.text);
  });

  it('resolves weekdays to the most recent such day on or before the article date', () => {
    // 2025-04-28 is a Monday.
    expect(resolve('Am Samstag erklärte Gerassimow …', '2025-04-28')).toEqual(['2025-04-26/day']);
    expect(resolve('Selenskyj erklärte am Sonntag …', '2025-04-28')).toEqual(['2025-04-27/day']);
    expect(resolve('Er hat am Dienstagabend gefordert …', '2025-04-28')).toEqual(['2025-04-22/day']);
    expect(resolve('am Montag', '2025-04-28')).toEqual(['2025-04-28/day']);
  });

  it('leaves weekdays unresolved without a day-precise article date', () => {
    expect(resolve('am Dienstagabend', '2025-04')).toEqual(['?am Dienstagabend']);
    expect(resolve('am Dienstagabend')).toEqual(['?am Dienstagabend']);
  });

  it('resolves "am Vortag" against the date named before it in the sentence', () => {
    expect(
      resolve('Wie KCNA am Dienstag (9. Juli) berichtete, verließ am Vortag eine Delegation …', '2024-07-09'),
    ).toEqual(['2024-07-09/day', '2024-07-08/day']);
    expect(resolve('Am Vortag flog sie ab.', '2024-07-09')).toEqual(['2024-07-08/day']);
  });

  it('resolves heute and gestern with the precision of the article date', () => {
    expect(resolve('Nordkorea hat heute bestätigt …', '2025-04-28')).toEqual(['2025-04-28/day']);
    expect(resolve('Nordkorea hat heute bestätigt …', '2025-04')).toEqual(['2025-04/month']);
    expect(resolve('Heute und gestern', '2025-03-01')).toEqual(['2025-03-01/day', '2025-02-28/day']);
    expect(resolve('die heutige Lage', '2025-03-01')).toEqual([]);
  });

  it('reads explicit dates, inferring a missing year from the article', () => {
    expect(resolve('am 26. April 2025 verkündete der Kreml', '2025-04')).toEqual(['2025-04-26/day']);
    expect(resolve('am 26. April 2025 verkündete der Kreml')).toEqual(['2025-04-26/day']);
    expect(resolve('der 9. Juli', '2024-07-09')).toEqual(['2024-07-09/day']);
    expect(resolve('am 9. Juli', '2025-03-01')).toEqual(['2024-07-09/day']);
    expect(resolve('am 9. Juli')).toEqual(['?am 9. Juli']);
  });

  it('resolves "im Juni" to the article year, or the year before when June is still to come', () => {
    expect(resolve('Im Juni war Putin in Nordkorea.', '2024-07-09')).toEqual(['2024-06/month']);
    expect(resolve('Im Juni war Putin in Nordkorea.', '2025-04-28')).toEqual(['2024-06/month']);
    expect(resolve('Ende Juni 2023', '2025-04-28')).toEqual(['2023-06/month']);
    expect(resolve('April 2025')).toEqual(['2025-04/month']);
    expect(resolve('bis Dezember', '2024-10')).toEqual(['2024-12/month']);
  });

  it('reads seasons and years', () => {
    expect(resolve('Im Sommer 2024 hatte die Armee …')).toEqual(['2024/season/summer']);
    expect(resolve('im Sommer', '2025-04-28')).toEqual(['2024/season/summer']);
    expect(resolve('im Sommer', '2025-07')).toEqual(['2025/season/summer']);
    expect(resolve('Der Sommer war heiß.', '2025-07')).toEqual([]);
    expect(resolve('seit 2023 massenhaft Waffen')).toEqual(['2023/year']);
    expect(findDates('seit 2023')[0]!.relation).toBe('since');
    expect(resolve('im Jahr 2022')).toEqual(['2022/year']);
    expect(resolve('bis 2000 Soldaten')).toEqual([]);
    expect(resolve('mehr als 3000 Soldaten')).toEqual([]);
  });

  it('resolves "im vergangenen Jahr" and "im vergangenen Monat"', () => {
    expect(resolve('Nordkorea hat im vergangenen Jahr Truppen entsandt.', '2025-04-28')).toEqual(['2024/year']);
    expect(resolve('im vergangenen Jahr', '2025')).toEqual(['2024/year']);
    expect(resolve('im vergangenen Jahr')).toEqual(['?im vergangenen Jahr']);
    expect(resolve('im vergangenen Monat', '2025-01-15')).toEqual(['2024-12/month']);
  });

  it('does not read numbers that are not dates', () => {
    expect(resolve('Über 10.000 Soldaten, zwei Brigaden mit jeweils 6.000 Mann, im 2. Weltkrieg')).toEqual([]);
  });
});

describe('date helpers', () => {
  const d = (date: string, precision: ResolvedDate['precision'], season?: ResolvedDate['season']): ResolvedDate =>
    season ? { date, precision, season } : { date, precision };

  it('parses partial ISO dates and rejects others', () => {
    expect(parseIsoDate('2025-04-28')).toEqual({ year: 2025, month: 4, day: 28 });
    expect(parseIsoDate('2025-04')).toEqual({ year: 2025, month: 4, day: undefined });
    expect(parseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('28.04.2025')).toBeUndefined();
    expect(precisionOfIso('2025')).toBe('year');
  });

  it('agrees when periods overlap', () => {
    expect(datesAgree(d('2024-08', 'month'), d('2024', 'season', 'summer'))).toBe(true);
    expect(datesAgree(d('2024-10-01', 'day'), d('2024', 'season', 'summer'))).toBe(false);
    expect(datesAgree(d('2025-01-15', 'day'), d('2024', 'season', 'winter'))).toBe(true);
    expect(datesAgree(d('2025-04-26', 'day'), d('2025-04', 'month'))).toBe(true);
    expect(datesAgree(d('2025-04-26', 'day'), d('2025-04-27', 'day'))).toBe(false);
  });

  it('orders by start day, vaguer first', () => {
    const sorted = [
      d('2024-06-20', 'day'),
      d('2024-06', 'month'),
      d('2024', 'season', 'summer'),
      d('2024', 'year'),
    ].sort(compareResolvedDates);
    expect(sorted.map((x) => x.precision)).toEqual(['year', 'season', 'month', 'day']);
  });
});
