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
  it('falls back to the other language when one is empty', () => {
    expect(localized({ de: 'Kiew', en: '' }, 'en')).toBe('Kiew');
  });
  it('names a dispute speaker in the UI language, and in German where an older dossier has no English', () => {
    expect(claimSpeaker({ by: 'Kreml', byEn: 'Kremlin' }, 'en')).toBe('Kremlin');
    expect(claimSpeaker({ by: 'Kreml', byEn: 'Kremlin' }, 'de')).toBe('Kreml');
    expect(claimSpeaker({ by: 'Kreml' }, 'en')).toBe('Kreml');
  });
});
