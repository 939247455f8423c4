/**
 * What runs in every frame of every page: the pre-check. It reads the page's text blocks
 * as the scanner does and asks the pre-check filter (src/matching/precheck.ts) whether any
 * word could start a dossier name. Only then does it have the background inject the full
 * content script (marks, page decision, card) into this frame; a page that gains such a
 * word later (an article loaded by script, a same-document navigation) gets it then.
 *
 * Kept small on purpose: no Preact, no card, no valibot, no webextension-polyfill, no
 * matcher compile. Tab messages that need the full script (the popup asking what the page
 * mentions) load it and are answered by it; the rest have a fixed answer here.
 */
import {
  BACKGROUND,
  NOTHING,
  PrecheckFilter,
  PRECHECK_FORMAT,
  STORY,
  type PrecheckData,
  type PrecheckLevel,
} from '../matching/precheck';
import { answerOf } from '../messaging/answer';
import { readSettings } from '../settings/stored-settings';
import { BlockResolver, collectBlocks, isInlineElement } from './collect-text';
import { HIDDEN_FLUSH_MS, nextFlushAt } from './flush-budget';
import { extensionApi, type ExtensionApi } from './extension-api';
import { PRECHECK_ITEM, shared } from './precheck-item';

/** Past this many records, reading the whole page again is cheaper than following each. */
const MAX_PENDING_RECORDS = 2000;
const LOAD_ATTEMPTS = 6;

/** The few extension APIs the pre-check calls (extension-api.ts: the browser's own, no polyfill). */
export type PrecheckApi = ExtensionApi;
export { extensionApi };

/** A frame narrower or lower than this (px) shows no line of prose: a tracking pixel, a hidden frame. */
const TINY_FRAME_PX = 16;

/**
 * idle: a tiny, hidden or empty frame, left alone until it grows or gets text (no storage read);
 * checking: reading the page; quiet: nothing from the dossier; background: only names that are
 * marked on pages about their story (waits for the reader's setting or the tab's decision);
 * loading: the full script is (being) injected; stopped: the extension is gone.
 */
type State = 'idle' | 'checking' | 'quiet' | 'background' | 'loading' | 'stopped';

export class PagePrecheck {
  private current: State = 'checking';
  private filter: PrecheckFilter | null = null;
  private observer: MutationObserver | null = null;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private pending: MutationRecord[] = [];
  private overflowed = false;
  private flushScheduled = false;
  private notBefore = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly isTop = window === window.top;
  /** The full script's page controller receives tab messages itself. */
  private fullListening = false;
  /** The top document's decision as last told (frames only): whether background names are marked. */
  private tabMarksBackground: boolean | null = null;
  private title = '';
  /** Background names that page edits brought while the first check was still reading. */
  private editsLevel: PrecheckLevel = NOTHING;
  /** An idle frame's watch for text. */
  private idleWatch: MutationObserver | null = null;
  /** An idle frame's look at its size, after the browser's own layout. */
  private sizeWatch: ResizeObserver | null = null;

  constructor(private readonly api: PrecheckApi) {}

  private get state(): State {
    return this.current;
  }

  private set state(next: State) {
    this.current = next;
    shared().precheck = next;
  }

  start(): void {
    if (this.isTop) {
      this.begin();
      return;
    }
    // Most frames of a page are ads, embeds and trackers: one without room or text costs nothing more.
    // Its size is read in a ResizeObserver's callback, which comes right after the browser's own
    // layout: read any earlier, innerWidth makes the page lay out at once (a forced layout per frame).
    // A hidden frame is never laid out, so it stays idle until shown.
    const root = document.documentElement;
    if (!root) {
      this.begin();
      return;
    }
    this.state = 'idle';
    this.sizeWatch = new ResizeObserver(this.lookAgain);
    this.sizeWatch.observe(root);
  }

