import { describe, expect, it } from 'vitest';
import { collectEvidence, contentTokens, nearDuplicate, type ScannedArticle } from './evidence';
import { segmentSentences } from './segment';

/** A scanned article whose mentions are every occurrence of each given word. */
function scanned(id: string, text: string, words: Record<string, string>): ScannedArticle {
  const mentions: ScannedArticle['mentions'][number][] = [];
  for (const [entry, word] of Object.entries(words)) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      mentions.push({ start: at, end: at + word.length, entry });
    }
  }
  return { id, sentences: segmentSentences(text), mentions };
}

describe('nearDuplicate', () => {
  const dup = (a: string, b: string): boolean => nearDuplicate(contentTokens(a), contentTokens(b));

  it('merges reprints with small edits', () => {
    expect(
      dup(
        'Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe.',
        'Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.',
      ),
    ).toBe(true);
    expect(
      dup(
        'Der russische Präsident Wladimir Putin und der nordkoreanische Führer Kim Jong-un während einer Zeremonie in Pjöngjang.',
        'Der russische Präsident Wladimir Putin und der nordkoreanische Führer Kim Jong-un während einer Zeremonie in Pjöngjang. (Archivfoto)',
      ),
    ).toBe(true);
  });

  it('keeps different statements about the same thing apart', () => {
    expect(
      dup(
        'Am Samstag erklärte Gerassimow, dass die letzte Siedlung in Kursk zurückerobert worden sei.',
        'Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.',
      ),
    ).toBe(false);
    expect(dup('Kursk.', 'Kursk, Russland')).toBe(false);
  });
});

describe('collectEvidence', () => {
  const a1 = scanned(
    'a1',
    'Kursk liegt im Westen von Russland an der Grenze.\nDie Armee kämpft weiter, sagt man, und Kursk sei umkämpft, heißt es in einem sehr langen Satz über vieles.\nKursk',
    { kursk: 'Kursk' },
  );
  const a2 = scanned('a2', 'Die Stadt Kursk liegt im Westen von Russland an der Grenze.\nNichts weiter.', {
    kursk: 'Kursk',
  });

  it('collects every sentence that mentions the entry, merged and ranked', () => {
    const evidence = collectEvidence([a1, a2]).get('kursk')!;
    // The sentence two articles state comes first and lists its other source.
    expect(evidence[0]).toEqual({
      article: 'a1',
      quote: 'Kursk liegt im Westen von Russland an der Grenze.',
      also: [{ article: 'a2', quote: 'Die Stadt Kursk liegt im Westen von Russland an der Grenze.' }],
    });
    // The bare headline fragment ranks last.
    expect(evidence.map((e) => e.quote)).toEqual([
      'Kursk liegt im Westen von Russland an der Grenze.',
      'Die Armee kämpft weiter, sagt man, und Kursk sei umkämpft, heißt es in einem sehr langen Satz über vieles.',
      'Kursk',
    ]);
  });

  it('ranks a sentence the catalog quotes for the entry first', () => {
    const last = a1.sentences.at(-2)!; // the long sentence
    expect(collectEvidence([a1]).get('kursk')![0]!.quote).not.toBe(last.text);
    const evidence = collectEvidence(
      [a1],
      [{ entry: 'kursk', article: 'a1', start: last.start + 4, end: last.start + 20 }],
    );
    expect(evidence.get('kursk')![0]!.quote).toBe(last.text);
    // Quoted for another entry: no effect.
    const other = collectEvidence([a1], [{ entry: 'moskau', article: 'a1', start: last.start, end: last.end }]);
    expect(other.get('kursk')![0]!.quote).not.toBe(last.text);
  });

  it('lists a sentence once however often it names the entry', () => {
    const a = scanned('a', 'Kursk, Kursk und nochmals Kursk.', { kursk: 'Kursk' });
    expect(collectEvidence([a]).get('kursk')).toEqual([{ article: 'a', quote: 'Kursk, Kursk und nochmals Kursk.' }]);
  });

  it('is deterministic and independent of mention order', () => {
    const reversed: ScannedArticle = { ...a1, mentions: [...a1.mentions].reverse() };
    expect(collectEvidence([reversed, a2])).toEqual(collectEvidence([a1, a2]));
  });

  it('has nothing for an entry never mentioned', () => {
    expect(collectEvidence([a1, a2]).has('moskau')).toBe(false);
  });
});
