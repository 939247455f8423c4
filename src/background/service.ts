/**
 * The background's work: owns the dossier store, seeds it from the bundled
 * dossier, and answers the typed requests of content scripts and extension pages.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { Dossier } from '../dossier/types';
import type {
  PageStart,
  BackgroundRequest,
  BackgroundResponses,
  BriefingInputs,
  MatchIndex,
  PageEntryCount,
  PageMentionsChanged,
  TabRelevance,
  TabRequest,
} from '../messaging/protocol';
import { backgroundRequestSchema, parseMessage, tabRelevanceSchema } from '../messaging/schemas';
import { getEntriesById, openDossierDB, storageErrorOf, type KontextDatabase } from '../storage/db';
import { bumpDossierVersion } from '../storage/dossier-version';
import { applyReaderChange, type ReaderChangeResult } from '../storage/reader-changes';
import { annotateEntries, DossierStore, readStoredState } from '../storage/dossier-store';
import { markingStories } from '../storage/reader-rules';
import type { AnnotatedEntry } from '../storage/reader-rules';
import { badgeText } from './badge';
import { buildMatchIndex, precheckData } from './match-index';
import { loadSettings } from '../settings/store';
import type { Settings } from '../settings/settings';
import { PAGE_START_KEY } from '../content/page-start';
import { PAGE_SCRIPT_FILE, PRECHECK_ITEM } from '../content/precheck-item';
import { CARD_SCRIPT_FILE } from '../content/card-slot';
import { toolbarButton } from './toolbar-button';

/** How long an injection waits for the page start (index, matcher, settings) to be ready. */
const START_WAIT_MS = 50;

export class BackgroundService {
  private ready: Promise<KontextDatabase> | null = null;
  private matchIndex: Promise<MatchIndex> | null = null;
  private readonly entryCache = new Map<string, AnnotatedEntry>();
  /** Bumped by every dossier change, so a lookup can tell it raced one. */
  private generation = 0;
  /** The one writer of the store: seeding and the reader's changes, queued. */
  private store: DossierStore | null = null;
  /** What each frame of each tab last reported marking: the badge counts them together. */
  private readonly tabFrames = new Map<number, Map<number, PageEntryCount[]>>();
  private settings: Promise<Settings> | null = null;
  private watchingSettings = false;

  constructor(private readonly bundled: Dossier) {}

  /** Opens the store and seeds it if the bundled dossier changed; once per worker life. */
  database(): Promise<KontextDatabase> {
    this.ready ??= openDossierDB().then(async (db) => {
      this.store = new DossierStore(db, this.bundled);
      // Seeds the bundled dossier with the reader's own articles merged in; own data stays.
      if (await this.store.seed()) await this.dossierChanged();
      return db;
    });
    // A failed open is retried on the next request instead of failing forever.
    this.ready.catch(() => {
      this.ready = null;
    });
    return this.ready;
  }

