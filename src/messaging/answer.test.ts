import { describe, expect, it } from 'vitest';
import { withRetry, type RetryDeps } from '../content/background-requests';
import { answerOf, BackgroundError, NoAnswerError } from './answer';

describe('answerOf', () => {
  it('passes every real answer through, null included', () => {
    expect(answerOf('loadPageScript', null)).toBeNull();
    expect(answerOf('getEntries', [])).toEqual([]);
  });

  it('takes no answer (the worker stopped before replying) for a failure', () => {
    expect(() => answerOf('getMatchIndex', undefined)).toThrow(NoAnswerError);
  });

  it("takes the polyfill's error object (a failed handler, in Chrome) for the failure it is", () => {
    const failed = { __mozWebExtensionPolyfillReject__: true, message: 'The dossier database is busy.' };
    expect(() => answerOf('getEntries', failed)).toThrow(BackgroundError);
    expect(() => answerOf('getEntries', failed)).toThrow('The dossier database is busy.');
  });

  it('makes the content script ask again instead of using a failed answer as data', async () => {
    const answers: unknown[] = [{ __mozWebExtensionPolyfillReject__: true, message: 'busy' }, []];
    const deps: RetryDeps = {
      send: async (request) => answerOf(request.type, answers.shift()),
      alive: () => true,
      sleep: async () => undefined,
    };
    expect(await withRetry({ type: 'getEntries', ids: ['kursk'] }, undefined, deps)).toEqual([]);
    expect(answers).toEqual([]);
  });

  it('makes the content script ask again instead of using the missing answer', async () => {
    const answers = [undefined, { aliasSets: [] }];
    const deps: RetryDeps = {
      send: async (request) => answerOf(request.type, answers.shift()),
      alive: () => true,
      sleep: async () => undefined,
    };
    expect(await withRetry({ type: 'getMatchIndex' }, undefined, deps)).toEqual({ aliasSets: [] });
    expect(answers).toEqual([]);
  });
});
