import { describe, expect, it } from 'vitest';
import { withRetry, type RetryDeps } from '../content/background-requests';
import { answerOf, NoAnswerError } from './answer';

describe('answerOf', () => {
  it('passes every real answer through, null included', () => {
    expect(answerOf('loadPageScript', null)).toBeNull();
    expect(answerOf('getEntries', [])).toEqual([]);
  });

  it('takes no answer (the worker stopped before replying) for a failure', () => {
    expect(() => answerOf('getMatchIndex', undefined)).toThrow(NoAnswerError);
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
