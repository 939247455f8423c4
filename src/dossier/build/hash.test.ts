import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from './hash';
import { QuoteFinder } from './quote';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'ü' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":"ü","z":1}]},"b":1}',
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });
});

describe('sha256Hex', () => {
  it('matches the standard test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('QuoteFinder', () => {
  const article = 'Entsendung von Truppen\u00a0nach\u00a0Russland.\n\nDabei  kommt ein Abkommen ans Licht.';
  const finder = new QuoteFinder(article);

  it('finds a quote whatever its whitespace and returns the article’s exact words', () => {
    const at = finder.find(' Truppen nach Russland. Dabei kommt ')!;
    expect(at.exact).toBe('Truppen\u00a0nach\u00a0Russland.\n\nDabei  kommt');
    expect(article.slice(at.start, at.end)).toBe(at.exact);
  });

  it('does not find changed words or an empty quote', () => {
    expect(finder.find('Truppen nach Moskau')).toBeUndefined();
    expect(finder.find('   ')).toBeUndefined();
  });

  it('explains where a quote stops matching', () => {
    expect(finder.explainMiss('Truppen nach Moskau')).toBe(
      'it matches up to "…Truppen nach ", then the quote has "Moskau…" where the article has "Russland. Dabei komm…"',
    );
    expect(finder.explainMiss('xyz')).toBe('no part of it occurs in the article');
  });
});
