import { describe, expect, it } from 'vitest';
import { matchKey, normalize, normalizedString } from './normalize';

function norm(text: string): { text: string; start: number[]; end: number[] } {
  const n = normalize(text);
  return {
    text: normalizedString(n),
    start: Array.from(n.start.subarray(0, n.length)),
    end: Array.from(n.end.subarray(0, n.length)),
  };
}

describe('normalize', () => {
  it('folds case, including capital headlines', () => {
    expect(norm('PJÖNGJANG').text).toBe('pjoengjang');
    expect(matchKey('KIM JONG-UN')).toBe(matchKey('Kim Jong-un'));
  });

  it('writes umlauts as digraphs, so "oe" spellings and precomposed/combining forms agree', () => {
    expect(matchKey('Pjöngjang')).toBe('pjoengjang');
    expect(matchKey('Pjoengjang')).toBe('pjoengjang');
    expect(matchKey('Pjo\u0308ngjang')).toBe('pjoengjang');
    expect(matchKey('Kreß')).toBe(matchKey('Kress'));
    expect(matchKey('KREẞ')).toBe(matchKey('Kress'));
  });

  it('drops soft hyphens and zero-width characters', () => {
    for (const inv of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      expect(norm(`Pjöng${inv}jang`).text).toBe('pjoengjang');
    }
  });

  it('maps spaces, dashes and apostrophes to one form each', () => {
    expect(norm('a\u00a0b\u202fc  \t\nd').text).toBe('a b c d');
    expect(norm('a\u2010b\u2011c\u2012d\u2013e').text).toBe('a-b-c-d-e');
    expect(norm('a’b ʼc').text).toBe("a'b 'c");
    expect(matchKey('Kim Jong\u2011un')).toBe(matchKey('Kim Jong Un'));
  });

  it('maps every unit back to the whole original character', () => {
    const combining = norm('xo\u0308y');
    expect(combining.text).toBe('xoey');
    expect(combining.start).toEqual([0, 1, 1, 3]);
    expect(combining.end).toEqual([1, 3, 3, 4]);
    const shy = norm('ab\u00adc');
    expect(shy.start).toEqual([0, 1, 3]);
  });

  it('survives case folding that changes length', () => {
    // "İ".toLowerCase() is two code units; it folds to plain "i" mapped to one source char.
    const dotted = norm('İstanbul');
    expect(dotted.text).toBe('istanbul');
    expect(dotted.start.slice(0, 2)).toEqual([0, 1]);
    const sharp = norm('Kreß!');
    expect(sharp.text).toBe('kress!');
    expect(sharp.start).toEqual([0, 1, 2, 3, 3, 4]);
    expect(sharp.end).toEqual([1, 2, 3, 4, 4, 5]);
  });

  it('keeps astral characters whole', () => {
    const n = norm('a😀b');
    expect(n.start).toEqual([0, 1, 1, 3]);
    expect(n.end).toEqual([1, 3, 3, 4]);
  });

  it('can keep case for acronym checks', () => {
    expect(matchKey('NIS', true)).toBe('NIS');
    expect(matchKey('nis', true)).not.toBe('NIS');
  });
});
