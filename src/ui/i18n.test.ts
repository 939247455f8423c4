import { describe, expect, it } from 'vitest';
import { claimSpeaker, langFromLocale, localized, translator } from './i18n';

describe('i18n', () => {
  it('picks German for any German locale and English otherwise', () => {
    expect(langFromLocale('de-AT')).toBe('de');
    expect(langFromLocale('DE')).toBe('de');
    expect(langFromLocale('en-GB')).toBe('en');
    expect(langFromLocale('fr')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
  it('fills parameters and keeps unknown ones visible', () => {
    expect(translator('de')('mentionsCount', { count: 3 })).toBe('3× erwähnt');
    expect(translator('en')('mentionsCount')).toBe('mentioned {count}×');
  });
  it('picks the plural form by the language rules (Intl.PluralRules)', () => {
    const de = translator('de');
    const en = translator('en');
    expect(de.plural('popupFound', 1)).toBe('1 Eintrag auf dieser Seite');
    expect(de.plural('popupFound', 0)).toBe('0 Einträge auf dieser Seite');
    expect(de.plural('popupFound', 2)).toBe('2 Einträge auf dieser Seite');
    expect(en.plural('popupFound', 1)).toBe('1 entry on this page');
    expect(en.plural('popupFound', 7)).toBe('7 entries on this page');
    expect(de.plural('importedNotes', 1)).toBe('1 Notiz');
    expect(de.plural('importedArticles', 1)).toBe('1 eigener Artikel');
    expect(en.plural('cardOnPage', 1)).toBe('Mentioned once on this page');
    // A message without a singular variant is its other form.
    expect(de.plural('dossierEvidence', 1)).toBe('Belegstellen (1)');
  });
  it('falls back to the other language when one is empty', () => {
    expect(localized({ de: 'Kiew', en: '' }, 'en')).toBe('Kiew');
  });
  it('names a dispute speaker in the UI language, and in German where an older dossier has no English', () => {
    expect(claimSpeaker({ by: 'Kreml', byEn: 'Kremlin' }, 'en')).toBe('Kremlin');
    expect(claimSpeaker({ by: 'Kreml', byEn: 'Kremlin' }, 'de')).toBe('Kreml');
    expect(claimSpeaker({ by: 'Kreml' }, 'en')).toBe('Kreml');
  });
});
