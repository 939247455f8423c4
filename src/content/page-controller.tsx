/**
 * Kontext on one page: scans the text, paints the marks, runs the hover card and
 * answers the popup. The entrypoint only constructs it; everything page-specific
 * lives here so it can be started, stopped and restarted as settings change.
 */
import browser from 'webextension-polyfill';
import type { Entry, Lang } from '../dossier/types';
import { compileMatcher } from '../matching';
import type { Matcher } from '../matching/types';
import { sendToBackground } from '../messaging/client';
import type { MatchIndex, PageEntryCount, PageMentions, TabRequest } from '../messaging/protocol';
import { resolveSettings, type Settings } from '../settings/settings';
import { langFromLocale } from '../ui/i18n';
import { CardHost } from './card-host';
import { collectBlocks, UI_HOST_TAG } from './collect-text';
import { HighlightLayer } from './highlight-layer';
import { hitTest, markRects } from './hit-test';
import { hoverTransition, initialHoverState, type HoverEffect, type HoverEvent, type HoverState } from './hover-machine';
import { indexMarksByNode, marksForBlock, type Mark } from './marks';

/** Page changes are batched: one rescan at most this often. */
const RESCAN_DELAY_MS = 400;

export class PageController {
  private matcher: Matcher;
  private marks: Mark[] = [];
  private nodeIndex = new Map<Node, Mark[]>();
  private counts = new Map<string, number>();
  private readonly entries = new Map<string, Promise<Entry | undefined>>();
  private readonly layer = new HighlightLayer();
  private readonly card: CardHost;
  private hover: HoverState<Mark> = initialHoverState();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private anchor: DOMRect | null = null;
  private observer: MutationObserver | null = null;
  private rescanTimer: ReturnType<typeof setTimeout> | null = null;
  private pointerFrame = 0;
  private readonly lang: Lang = langFromLocale(navigator.language);

  constructor(
    private readonly index: MatchIndex,
    private settings: Settings,
  ) {
    this.matcher = compileMatcher(index.aliasSets);
    this.card = new CardHost({
      onPointerEnter: () => this.dispatch({ type: 'enterCard' }),
      onPointerLeave: () => this.dispatch({ type: 'leaveCard' }),
      onClose: () => this.dispatch({ type: 'dismiss' }),
    });
  }

  start(): void {
    document.addEventListener('pointermove', this.onPointerMove, { passive: true });
    document.addEventListener('keydown', this.onKeyDown, true);
    window.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
    this.observer = new MutationObserver(this.onMutations);
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    browser.runtime.onMessage.addListener(this.onMessage);
    this.applySettings(this.settings);
  }

  stop(): void {
    document.removeEventListener('pointermove', this.onPointerMove);
    document.removeEventListener('keydown', this.onKeyDown, true);
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    this.observer?.disconnect();
    browser.runtime.onMessage.removeListener(this.onMessage);
    this.clearMarks();
    this.card.destroy();
    for (const timer of this.timers) clearTimeout(timer);
  }

  applySettings(next: Settings): void {
    this.settings = resolveSettings(next);
    if (this.settings.enabled) this.scan();
    else {
      this.dispatch({ type: 'dismiss' });
      this.clearMarks();
    }
  }

  /** Full scan of the page: collect text, match, paint, report. */
  scan(): void {
    if (!this.settings.enabled || !document.body) return;
    const blocks = collectBlocks(document.body);
    const mentions = this.matcher.scanDocument(blocks.map((block) => block.text));
    const marks: Mark[] = [];
    blocks.forEach((block, i) => marks.push(...marksForBlock(block, mentions[i] ?? [], this.index.kinds)));
    this.setMarks(marks);
  }

  private setMarks(marks: Mark[]): void {
    this.marks = marks;
    this.nodeIndex = indexMarksByNode(marks);
    this.counts = new Map();
    for (const mark of marks) this.counts.set(mark.entry, (this.counts.get(mark.entry) ?? 0) + 1);
    this.layer.paint(marks);
    void this.report();
    this.prefetch();
  }

  private clearMarks(): void {
    this.setMarks([]);
  }

  private pageEntries(): PageEntryCount[] {
    return [...this.counts].map(([entry, count]) => ({ entry, count })).sort((a, b) => b.count - a.count);
  }

