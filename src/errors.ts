/**
 * Errors a reader may see, as codes with parameters. Storage, import and background
 * say *what* went wrong here; the wording, German and English, lives only in the
 * message tables (`src/ui/messages/errors.ts`, keyed by these codes), and the pages
 * turn a code into a sentence with `describeError` (`src/ui/errors.ts`).
 */
import type { Localized } from './dossier/types';

/**
 * A parameter's value: a number (formatted in the reader's language), a string from
 * the data (an alias, an id, a file path), or a name the dossier has in both languages.
 */
export type ErrorParam = string | number | Localized;

/** Every code and the parameters its message fills in. */
export interface ErrorParams {
  /** Something failed that has no code of its own; the technical detail goes to the console only. */
  unexpected: Record<string, never>;
  changeInvalid: Record<string, never>;
  storageBlocked: Record<string, never>;
  storageQuota: Record<string, never>;
  settingsNotSaved: Record<string, never>;
  settingsSitesTooLong: Record<string, never>;
  exportFailed: Record<string, never>;
  dossierLoadFailed: Record<string, never>;
  /** The import as a whole; `because` or the problems say why. */
  importRefused: Record<string, never>;
  importNoFile: Record<string, never>;
  importTooBig: { size: number; max: number };
  importNotJson: Record<string, never>;
  importNoDossier: Record<string, never>;
  importNoDossierKeys: Record<string, never>;
  importWrongFormat: { expected: string };
  importUnknownVersion: { version: string; expected: number };
  importForbiddenKey: { key: string };
  importBadDate: { value: string };
  importBadId: { value: string };
  importScript: Record<string, never>;
  importNotUrl: Record<string, never>;
  importMarkup: Record<string, never>;
  importEmpty: Record<string, never>;
  importTooManyItems: { max: number };
  importTooLong: { max: number };
  importBadNumber: { value: string };
  importMissing: Record<string, never>;
  /** `expected`/`received`: valibot's type names (`string`, `Array`, `"person" | …`). */
  importMissingType: { expected: string };
  importWrongType: { expected: string; received: string };
  importDuplicateId: { id: string };
  importIdTaken: { id: string };
  importUnknownArticle: { id: string };
  importUnknownEntry: { id: string };
  /** A builder problem, technical and in English: the detail for whoever fixes the file. */
  buildProblem: { detail: string };
  // The reader's own data (storage/reader-rules.ts, storage/dossier-store.ts).
  articleNoTitle: Record<string, never>;
  articleNoText: Record<string, never>;
  articleTooLong: { max: number };
  articleBadDate: { date: string };
  articleBadUrl: { url: string };
  ownEntryGone: Record<string, never>;
  onlyOwnDeletable: Record<string, never>;
  noteTooLong: { max: number };
  ownEntryIdTaken: { id: string };
  entryNoName: Record<string, never>;
  entryUnknownKind: Record<string, never>;
  aliasMarkup: { alias: string };
  aliasTooLong: { alias: string };
  aliasNotAName: { alias: string };
  aliasNotFindable: { alias: string };
  aliasTaken: { alias: string; entry: Localized };
  /** An own entry's summary sentence that is not the exact words of a stored article. */
  summaryNotQuoted: { quote: string };
  dossierWouldNotBuild: Record<string, never>;
  // The reader's stories (storage/dossier-store.ts).
  storyGone: Record<string, never>;
  entryGone: Record<string, never>;
  storyFirstFixed: Record<string, never>;
  storyNoName: Record<string, never>;
  storyNameMarkup: { name: string };
  storyNameTooLong: { max: number };
  /** A story pack given to the full import: it is imported as a story on the dossier page. */
  importIsStoryPack: Record<string, never>;
}

export type ErrorCode = keyof ErrorParams;

/** A coded error as it travels in messages: plain data, so it survives structured cloning. */
export type CodedError = {
  [C in ErrorCode]: {
    code: C;
    params: ErrorParams[C];
    /** The more specific reason, said after this one ("not imported" because "too big"). */
    because?: CodedError;
  };
}[ErrorCode];

type ParamsArg<C extends ErrorCode> = Record<string, never> extends ErrorParams[C] ? [] : [ErrorParams[C]];

/** A coded error, its parameters required exactly where its message has some. */
export function coded<C extends ErrorCode>(code: C, ...params: ParamsArg<C>): CodedError {
  return { code, params: params[0] ?? {} } as CodedError;
}

/** The same error, said after a more general one: `withReason(coded('importRefused'), tooBig)`. */
export function withReason(error: CodedError, because: CodedError): CodedError {
  return { ...error, because };
}

/** An error thrown for the reader: carries its code, so whoever catches it can say it in either language. */
export class ReaderError extends Error {
  constructor(readonly coded: CodedError) {
    super(coded.code);
    this.name = 'ReaderError';
  }
}

/**
 * What to tell the reader about any caught error: its code where it has one; anything
 * else is `unexpected`, and its text goes to the console, never to the page.
 */
export function codedErrorOf(error: unknown, fallback: CodedError = coded('unexpected')): CodedError {
  if (error instanceof ReaderError) return error.coded;
  console.error(error);
  return fallback;
}
