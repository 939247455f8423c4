import { describe, expect, it } from 'vitest';
import { guessLanguage, pageLanguage } from './page-language';

const GERMAN =
  'Nordkorea hat die Entsendung von Soldaten bestätigt, die in der Region Kursk für Russland gekämpft haben. Das ist nicht das erste Mal, dass sich Pjöngjang dazu äußert.';
const ENGLISH =
  'North Korea has confirmed that it sent troops to fight for Russia in the Kursk region. It is the first time that Pyongyang has admitted this, and the statement was carried by KCNA.';

describe('the page language', () => {
  it('takes the html lang attribute where it names German or English', () => {
    expect(pageLanguage('de-AT', ENGLISH)).toBe('de');
    expect(pageLanguage('EN-us', GERMAN)).toBe('en');
  });
  it('guesses from the text where the attribute is missing or names another language', () => {
    expect(pageLanguage(null, GERMAN)).toBe('de');
    expect(pageLanguage('', ENGLISH)).toBe('en');
    expect(pageLanguage('fr', ENGLISH)).toBe('en');
  });
  it('does not guess from too little text', () => {
    expect(guessLanguage('Kim Jong-un Pjöngjang')).toBeUndefined();
    expect(pageLanguage(undefined, '')).toBeUndefined();
  });
});
