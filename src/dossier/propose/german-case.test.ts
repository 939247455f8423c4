/** Organisation names in the nominative, on names as real articles give them (tests/fixtures/propose). */
import { describe, expect, it } from 'vitest';
import { germanNominative } from './german-case';

describe('germanNominative', () => {
  it('lists a genitive name in the nominative', () => {
    // wind-energie.de: "Laut einer neuen Studie des Deutschen Instituts für Wirtschaftsforschung (DIW)"
    expect(germanNominative('Deutschen Instituts für Wirtschaftsforschung')).toBe(
      'Deutsches Institut für Wirtschaftsforschung',
    );
    // evang.at: "Nachrichten des Evangelischen Pressedienstes (epd)"
    expect(germanNominative('Evangelischen Pressedienstes')).toBe('Evangelischer Pressedienst');
    // biathlonworld.com: "die Mithilfe des Norwegischen Biathlonsverbands"
    expect(germanNominative('Norwegischen Biathlonsverbands')).toBe('Norwegischer Biathlonsverband');
  });

  it('lists a feminine or dative name in the nominative', () => {
    expect(germanNominative('Europäischen Kommission')).toBe('Europäische Kommission');
    expect(germanNominative('Deutschen Institut für Wirtschaftsforschung')).toBe(
      'Deutsches Institut für Wirtschaftsforschung',
    );
  });

  it('leaves names alone where the case or the gender is not known', () => {
    expect(germanNominative('Deutsches Institut für Wirtschaftsforschung')).toBe(
      'Deutsches Institut für Wirtschaftsforschung',
    );
    expect(germanNominative('Robert Koch-Instituts')).toBe('Robert Koch-Instituts');
    expect(germanNominative('Grünen')).toBe('Grünen');
    expect(germanNominative('Deutschen Alpenvereins')).toBe('Deutscher Alpenverein');
    expect(germanNominative('Bayerischen Staatsforsten')).toBe('Bayerischen Staatsforsten');
  });
});
