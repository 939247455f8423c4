import { describe, expect, it } from 'vitest';
import { Folder, exactKey, matchKey } from './normalize';

/** Every canonical unit of `text` with the original offset at which its character ends (-1: mid-character). */
function fold(text: string): { text: string; ends: number[] } {
  const f = new Folder();
  f.reset(text, 0);
  let out = '';
  const ends: number[] = [];
  for (let u = f.next(); u >= 0; u = f.next()) {
    out += String.fromCharCode(u);
    ends.push(f.charEnd);
  }
  return { text: out, ends };
}

describe('normalize', () => {
  it('folds case, including capital headlines', () => {
    expect(matchKey('PJÖNGJANG')).toBe('pjoengjang');
    expect(matchKey('KIM JONG UN')).toBe(matchKey('Kim Jong-un'));
  });

  it('writes umlauts as digraphs, so "oe" spellings and precomposed/combining forms agree', () => {
    expect(matchKey('Pjöngjang')).toBe('pjoengjang');
    expect(matchKey('Pjoengjang')).toBe('pjoengjang');
    expect(matchKey('Pjo\u0308ngjang')).toBe('pjoengjang');
    expect(matchKey('Kreß')).toBe(matchKey('Kress'));
    expect(matchKey('KREẞ')).toBe(matchKey('Kress'));
    expect(matchKey('Zelenskíj')).toBe('zelenskij');
  });

  it('drops soft hyphens and zero-width characters', () => {
    for (const inv of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      expect(matchKey(`Pjöng${inv}jang`)).toBe('pjoengjang');
    }
  });

  it('maps spaces and dashes to one form each, apostrophes too', () => {
    expect(matchKey('a\u00a0b\u202fc  \t\nd')).toBe('a b c d');
    expect(matchKey('A\u2010B\u2011C\u2012D\u2013E-F')).toBe('a-b-c-d-e-f');
    expect(matchKey('a’b ʼc')).toBe("a'b 'c");
    expect(matchKey('Kim Jong\u2011un')).toBe(matchKey('Kim Jong Un'));
  });

  it('keeps a compound hyphen (before a capital) but not a name-syllable hyphen', () => {
    expect(matchKey('Nordkorea-Soldaten')).toBe('nordkorea-soldaten');
    expect(matchKey('Kim Il-sung')).toBe('kim il sung');
    expect(matchKey('Kim Il-\u00adsung')).toBe('kim il sung');
  });

  it('reports where each original character ends', () => {
    expect(fold('xo\u0308y')).toEqual({ text: 'xoey', ends: [1, 2, 3, 4] });
    expect(fold('ab\u00adc')).toEqual({ text: 'abc', ends: [1, 2, 4] });
    expect(fold('Kreß!')).toEqual({ text: 'kress!', ends: [1, 2, 3, -1, 4, 5] });
    expect(fold('Ä')).toEqual({ text: 'ae', ends: [-1, 1] });
  });

  it('survives case folding that changes length', () => {
    // "İ".toLowerCase() is two code units; it folds to one "i" for one source character.
    expect(fold('İst')).toEqual({ text: 'ist', ends: [1, 2, 3] });
    expect(matchKey('İstanbul')).toBe('istanbul');
  });

  it('keeps astral characters whole', () => {
    expect(fold('a😀b')).toEqual({ text: 'a😀b', ends: [1, 2, 3, 4] });
  });

  it('can start at any offset', () => {
    const f = new Folder();
    f.reset('xx Kursk', 3);
    expect(String.fromCharCode(f.next(), f.next())).toBe('ku');
  });

  it('keeps case for acronym checks', () => {
    expect(exactKey('N\u00adIS')).toBe('NIS');
    expect(exactKey('nis')).not.toBe('NIS');
  });
});