  /** Grown or filled, an idle frame gets the pre-check; tiny or empty, it waits for text or a resize. */
  private readonly lookAgain = (): void => {
    if (this.state !== 'idle') return;
    if (!frameIsIdle()) {
      this.stopIdleWatch();
      this.state = 'checking';
      this.begin();
    } else if (!this.idleWatch) {
      this.idleWatch = new MutationObserver(this.wakeSoon);
      this.idleWatch.observe(document, { childList: true, subtree: true, characterData: true });
      window.addEventListener('resize', this.wakeSoon);
    }
  };

  /** Text or a new size: observed afresh, the root is reported after the next layout (if it has a box). */
  private readonly wakeSoon = (): void => {
    const root = document.documentElement;
    if (!this.sizeWatch || !root) return;
    this.sizeWatch.unobserve(root);
    this.sizeWatch.observe(root);
  };

  private stopIdleWatch(): void {
    this.idleWatch?.disconnect();
    this.idleWatch = null;
    this.sizeWatch?.disconnect();
    this.sizeWatch = null;
    window.removeEventListener('resize', this.wakeSoon);
  }

  private begin(): void {
    this.api.runtime.onMessage.addListener(this.onMessage);
    this.api.storage.onChanged.addListener(this.onStorageChanged);
    void this.api.storage.local.get(PRECHECK_ITEM).then(
      (items) => this.useKeys(items[PRECHECK_ITEM]),
      // No keys readable: the full script decides, as before the pre-check existed.
      () => this.loadFull(),
    );
  }

  /** The extension is gone (reloaded, updated, removed): nothing of this copy stays behind. */
  stop(): void {
    this.state = 'stopped';
    this.stopIdleWatch();
    this.disconnect();
    try {
      this.api.runtime.onMessage.removeListener(this.onMessage);
      this.api.storage.onChanged.removeListener(this.onStorageChanged);
    } catch {
      // The APIs went with the extension context.
    }
    void shared().handle?.then((page) => page.teardown());
  }

  private useKeys(value: unknown): void {
    if (this.state === 'loading' || this.state === 'stopped') return;
    const data = value as Partial<PrecheckData> | undefined;
    const lists = [data?.prefixes, data?.wholes, data?.background];
    if (
      !data ||
      data.format !== PRECHECK_FORMAT ||
      !lists.every((list) => Array.isArray(list)) ||
      typeof data.trie !== 'string' ||
      typeof data.starts !== 'string'
    ) {
      // Keys of another build, or none yet (first start): the full script decides.
      this.loadFull();
      return;
    }
    this.filter = new PrecheckFilter({
      prefixes: data.prefixes!,
      wholes: data.wholes!,
      background: data.background!,
      trie: data.trie,
      starts: data.starts,
    });
    this.state = 'checking';
    this.observe();
    this.checkWhole();
  }

  /**
   * The whole page, read as the scanner reads it; the walk stops at the first block that may
   * name a story entry (on a page about the story that is near its top). One task: the walk
   * and the check cost about what the scanner's walk alone costs.
   */
  private checkWhole(): void {
    this.editsLevel = NOTHING;
    let found = this.titleLevel();
    if (found === STORY) return this.settle(STORY);
    const root = document.body ?? document.documentElement;
    if (!root) return this.settle(found);
    const resolver = new BlockResolver();
    collectBlocks(root, resolver, (block) => {
      if (found !== STORY) found = Math.max(found, this.filter!.level(block.text)) as PrecheckLevel;
      return found === STORY;
    });
    for (const shadow of resolver.shadowRoots) this.observeShadow(shadow);
    this.settle(Math.max(found, this.editsLevel) as PrecheckLevel);
  }

  /**
   * The top document's title counts for its decision: a story name there and background
   * names in the text can make the page about the story, and then those are marked.
   */
  private titleLevel(): PrecheckLevel {
    if (!this.isTop) return NOTHING;
    this.title = document.title;
    return this.filter!.level(this.title) === STORY ? STORY : NOTHING;
  }

