import { describe, expect, it } from 'vitest';
import { segmentSentences, splitParagraphs } from './segment';

const texts = (s: string): string[] => segmentSentences(s).map((x) => x.text);

describe('segmentSentences', () => {
  it('splits plain sentences and keeps offsets into the text', () => {
    const text = 'Erster Satz. Zweiter Satz! Dritter? Vierter';
    const sentences = segmentSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Erster Satz.', 'Zweiter Satz!', 'Dritter?', 'Vierter']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split dates, ordinals or decimal numbers', () => {
    expect(texts('KCNA berichtete am Montag (28. April) darüber. Dann kam mehr.')).toEqual([
      'KCNA berichtete am Montag (28. April) darüber.',
      'Dann kam mehr.',
    ]);
    expect(texts('Am 9. Juli flog die Delegation ab.')).toHaveLength(1);
    expect(texts('Nach dem 2. Weltkrieg wurde Korea geteilt.')).toHaveLength(1);
    expect(texts('Über 10.000 Soldaten. Mehr als 3.000,5 Tonnen.')).toEqual([
      'Über 10.000 Soldaten.',
      'Mehr als 3.000,5 Tonnen.',
    ]);
  });

  it('splits after a number when the next word cannot follow an ordinal', () => {
    expect(texts('Die Zahl der Verletzten stieg auf 190. Am Montag kam es zu Angriffen.')).toHaveLength(2);
    expect(texts('Das geschah seit 2023. Danach nicht mehr.')).toHaveLength(2);
  });

  it('does not split after abbreviations and initials', () => {
    for (const s of [
      'Das Haus Nr. 5 steht leer.',
      'Es gibt z. B. Raketen und u. a. Munition.',
      'Es gibt z.B. Raketen.',
      'Dr. Müller und Prof. Kreß sprachen.',
      'Das sind bzw. waren ca. Tausend Mann.',
      'Er lebt in St. Petersburg.',
      'Siehe vgl. Kapitel drei.',
      'Es kostet 3 Mio. Euro und 2 Mrd. Dollar.',
      'Äpfel, Birnen usw. Alles da.',
      'John F. Kennedy kam.',
    ]) {
      expect(texts(s), s).toEqual([s]);
    }
  });

  it('splits when the space after the full stop is missing', () => {
    expect(texts('Das war das Ende.Der nächste Satz beginnt.')).toEqual([
      'Das war das Ende.',
      'Der nächste Satz beginnt.',
    ]);
    expect(texts('Die Website gnews.cz berichtet.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets with the sentence', () => {
    expect(texts('Er sagte: „Sie sind Helden.“ Danach schwieg er.')).toEqual([
      'Er sagte: „Sie sind Helden.“',
      'Danach schwieg er.',
    ]);
    expect(texts('Er sagte: "Sie sind Helden." Danach schwieg er.')).toEqual([
      'Er sagte: "Sie sind Helden."',
      'Danach schwieg er.',
    ]);
    expect(texts('(Das war so.) Dann nicht.')).toEqual(['(Das war so.)', 'Dann nicht.']);
    // A quote that ends with a full stop but continues the sentence.
    expect(texts('„Es ist klar.“, sagte er.')).toHaveLength(1);
    expect(texts('Er sagte es. „Wir kommen“, fügte er an.')).toHaveLength(2);
  });

  it('always ends a sentence at a line break', () => {
    expect(texts('Überschrift ohne Punkt\nErster Satz\n\nZweiter Absatz.')).toEqual([
      'Überschrift ohne Punkt',
      'Erster Satz',
      'Zweiter Absatz.',
    ]);
  });

  it('treats non-breaking spaces as spaces', () => {
    expect(texts('Truppen\u00a0nach\u00a0Russland. Dabei kam es.')).toEqual([
      'Truppen\u00a0nach\u00a0Russland.',
      'Dabei kam es.',
    ]);
  });

  it('is linear: segments a 2 MB single-paragraph text', () => {
    const unit =
      'Am Montag (28. April) bestätigte KCNA den Einsatz. Über 10.000 Soldaten, z. B. aus der 2. Brigade, kämpften.Der Kreml sagte: „Wir danken.“ ';
    const copies = Math.ceil(2_000_000 / unit.length);
    const text = unit.repeat(copies);
    const t0 = performance.now();
    const sentences = segmentSentences(text);
    const ms = performance.now() - t0;
    console.log(`segmentSentences: ${(text.length / 1e6).toFixed(1)} M chars in ${ms.toFixed(0)} ms`);
    expect(sentences).toHaveLength(3 * copies);
    expect(sentences[1]!.text).toBe('Über 10.000 Soldaten, z. B. aus der 2. Brigade, kämpften.');
    expect(sentences.at(-1)!.end).toBe(text.length - 1);
  });
});

describe('splitParagraphs', () => {
  it('returns non-blank lines with offsets', () => {
    const text = 'Titel\n\n  Absatz eins.\r\nAbsatz zwei.';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(['Titel', 'Absatz eins.', 'Absatz zwei.']);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