  private async report(): Promise<void> {
    try {
      await sendToBackground({ type: 'reportPageMentions', entries: this.pageEntries() });
    } catch {
      // The background may be restarting; the next scan reports again.
    }
  }

  /** Entries found on the page are fetched once, before any hover asks for them. */
  private prefetch(): void {
    const missing = [...this.counts.keys()].filter((id) => !this.entries.has(id));
    if (missing.length === 0) return;
    const request = sendToBackground({ type: 'getEntries', ids: missing }).catch(() => [] as Entry[]);
    for (const id of missing) {
      this.entries.set(
        id,
        request.then((found) => found.find((entry) => entry.id === id)),
      );
    }
    // A failed lookup is forgotten so the next hover tries again.
    void request.then((found) => {
      for (const id of missing) if (!found.some((entry) => entry.id === id)) this.entries.delete(id);
    });
  }

  private entry(id: string): Promise<Entry | undefined> {
    if (!this.entries.has(id)) this.prefetchOne(id);
    return this.entries.get(id)!;
  }

  private prefetchOne(id: string): void {
    this.entries.set(
      id,
      sendToBackground({ type: 'getEntries', ids: [id] })
        .then((found) => found[0])
        .catch(() => undefined),
    );
  }

  // --- hover -------------------------------------------------------------

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch' || this.marks.length === 0) return;
    if (this.card.isOwnNode(event.target)) return;
    const { clientX, clientY } = event;
    cancelAnimationFrame(this.pointerFrame);
    this.pointerFrame = requestAnimationFrame(() => {
      const hit = hitTest(document, this.nodeIndex, clientX, clientY);
      if (hit) {
        this.anchor = hit.rect;
        this.dispatch({ type: 'enterTarget', target: hit.mark });
      } else if (this.hover.name !== 'idle') {
        this.dispatch({ type: 'leaveTarget' });
      }
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.hover.name !== 'idle') this.dispatch({ type: 'dismiss' });
  };

  private readonly onScroll = (): void => {
    if (this.hover.name !== 'idle') this.dispatch({ type: 'dismiss' });
  };

  private dispatch(event: HoverEvent<Mark>): void {
    const { state, effects } = hoverTransition(this.hover, event);
    this.hover = state;
    for (const effect of effects) this.run(effect);
  }

  private run(effect: HoverEffect<Mark>): void {
    switch (effect.type) {
      case 'cancelTimers':
        for (const timer of this.timers) clearTimeout(timer);
        this.timers.clear();
        return;
      case 'schedule': {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          this.dispatch(
            effect.timer === 'dwell'
              ? { type: 'dwellElapsed', token: effect.token }
              : { type: 'graceElapsed', token: effect.token },
          );
        }, effect.ms);
        this.timers.add(timer);
        return;
      }
      case 'show':
        void this.showCard(effect.target, effect.token);
        return;
      case 'hide':
        this.card.hide();
        return;
    }
  }

  private async showCard(mark: Mark, token: number): Promise<void> {
    const anchor = this.anchor ?? markRects(mark)[0];
    const entry = await this.entry(mark.entry);
    // A newer hover started while the entry was on its way: drop this one.
    if (!entry || !anchor || this.hover.token !== token) return;
    await this.card.show(entry, anchor, this.lang, this.counts.get(mark.entry) ?? 0);
  }

  // --- page changes --------------------------------------------------------

  private readonly onMutations = (records: MutationRecord[]): void => {
    const relevant = records.some((record) => {
      const target = record.target;
      const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
      return element?.closest(UI_HOST_TAG) === null && element.tagName !== UI_HOST_TAG.toUpperCase();
    });
    if (!relevant || this.rescanTimer !== null) return;
    this.rescanTimer = setTimeout(() => {
      this.rescanTimer = null;
      this.scan();
    }, RESCAN_DELAY_MS);
  };

  // --- popup ---------------------------------------------------------------

  private readonly onMessage = (message: unknown): Promise<unknown> | undefined => {
    const request = message as TabRequest;
    if (request?.type === 'getPageMentions') {
      const answer: PageMentions = {
        url: location.href,
        title: document.title,
        active: this.settings.enabled,
        entries: this.pageEntries(),
      };
      return Promise.resolve(answer);
    }
    return undefined;
  };
}
