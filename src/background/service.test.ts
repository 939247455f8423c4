import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDossier } from '../dossier/build';
import { fixture } from '../dossier/build/test-fixture';
import type { Dossier } from '../dossier/types';
import { unpackTrie } from '../matching/compile';
import type { PageStart } from '../messaging/protocol';
import { updateSettings } from '../settings/store';
import { BackgroundService } from './service';

const PAGE = { id: 'test', url: 'https://example.org/', tab: { id: 7 } } as never;
const OPTIONS_PAGE = { id: 'test', url: 'chrome-extension://test/options.html' } as never;

let bundled: Dossier;
let service: BackgroundService;

beforeAll(async () => {
  bundled = await buildDossier(fixture());
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  service = new BackgroundService(bundled);
});

describe('page start', () => {
  it('hands a page the trie to read and the settings as they are after a change', async () => {
    const first = (await service.handle({ type: 'getPageStart' }, PAGE)) as PageStart;
    expect(unpackTrie(first.index.trie!, first.index.aliasSets)).not.toBeNull();
    const delay = first.settings.hoverDelayMs + 100;
    await updateSettings({ hoverDelayMs: delay });
    const next = (await service.handle({ type: 'getPageStart' }, PAGE)) as PageStart;
    expect(next.settings.hoverDelayMs).toBe(delay);
  });
});

describe('entry lookups', () => {
  it('answers from memory after the first lookup, and never with data older than the last change', async () => {
    const id = bundled.entries[0]!.id;
    const first = await service.handle({ type: 'getEntries', ids: [id, 'no-such-entry'] }, PAGE);
    expect((first as { id: string }[]).map((e) => e.id)).toEqual([id]);
    expect(await service.handle({ type: 'getEntries', ids: [id] }, PAGE)).toEqual(first);

    const changed = await service.handle(
      { type: 'changeDossier', change: { op: 'setNote', entry: id, text: 'Meine Notiz' } },
      OPTIONS_PAGE,
    );
    expect(changed).toMatchObject({ ok: true });
    const [after] = (await service.handle({ type: 'getEntries', ids: [id] }, PAGE)) as { note?: string }[];
    expect(after?.note).toBe('Meine Notiz');
  });
});