  async handle(
    request: BackgroundRequest,
    sender: Runtime.MessageSender,
  ): Promise<BackgroundResponses[BackgroundRequest['type']]> {
    switch (request.type) {
      case 'getMatchIndex':
        return this.getMatchIndex();
      case 'getPageStart':
        return this.pageStart();
      case 'getEntries':
        return this.getEntries(request.ids);
      case 'changeDossier':
        return this.changeDossier(request.change);
      case 'reportPageMentions': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) {
          // Every frame reports what it marks; the badge counts the distinct entries of all of them.
          const frames = this.tabFrames.get(tabId) ?? new Map<number, PageEntryCount[]>();
          this.tabFrames.set(tabId, frames);
          frames.set(sender.frameId ?? 0, request.entries);
          const distinct = new Set([...frames.values()].flatMap((list) => list.map((e) => e.entry)));
          await toolbarButton().setBadgeText({ tabId, text: badgeText(distinct.size) });
          // An open popup for this tab updates live; with none open nobody receives it.
          const changed: PageMentionsChanged = { type: 'pageMentionsChanged', tabId, entries: request.entries };
          void browser.runtime.sendMessage(changed).catch(() => undefined);
        }
        return null;
      }
      case 'reportPageRelevance': {
        const tabId = sender.tab?.id;
        // Only the top document decides; its frames follow.
        if (tabId !== undefined && (sender.frameId ?? 0) === 0) {
          const message: TabRequest = { type: 'tabRelevance', about: request.about, everything: request.everything };
          void browser.tabs.sendMessage(tabId, message).catch(() => undefined);
        }
        return null;
      }
      case 'loadPageScript': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await injectPageScript(tabId, sender.frameId ?? 0, this.readyPageStart());
        return null;
      }
      case 'loadCard': {
        const tabId = sender.tab?.id;
        if (tabId !== undefined) await injectScript(tabId, sender.frameId ?? 0, CARD_SCRIPT_FILE);
        return null;
      }
      case 'getTabRelevance': {
        const tabId = sender.tab?.id;
        const none: TabRelevance = { about: [], everything: false };
        if (tabId === undefined) return none;
        const ask: TabRequest = { type: 'getPageRelevance' };
        const answer = (await browser.tabs.sendMessage(tabId, ask, { frameId: 0 }).catch(() => none)) as
          TabRelevance | undefined;
        return asTabRelevance(answer) ?? none;
      }
      case 'getBriefingInputs':
        return this.getBriefingInputs(request.ids);
      case 'openDossier': {
        const hash = request.entry ? `#entry=${encodeURIComponent(request.entry)}` : '';
        await browser.tabs.create({ url: browser.runtime.getURL(`/dossier.html${hash}`) });
        return null;
      }
    }
  }

  private async changeDossier(change: unknown): Promise<ReaderChangeResult> {
    try {
      await this.database();
      const result = await applyReaderChange(this.store!, change);
      if (result.ok) await this.dossierChanged();
      return result;
    } catch (error) {
      // Storage full, or an older page blocks the store: a clear answer; the one transaction kept the old state.
      const storage = storageErrorOf(error);
      if (!storage) throw error;
      return { ok: false, error: storage.coded, problems: [] };
    }
  }

  /**
   * Entries by id, from memory after the first lookup: a hover must not wait for two
   * IndexedDB transactions. A lookup that raced a dossier change does not fill the cache.
   */
  private async getEntries(ids: readonly string[]): Promise<AnnotatedEntry[]> {
    const missing = ids.filter((id) => !this.entryCache.has(id));
    if (missing.length > 0) {
      const generation = this.generation;
      const db = await this.database();
      const found = await annotateEntries(db, await getEntriesById(db, missing));
      if (generation !== this.generation) return annotateEntries(db, await getEntriesById(db, ids));
      for (const entry of found) this.entryCache.set(entry.id, entry);
    }
    return ids.flatMap((id) => this.entryCache.get(id) ?? []);
  }

  /** A tab loads a new document: its frames' reports are gone with the old one. */
  tabNavigated(tabId: number): void {
    this.tabFrames.delete(tabId);
  }

  /** After any change to the stored dossier: drop the cached index and entries, tell open pages. */
  async dossierChanged(): Promise<void> {
    this.generation++;
    this.entryCache.clear();
    this.matchIndex = null;
    await bumpDossierVersion();
    // The pages' pre-check keys follow at once (built after the store is ready; not awaited, as seeding calls this).
    void this.getMatchIndex().catch(() => undefined);
  }

  private async getBriefingInputs(ids: string[]): Promise<BriefingInputs> {
    const db = await this.database();
    const wanted = new Set(ids);
    const [entries, timeline, index] = await Promise.all([
      getEntriesById(db, ids),
      db.getAll('timeline'),
      this.getMatchIndex(),
    ]);
    return {
      entries,
      timeline: timeline
        .filter((event) => event.entries.some((id) => wanted.has(id)))
        .map(({ seq: _seq, ...event }) => event),
      articles: index.articles,
    };
  }

  /**
   * The page start (index, settings), if it is ready soon: a worker just woken reads the store first, and the
   * script is not held up for that (it asks itself, as it is retried while the worker restarts).
   */
  private readyPageStart(): Promise<PageStart | undefined> {
    const late = new Promise<undefined>((resolve) => setTimeout(resolve, START_WAIT_MS, undefined));
    return Promise.race([this.pageStart().catch(() => undefined), late]);
  }

  /** What the full content script starts with: index and settings. */
  private async pageStart(): Promise<PageStart> {
    const [index, settings] = await Promise.all([this.getMatchIndex(), this.currentSettings()]);
    return { index, settings };
  }

  /**
   * The reader's settings, read once and kept until a setting changes: every page start
   * needs them, and a storage read made the start data arrive after the script it goes with.
   */
  private currentSettings(): Promise<Settings> {
    if (!this.watchingSettings) {
      this.watchingSettings = true;
      browser.storage.onChanged.addListener((_changes, area) => {
        if (area === 'sync') this.settings = null;
      });
    }
    if (this.settings) return this.settings;
    const read = loadSettings();
    this.settings = read;
    read.catch(() => {
      if (this.settings === read) this.settings = null;
    });
    return read;
  }

  private getMatchIndex(): Promise<MatchIndex> {
    this.matchIndex ??= (async () => {
      const db = await this.database();
      const state = await readStoredState(db);
      const marking = markingStories(
        state.stories,
        state.dossier.entries,
        state.own.entries,
        new Set(state.own.hidden),
        state.dossier.story ?? this.bundled.story,
      );
      const articles = [...state.dossier.articles, ...state.own.articles];
      // The version changes with the stories too: switching one off changes what pages mark.
      const stories = state.stories.map((s) => `${s.id}:${s.enabled ? 1 : 0}:${s.entries.length}`).join(',');
      const index = buildMatchIndex(
        marking.entries,
        [...new Map(articles.map((a) => [a.id, a])).values()],
        `${state.meta?.effectiveHash ?? state.meta?.hash ?? this.bundled.hash}|${stories}`,
        marking.stories,
      );
      // Every page's first question ("anything from the dossier here?") reads these keys.
      await browser.storage.local.set({ [PRECHECK_ITEM]: precheckData(index) });
      return index;
    })();
    this.matchIndex.catch(() => {
      this.matchIndex = null;
    });
    return this.matchIndex;
  }
}

