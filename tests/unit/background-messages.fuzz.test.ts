/**
 * The background trusts no message: only the extension's own contexts are heard
 * (isOwnSender), every message is shape-checked (asBackgroundRequest) and the reader's
 * data can be changed only from the extension's own pages (mayRequest), never from a
 * content script living inside a web page.
 */
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it } from 'vitest';
import { asBackgroundRequest, isExtensionPage, isOwnSender, mayRequest } from '../../src/background/service';
import type { BackgroundRequest } from '../../src/messaging/protocol';
import { FUZZ_TIMEOUT, fuzzParams } from './fuzz-config';

const OWN_ID = fakeBrowser.runtime.id;
const PAGE = { id: OWN_ID, url: 'https://news.example/article', tab: { id: 3 } } as never;
const OPTIONS = { id: OWN_ID, url: fakeBrowser.runtime.getURL('/options.html') } as never;

describe('who may talk to the background', () => {
  it('hears only senders of this extension', () => {
    expect(isOwnSender({ id: OWN_ID })).toBe(true);
    expect(isOwnSender({ id: 'another-extension' })).toBe(false);
    expect(isOwnSender({})).toBe(false);
    expect(isOwnSender({ url: 'https://evil.example/' })).toBe(false);
  });

  it('lets only extension pages change the reader data', () => {
    const change = asBackgroundRequest({
      type: 'changeDossier',
      change: { op: 'setNote', entry: 'kursk', text: 'x' },
    })!;
    expect(change).not.toBeNull();
    expect(isExtensionPage(OPTIONS)).toBe(true);
    expect(isExtensionPage(PAGE)).toBe(false);
    expect(mayRequest(change, OPTIONS)).toBe(true);
    expect(mayRequest(change, PAGE)).toBe(false);
    // A page whose URL merely contains the extension's URL is still a page.
    expect(isExtensionPage({ url: `https://evil.example/?${fakeBrowser.runtime.getURL('/')}` } as never)).toBe(false);
    expect(mayRequest({ type: 'getEntries', ids: ['kursk'] }, PAGE)).toBe(true);
  });
});

describe('asBackgroundRequest', () => {
  const valid: BackgroundRequest[] = [
    { type: 'getMatchIndex' },
    { type: 'getPageStart' },
    { type: 'getEntries', ids: ['kursk', 'kim-jong-un'] },
    { type: 'reportPageMentions', entries: [{ entry: 'kursk', count: 3 }] },
    { type: 'openDossier' },
    { type: 'openDossier', entry: 'kursk' },
    { type: 'changeDossier', change: { op: 'reset', dropOwn: false } as never },
    { type: 'getBriefingInputs', ids: [] },
    { type: 'reportPageRelevance', about: ['nordkorea-kursk'], everything: false },
    { type: 'getTabRelevance' },
    { type: 'loadPageScript' },
    { type: 'loadCard' },
  ];

  it('accepts every well-formed request', () => {
    for (const request of valid) expect(asBackgroundRequest(request), request.type).toEqual(request);
  });

  it('refuses malformed ones', () => {
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'getMatchIndex',
      [],
      {},
      { type: 'nope' },
      { type: '__proto__' },
      { type: 'toString' },
      { type: 'getEntries' },
      { type: 'getEntries', ids: 'kursk' },
      { type: 'getEntries', ids: [1] },
      { type: 'getEntries', ids: Array.from({ length: 10_001 }, () => 'x') },
      { type: 'reportPageMentions' },
      { type: 'reportPageMentions', entries: [{ entry: 1, count: 1 }] },
      { type: 'reportPageMentions', entries: [{ entry: 'x', count: -1 }] },
      { type: 'reportPageMentions', entries: [null] },
      { type: 'reportPageMentions', entries: [{ entry: 'x', count: Number.NaN }] },
      { type: 'openDossier', entry: 5 },
      { type: 'changeDossier' },
      { type: 'changeDossier', change: 'reset' },
      { type: 'getBriefingInputs', ids: [{}] },
      { type: 'reportPageRelevance', about: 'x', everything: true },
      { type: 'reportPageRelevance', about: [], everything: 'yes' },
      { type: 'reportPageRelevance', about: [1], everything: false },
    ];
    for (const message of bad)
      expect(asBackgroundRequest(message), JSON.stringify(message) ?? String(message)).toBeNull();
  });

  it(
    'never throws on any value, and what it accepts has a known type and well-typed fields',
    () => {
      const types = [
        'getMatchIndex',
        'getPageStart',
        'getEntries',
        'reportPageMentions',
        'openDossier',
        'changeDossier',
        'getBriefingInputs',
        'reportPageRelevance',
        'getTabRelevance',
        'loadPageScript',
        'loadCard',
      ];
      const message = fc.oneof(
        fc.anything(),
        fc.record(
          {
            type: fc.oneof(fc.constantFrom(...types), fc.string()),
            ids: fc.oneof(fc.array(fc.string()), fc.anything()),
            entries: fc.oneof(fc.array(fc.record({ entry: fc.string(), count: fc.integer() })), fc.anything()),
            entry: fc.anything(),
            change: fc.anything(),
          },
          { requiredKeys: ['type'] },
        ),
      );
      fc.assert(
        fc.property(message, (m) => {
          const request = asBackgroundRequest(m);
          if (request === null) return;
          expect(types).toContain(request.type);
          if (request.type === 'getEntries' || request.type === 'getBriefingInputs')
            expect(request.ids.every((id) => typeof id === 'string')).toBe(true);
          if (request.type === 'reportPageMentions')
            expect(request.entries.every((e) => typeof e.entry === 'string' && e.count >= 0)).toBe(true);
          if (request.type === 'openDossier') expect(['undefined', 'string']).toContain(typeof request.entry);
        }),
        fuzzParams(1000),
      );
    },
    FUZZ_TIMEOUT,
  );
});
