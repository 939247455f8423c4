import { describe, expect, it, vi } from 'vitest';
import { coded, codedErrorOf, ReaderError, withReason } from '../errors';
import { StorageError } from '../storage/db';
import { describeError } from './errors';
import { surfaces } from './i18n';

describe('coded errors', () => {
  it('words a code with its parameters in either language, numbers as the language writes them', () => {
    const tooLong = coded('articleTooLong', { max: 1_000_000 });
    expect(describeError(tooLong, 'de')).toBe('Der Text ist zu lang (höchstens 1.000.000 Zeichen).');
    expect(describeError(tooLong, 'en')).toBe('The text is too long (at most 1,000,000 characters).');
  });

  it('names a dossier entry in the reader’s language', () => {
    const taken = coded('aliasTaken', { alias: 'Kursk', entry: { de: 'Region Kursk', en: 'Kursk region' } });
    expect(describeError(taken, 'de')).toBe('„Kursk“ bezeichnet schon den Eintrag „Region Kursk“.');
    expect(describeError(taken, 'en')).toBe('“Kursk” already names the entry “Kursk region”.');
  });

  it('says the general message first, then the reason', () => {
    const refused = withReason(coded('importRefused'), coded('importTooBig', { size: 12, max: 10 }));
    expect(describeError(refused, 'en')).toBe(
      'The file was not imported; nothing was changed. The file is 12 MB; Kontext imports files of up to 10 MB.',
    );
  });

  it('puts valibot’s type names into the reader’s words', () => {
    const wrong = coded('importWrongType', { expected: 'string | Array', received: 'null' });
    expect(describeError(wrong, 'de')).toBe('erwartet: Text oder Liste, gefunden: null.');
    expect(describeError(wrong, 'en')).toBe('expected string | Array, got null.');
  });

  it('keeps raw exception text away from the reader: unknown errors get a coded message', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const raw = new TypeError('Cannot read properties of undefined (reading "put") at chrome-extension://x');
    const error = codedErrorOf(raw);
    expect(error).toEqual(coded('unexpected'));
    for (const lang of ['de', 'en'] as const) expect(describeError(error, lang)).not.toMatch(/Cannot read|chrome-/);
    // The detail is kept for whoever debugs it.
    expect(log).toHaveBeenCalledWith(raw);
    log.mockRestore();
    expect(codedErrorOf(new StorageError('quota'))).toEqual(coded('storageQuota'));
    expect(codedErrorOf(new ReaderError(coded('noteTooLong', { max: 10 })))).toEqual(coded('noteTooLong', { max: 10 }));
  });

  it('survives the trip through a message: a coded error is plain data', () => {
    const error = withReason(coded('importRefused'), coded('importNoDossier'));
    expect(structuredClone(error)).toEqual(error);
  });

  it('has no message key in two tables (a later table would silently win)', () => {
    const keys = surfaces.flatMap((table) => Object.keys(table.de));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});