/**
 * The full content script, into the one frame whose pre-check asked: `scripting` where the
 * browser has it (Chrome), `tabs.executeScript` else (Firefox MV2). Same isolated world.
 * With `scripting`, what the script starts with is handed over alongside (one round trip less
 * before the first marks); without it, or if that fails, the script asks for it itself.
 */
async function injectPageScript(tabId: number, frameId: number, ready: Promise<PageStart | undefined>): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    const target = { tabId, frameIds: [frameId] };
    // Both at once: the start usually arrives first; if not, the script takes whichever of it
    // and its own request comes first (page-start.ts).
    const handOver = ready.then((start) => {
      if (!start) return;
      return scripting
        .executeScript({
          target,
          func: (key: string, payload: unknown) => {
            const scope = globalThis as Record<string, unknown>;
            const waiting = scope[key];
            if (typeof waiting === 'function') (waiting as (payload: unknown) => void)(payload);
            else scope[key] = payload;
          },
          args: [PAGE_START_KEY, start],
        })
        .then(() => undefined);
    });
    // A start ready now (index and settings kept in memory) goes first: it is waiting in the
    // frame when the script runs, which then need not ask for it. One that is not waits for nobody.
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 0))]);
    await Promise.all([
      // The script asks for its start itself.
      handOver.catch(() => undefined),
      injectScript(tabId, frameId, PAGE_SCRIPT_FILE),
    ]);
    return;
  }
  await injectScript(tabId, frameId, PAGE_SCRIPT_FILE);
}

/**
 * One of the extension's own scripts into one frame, in the content scripts' isolated world:
 * `scripting` where the browser has it (Chrome), `tabs.executeScript` else (Firefox MV2).
 */
async function injectScript(tabId: number, frameId: number, file: string): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  if (scripting?.executeScript) {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return;
  }
  await browser.tabs.executeScript(tabId, { file, frameId, matchAboutBlank: true });
}

/** Only the extension's own contexts may talk to the background. */
export function isOwnSender(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Requests only the extension's own pages (options, dossier page) may make. A content
 * script lives inside web pages (a compromised renderer could speak for it): it may read
 * the dossier, never change the reader's data.
 */
const EXTENSION_PAGE_ONLY = new Set<BackgroundRequest['type']>(['changeDossier']);

/** The sender is one of the extension's own pages, not a content script in a web page. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

/** Whether this (own) sender may make this request at all. */
export function mayRequest(request: BackgroundRequest, sender: Runtime.MessageSender): boolean {
  return !EXTENSION_PAGE_ONLY.has(request.type) || isExtensionPage(sender);
}

/** Shape check of an incoming message before it is trusted as a request (schemas.ts). */
export function asBackgroundRequest(message: unknown): BackgroundRequest | null {
  return parseMessage(backgroundRequestSchema, message);
}

/** Shape check of a page decision, from the top frame's answer. */
export function asTabRelevance(value: unknown): TabRelevance | null {
  return parseMessage(tabRelevanceSchema, value);
}