  private settle(level: PrecheckLevel): void {
    if (this.state === 'loading' || this.state === 'stopped') return;
    if (level === STORY) this.loadFull();
    else if (level === BACKGROUND) {
      this.state = 'background';
      void this.backgroundMarked().then((marked) => {
        if (marked && this.state === 'background') this.loadFull();
      });
    } else if (this.state === 'checking') this.state = 'quiet';
  }

  /** Whether background names are marked in this frame: the reader marks everywhere, or the tab is about a story. */
  private async backgroundMarked(): Promise<boolean> {
    try {
      if (readSettings(await this.api.storage.sync.get(null)).markWhere === 'everywhere') return true;
      if (this.isTop) return false;
      if (this.tabMarksBackground === null) {
        const relevance = answerOf('getTabRelevance', await this.api.runtime.sendMessage({ type: 'getTabRelevance' }));
        this.tabMarksBackground ??= marksBackground(relevance as TabRelevanceLike);
      }
      return this.tabMarksBackground;
    } catch {
      // Settings or the background unreadable: the full script decides, as it always did.
      return true;
    }
  }

  // --- page edits ---------------------------------------------------------------

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document, { childList: true, subtree: true, characterData: true });
  }

  private observeShadow(root: ShadowRoot): void {
    if (this.shadowRoots.has(root) || !this.observer) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.shadowRoots.clear();
    this.pending = [];
    clearTimeout(this.timer);
  }

  private readonly onMutations = (records: MutationRecord[]): void => {
    if (!this.overflowed) {
      for (const record of records) this.pending.push(record);
      if (this.pending.length > MAX_PENDING_RECORDS) {
        this.pending = [];
        this.overflowed = true;
      }
    }
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const wait = this.notBefore - performance.now();
    if (document.visibilityState !== 'visible') this.timer = setTimeout(this.flush, Math.max(HIDDEN_FLUSH_MS, wait));
    else if (wait > 0) this.timer = setTimeout(() => requestAnimationFrame(this.flush), wait);
    else requestAnimationFrame(this.flush);
  };

  private readonly flush = (): void => {
    this.flushScheduled = false;
    if (!this.api.runtime.id) {
      this.stop();
      return;
    }
    const records = this.pending;
    this.pending = [];
    const whole = this.overflowed;
    this.overflowed = false;
    if (this.state !== 'quiet' && this.state !== 'checking' && this.state !== 'background') return;
    if (whole) {
      this.state = 'checking';
      this.checkWhole();
      return;
    }
    const started = performance.now();
    const titleChanged = this.isTop && document.title !== this.title;
    const level = Math.max(titleChanged ? this.titleLevel() : NOTHING, this.changedLevel(records)) as PrecheckLevel;
    if (level === STORY || (level === BACKGROUND && this.state === 'quiet')) this.settle(level);
    else if (level === BACKGROUND && this.state === 'checking') this.editsLevel = BACKGROUND;
    const cost = performance.now() - started;
    this.notBefore = nextFlushAt(cost);
  };

  /**
   * The text the edits touched, read as the scanner reads it: an added block element on its
   * own; added text, an added inline element or a removed element with the block around it
   * (a name may span old and new text, or two runs a removed element kept apart).
   */
  private changedLevel(records: readonly MutationRecord[]): PrecheckLevel {
    const resolver = new BlockResolver();
    const roots = new Set<Node>();
    const blockAround = (node: Node): void => {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (element?.isConnected) roots.add(resolver.blockOf(element));
    };
    for (const record of records) {
      if (record.type === 'characterData') {
        blockAround(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isInlineElement(node as Element)) {
          if (node.isConnected) roots.add(node);
        } else if (node.nodeType === 1 || node.nodeType === 3) blockAround(record.target);
      }
      if (record.removedNodes.length > 0) blockAround(record.target);
    }
    let found: PrecheckLevel = NOTHING;
    for (const root of roots) {
      for (const block of collectBlocks(root, resolver)) {
        const level = this.filter!.level(block.text);
        if (level === STORY) return STORY;
        if (level > found) found = level;
      }
    }
    for (const shadow of resolver.shadowRoots) this.observeShadow(shadow);
    return found;
  }

  // --- the full script ----------------------------------------------------------

  /** Has the background inject the full content script into this frame (retried: the worker may be waking). */
  private loadFull(): void {
    if (this.state === 'loading' || this.state === 'stopped') return;
    this.state = 'loading';
    this.disconnect();
    void shared().handle?.then(() => (this.fullListening = true));
    void (async () => {
      let delay = 100;
      for (let attempt = 1; attempt <= LOAD_ATTEMPTS; attempt++) {
        if (!this.api.runtime.id || this.state !== 'loading') return;
        try {
          answerOf('loadPageScript', await this.api.runtime.sendMessage({ type: 'loadPageScript' }));
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(2000, delay * 2);
        }
      }
    })();
  }

  private readonly onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[PRECHECK_ITEM];
    // The dossier changed (an own entry, an added article): the page is checked with the new keys.
    if (area === 'local' && change && this.state !== 'loading') this.useKeys(change.newValue);
    // A setting changed (perhaps "mark everywhere"): background names may be marked now.
    if (area === 'sync' && this.state === 'background') this.settle(BACKGROUND);
  };

  // --- tab messages ---------------------------------------------------------------

  /** Chrome's callback form (return true, answer later) works in Firefox too. */
  private readonly onMessage = (message: unknown, _sender: unknown, respond: (response: unknown) => void): boolean => {
    const answer = this.answer(message);
    if (!answer) return false;
    void answer.then(respond, () => respond(undefined));
    return true;
  };

  private answer(message: unknown): Promise<unknown> | undefined {
    if (this.state === 'stopped' || typeof message !== 'object' || message === null) return undefined;
    const type = (message as { type?: unknown }).type;
    if (this.state === 'loading') {
      // The full script answers itself once it listens; until then, through its handle.
      return this.fullListening ? undefined : this.viaFull(message);
    }
    switch (type) {
      // The badge after a navigation: nothing is marked here (the popup's own question comes without the flag).
      case 'getPageMentions':
        if ((message as { forBadge?: unknown }).forBadge === true) {
          return Promise.resolve({ url: location.href, title: document.title, active: true, entries: [] });
        }
        this.loadFull();
        return this.viaFull(message);
      // The popup wants the page's picture (counts, decision, why): the full script paints it.
      case 'markEverything':
        this.loadFull();
        return this.viaFull(message);
      case 'stepMention':
      case 'revealMention':
        return Promise.resolve(false);
      case 'getPageRelevance':
        return this.isTop ? Promise.resolve({ about: [], everything: false }) : undefined;
      case 'tabRelevance': {
        // The top document's decision changed: background names here may be marked now.
        if (!this.isTop) this.tabMarksBackground = marksBackground(message as TabRelevanceLike);
        if (this.tabMarksBackground && this.state === 'background') this.loadFull();
        return undefined;
      }
      default:
        return undefined;
    }
  }

  private async viaFull(message: unknown): Promise<unknown> {
    const page = await shared().handle!;
    return page.answer(message);
  }
}

interface TabRelevanceLike {
  about?: unknown;
  everything?: unknown;
}

function marksBackground(relevance: TabRelevanceLike | undefined): boolean {
  return (Array.isArray(relevance?.about) && relevance.about.length > 0) || relevance?.everything === true;
}

/**
 * Tiny (a pixel, a hidden frame: no room for a line) or without any text yet: decided without
 * storage. Read after a layout only (the size would force one).
 */
function frameIsIdle(): boolean {
  if (innerWidth < TINY_FRAME_PX || innerHeight < TINY_FRAME_PX) return true;
  const root = document.body ?? document.documentElement;
  if (!root) return true;
  // The first text node with a visible character will do: no copy of the whole text.
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node !== null; node = texts.nextNode()) {
    if (/\S/.test((node as Text).data)) return false;
  }
  return true;
}
