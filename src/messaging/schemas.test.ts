import { describe, expect, it } from 'vitest';
import { pageMentionsChangedSchema, parseMessage, tabRequestSchema } from './schemas';

describe('message channels', () => {
  it('a content script accepts only well-formed requests from the extension', () => {
    expect(parseMessage(tabRequestSchema, { type: 'stepMention', direction: -1 })).toEqual({
      type: 'stepMention',
      direction: -1,
    });
    expect(parseMessage(tabRequestSchema, { type: 'tabRelevance', about: ['s'], everything: false, extra: 1 })).toEqual(
      {
        type: 'tabRelevance',
        about: ['s'],
        everything: false,
      },
    );
    for (const bad of [
      null,
      { type: 'stepMention', direction: 2 },
      { type: 'revealMention', entry: 5 },
      { type: 'markEverything', on: 'yes' },
      { type: 'tabRelevance', about: 'x', everything: true },
      { type: 'nope' },
    ]) {
      expect(parseMessage(tabRequestSchema, bad), JSON.stringify(bad)).toBeNull();
    }
  });

  it('the popup accepts count updates only in their shape', () => {
    expect(
      parseMessage(pageMentionsChangedSchema, {
        type: 'pageMentionsChanged',
        tabId: 3,
        entries: [{ entry: 'kursk', count: 2 }],
      }),
    ).not.toBeNull();
    expect(
      parseMessage(pageMentionsChangedSchema, { type: 'pageMentionsChanged', tabId: '3', entries: [] }),
    ).toBeNull();
    expect(
      parseMessage(pageMentionsChangedSchema, {
        type: 'pageMentionsChanged',
        tabId: 3,
        entries: [{ entry: 'x', count: -1 }],
      }),
    ).toBeNull();
  });
});
