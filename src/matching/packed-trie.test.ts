/** The trie as the background packs it and a page reads it (compile.ts: packTrie, unpackTrie). */
import { describe, expect, it } from 'vitest';
import { packTrie, unpackTrie } from './compile';
import { compileMatcher } from './index';
import { FIXTURE } from './test-fixture';
import type { AliasSet } from './types';

const TEXT =
  'Kim Jong-un traf Wladimir Putin in Pjöngjang. Kims Truppen, die USA und NIS: laut KCNA ' +
  'sprach Kreß’ Kollege in Moskau über den Vertrag über umfassende strategische Partnerschaft.';

/** Code units a JSON message and storage carry as they are: no control character, no surrogate half. */
function isCarriable(packed: string): boolean {
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff)) return false;
  }
  return true;
}

describe('packed trie', () => {
  it('matches with the string as a page receives it after a JSON message', () => {
    const packed = JSON.parse(JSON.stringify(packTrie(FIXTURE))) as string;
    expect(isCarriable(packed)).toBe(true);
    const fromPacked = compileMatcher(FIXTURE, packed).scan(TEXT);
    expect(fromPacked.map((m) => TEXT.slice(m.start, m.end))).toEqual([
      'Kim Jong-un',
      'Wladimir Putin',
      'Pjöngjang',
      'Kims',
      'USA',
      'NIS',
      'KCNA',
      'Kreß’',
      'Moskau',
      'Vertrag über umfassende strategische Partnerschaft',
    ]);
  });

  it('keeps units outside the plain range (astral letters, many nodes) through escapes', () => {
    // 2,000 aliases of 30 letters: over 55,296 nodes, so node numbers reach the escaped range too.
    let seed = 7;
    const letter = () => String.fromCharCode(0x61 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26));
    const words = Array.from({ length: 2000 }, () => Array.from({ length: 30 }, letter).join(''));
    const sets: AliasSet[] = [
      { entry: 'many', names: words },
      { entry: 'astral', names: ['𝔄rchiv Nord'] },
    ];
    const packed = packTrie(sets);
    expect(isCarriable(packed)).toBe(true);
    const matcher = compileMatcher(sets, packed);
    const last = words[words.length - 1]!;
    expect(matcher.scan(`vom ${last} und dem 𝔄rchiv Nord`).map((m) => m.entry)).toEqual(['many', 'astral']);
  });

  it('is not used for other alias sets, another format or a cut string: the matcher compiles instead', () => {
    const packed = packTrie(FIXTURE);
    const others: AliasSet[] = [{ entry: 'kursk', names: ['Kursk'] }];
    expect(unpackTrie(packed, others)).toBeNull();
    expect(unpackTrie(packed.slice(0, packed.length - 1), FIXTURE)).toBeNull();
    expect(unpackTrie(String.fromCharCode(packed.charCodeAt(0) + 1) + packed.slice(1), FIXTURE)).toBeNull();
    expect(unpackTrie('', FIXTURE)).toBeNull();
    expect(
      compileMatcher(others, packed)
        .scan('in Kursk')
        .map((m) => m.entry),
    ).toEqual(['kursk']);
  });
});
