/**
 * Runs the hover card on a page: pointer dwell and grace (through the pure state
 * machine), touch taps, keyboard opening with focus moved into the card and given
 * back on Escape, and the guards that keep the card away while the reader selects
 * text or types.
 */
import type { Entry, Lang, Localized } from '../dossier/types';
import type { ArticleLabel } from '../messaging/protocol';
import type { CardView } from './card-slot';
import { lazyCard } from './lazy-card';
import type { Hit } from './hit-test';
import {
  hoverTransition,
  initialHoverState,
  type HoverEffect,
  type HoverEvent,
  type HoverState,
} from './hover-machine';
import type { Mark } from './marks';
import type { StoryContext } from './card/Card';
import { textAround, themeAt } from './page-look';

export interface HoverContext {
  /** The mark under the pointer, with the box of it the pointer is in. */
  hitAt(x: number, y: number): Hit | null;
  /** The boxes a mark is drawn in (the card's anchor when no pointer chose one). */
  rectsOf(mark: Mark): DOMRect[];
  entry(id: string): Promise<Entry | undefined>;
  mentionsOnPage(id: string): number;
  lang(): Lang;
  dwellMs(): number;
  names(): Readonly<Record<string, Localized>>;
  articles(): Readonly<Record<string, ArticleLabel>>;
  /** Whether the page is about the entry's story: elsewhere the card leads with the role, not the story. */
  storyContext(id: string): StoryContext;
  openDossier(id: string): void;
  /** "Next mention" in the card: the entry's next mention on the page. */
  nextMention?(id: string): void;
  /** The card now shows for this mark, or (null) is gone: the page controller's emphasis follows it. */
  cardChanged?(mark: Mark | null): void;
}

/** A tap moves less than this (px) between down and up; more is a scroll. */
const TAP_SLOP = 10;

/**
 * A frame at 60 Hz, rounded down. The dwell's timer fires this much early and the dwell ends
 * in the next animation frame's callback: the card is revealed in the frame being produced
 * instead of in a task that then waits for the next frame (which, since the dwell starts in a
 * frame's callback and 300 ms is 18 frames, was nearly a whole frame every time). The dwell
 * thereby ends at most a frame early, which no reader can tell.
 */
const FRAME_MS = 16;

/** Throttled frames: the dwell ends this long after its timer all the same (three frames at 60 Hz). */
const DWELL_FRAME_FALLBACK_MS = 50;

export class HoverController {
  private state: HoverState<Mark> = initialHoverState();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Loaded on first use (card-slot.ts): a page nobody hovers never loads Preact and the card. */
  private readonly card: CardView;
  private anchor: DOMRect | null = null;
  private pointerFrame = 0;
  /** The animation frame the dwell ends in, once its timer has fired. */
  private dwellFrame = 0;
  private touchStart: { x: number; y: number } | null = null;
  /** Where focus was before the keyboard opened a card; Escape gives it back. */
  private returnFocus: HTMLElement | null = null;
  private focusCard = false;
  /** Programmatic scrolls (stepping to a mention) must not close the card they open. */
  private ignoreScrollUntil = 0;
  private prewarmed = false;
  /** The entry the card shows, and the ones the reader came from through "Related" (Back). */
  private shownEntry: Entry | null = null;
  private history: Entry[] = [];
  /** The card rendered (hidden) during the current dwell: its end only reveals it. */
  private prepared: { mark: Mark; token: number; entry: Entry } | null = null;

  constructor(private readonly context: HoverContext) {
    this.card = lazyCard({
      onPointerEnter: () => this.dispatch({ type: 'enterCard' }),
      onPointerLeave: () => this.dispatch({ type: 'leaveCard' }),
      onClose: () => this.close(),
      onSelectEntry: (id) => void this.showEntry(id),
      onOpenDossier: (id) => context.openDossier(id),
      onBack: () => this.back(),
      onNextMention: (id) => context.nextMention?.(id),
    });
  }

  start(): void {
    document.addEventListener('pointermove', this.onPointerMove, { passive: true });
    document.addEventListener('pointerdown', this.onPointerDown, { passive: true, capture: true });
    document.addEventListener('pointerup', this.onPointerUp, { passive: true, capture: true });
    document.addEventListener('keydown', this.onKeyDown, true);
    window.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  stop(): void {
    document.removeEventListener('pointermove', this.onPointerMove);
    document.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    document.removeEventListener('pointerup', this.onPointerUp, { capture: true });
    document.removeEventListener('keydown', this.onKeyDown, true);
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    cancelAnimationFrame(this.pointerFrame);
    this.runEffect({ type: 'cancelTimers' });
    // After a restart the first dwell readies the card again.
    this.prewarmed = false;
    this.prepared = null;
    this.card.destroy();
  }

  get openMark(): Mark | null {
    return this.state.name === 'open' ? this.state.target : null;
  }

  /** Opens the card for a mark at once (keyboard command, popup). */
  open(mark: Mark, { focus }: { focus: boolean }): void {
    this.ignoreScrollUntil = performance.now() + 300;
    if (focus && !this.card.isOpen) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
    }
    this.focusCard = focus;
    this.anchor = this.context.rectsOf(mark)[0] ?? null;
    this.dispatch({ type: 'openNow', target: mark });
  }

  /**
   * Builds the card while the pointer dwells on a mark: fetches the entry, renders and places
   * the card hidden. Nothing of the card is built, and no entry fetched, on a page nobody
   * hovers; when the dwell ends the card only has to be revealed.
   */
  private warm(mark: Mark): void {
    const token = this.state.token;
    void this.context.entry(mark.entry).then((entry) => this.prepare(mark, token, entry));
    if (this.prewarmed) return;
    this.prewarmed = true;
    this.card.prewarm();
  }

  private prepare(mark: Mark, token: number, entry: Entry | undefined): void {
    const dwelling = this.state.name === 'dwelling' && this.state.token === token && this.state.target === mark;
    // A card still on screen (another mark's, leaving) stays as it is until the dwell ends.
    if (!entry || !dwelling || this.card.isOpen) return;
    const anchor = this.anchor ?? this.context.rectsOf(mark)[0];
    if (!anchor) return;
    this.history = [];
    this.card.prepare(this.content(entry, mark), anchor, themeAt(mark.range.startContainer));
    this.prepared = { mark, token, entry };
  }

  /** Closes the card at once (a mark that disappeared, settings switched off). */
  dismiss(): void {
    this.dispatch({ type: 'dismiss' });
  }

  // --- input ---------------------------------------------------------------

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    // Dragging (selecting text) never opens a card.
    if (event.buttons !== 0) return;
    if (this.card.isOwnNode(event.target)) {
      // The pointer reached the card: a look-up queued on its way (in the gap) is stale and
      // would run after the card counted the pointer in, starting the grace period regardless.
      cancelAnimationFrame(this.pointerFrame);
      return;
    }
    const { clientX, clientY } = event;
    cancelAnimationFrame(this.pointerFrame);
    this.pointerFrame = requestAnimationFrame(() => {
      const hit = this.context.hitAt(clientX, clientY);
      if (hit && !hasSelection()) {
        if (this.state.name === 'idle' || this.state.target !== hit.mark) this.anchor = hit.rect;
        this.dispatch({ type: 'enterTarget', target: hit.mark });
      } else if (this.state.name !== 'idle') {
        this.dispatch({ type: 'leaveTarget' });
      }
    });
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') this.touchStart = { x: event.clientX, y: event.clientY };
  };

  /** Touch: a tap on a mark opens its card, a tap elsewhere (not in the card) closes it. */
  private readonly onPointerUp = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' || !this.touchStart) return;
    const moved = Math.hypot(event.clientX - this.touchStart.x, event.clientY - this.touchStart.y);
    this.touchStart = null;
    if (moved > TAP_SLOP || this.card.isOwnNode(event.target)) return;
    const hit = this.context.hitAt(event.clientX, event.clientY);
    if (hit) {
      this.anchor = hit.rect;
      this.dispatch({ type: 'openNow', target: hit.mark });
    } else if (this.state.name !== 'idle') {
      this.dispatch({ type: 'dismiss' });
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (this.state.name === 'idle') return;
    if (event.key === 'Escape') {
      this.close();
      return;
    }
    // Typing anywhere but in the card closes it: the reader is busy with the page.
    if (!this.card.isOwnNode(event.target) && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      this.dispatch({ type: 'dismiss' });
    }
  };

  private readonly onScroll = (): void => {
    if (this.state.name !== 'idle' && performance.now() > this.ignoreScrollUntil) this.dispatch({ type: 'dismiss' });
  };

  /** Escape or the close button: close and give focus back to where it was. */
  private close(): void {
    const hadFocus = this.card.hasFocus();
    this.dispatch({ type: 'dismiss' });
    if (hadFocus || this.returnFocus) {
      this.returnFocus?.focus({ preventScroll: true });
      this.returnFocus = null;
    }
  }

  // --- the machine's effects ------------------------------------------------

  private dispatch(event: HoverEvent<Mark>): void {
    const { state, effects } = hoverTransition(this.state, event, this.context.dwellMs());
    this.state = state;
    for (const effect of effects) this.runEffect(effect);
  }

  private runEffect(effect: HoverEffect<Mark>): void {
    switch (effect.type) {
      case 'cancelTimers':
        for (const timer of this.timers) clearTimeout(timer);
        this.timers.clear();
        if (this.dwellFrame) cancelAnimationFrame(this.dwellFrame);
        this.dwellFrame = 0;
        return;
      case 'schedule': {
        if (effect.timer === 'grace') {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            this.dispatch({ type: 'graceElapsed', token: effect.token });
          }, effect.ms);
          this.timers.add(timer);
          return;
        }
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            this.endDwellAtFrame(effect.token);
          },
          Math.max(0, effect.ms - FRAME_MS),
        );
        this.timers.add(timer);
        if (this.state.name === 'dwelling') this.warm(this.state.target);
        return;
      }
      case 'show':
        void this.show(effect.target, effect.token);
        return;
      case 'hide':
        this.prepared = null;
        this.card.hide();
        this.shownEntry = null;
        this.history = [];
        this.context.cardChanged?.(null);
        return;
    }
  }

  /**
   * Ends the dwell in the next animation frame's callback, so the card revealed there is in that
   * frame. Where frames are throttled (a background tab in Firefox gets about one a second) a
   * timer ends it instead, a few frames later at most.
   */
  private endDwellAtFrame(token: number): void {
    const end = (frameStart: number) => {
      if (this.dwellFrame) cancelAnimationFrame(this.dwellFrame);
      this.dwellFrame = 0;
      clearTimeout(fallback);
      this.timers.delete(fallback);
      markDwellEnd(frameStart);
      this.dispatch({ type: 'dwellElapsed', token });
    };
    const fallback = setTimeout(() => end(performance.now()), DWELL_FRAME_FALLBACK_MS);
    this.timers.add(fallback);
    // Revealed in this callback, the card is in the frame it belongs to.
    this.dwellFrame = requestAnimationFrame(end);
  }

  private async show(mark: Mark, token: number): Promise<void> {
    const prepared = this.prepared;
    this.prepared = null;
    if (prepared && prepared.mark === mark && prepared.token === token && !this.focusCard) {
      // Built during the dwell: shown in the animation frame the dwell ends in, painted in it.
      this.history = [];
      this.shownEntry = prepared.entry;
      this.card.reveal(false);
      this.context.cardChanged?.(mark);
      return;
    }
    const anchor = this.anchor ?? this.context.rectsOf(mark)[0];
    const entry = await this.context.entry(mark.entry);
    // A newer hover started while the entry was on its way: drop this one.
    if (!entry || !anchor || this.state.token !== token) return;
    // A mention's own card starts a new trail: nothing to go back to.
    this.history = [];
    this.shownEntry = entry;
    this.card.show(this.content(entry, mark), anchor, {
      focus: this.focusCard,
      theme: themeAt(mark.range.startContainer),
    });
    this.focusCard = false;
    this.context.cardChanged?.(mark);
  }

  private content(entry: Entry, mark: Mark) {
    const back = this.history.at(-1);
    return {
      entry,
      lang: this.context.lang(),
      mentionsOnPage: this.context.mentionsOnPage(entry.id),
      names: this.context.names(),
      articles: this.context.articles(),
      story: this.context.storyContext(entry.id),
      pageText: textAround(mark.range.startContainer),
      ...(back ? { back: back.name } : {}),
    };
  }

  /** A related entry clicked in the card: the same card shows it, anchored where it is; Back returns. */
  private async showEntry(id: string): Promise<void> {
    const token = this.state.token;
    const entry = await this.context.entry(id);
    if (!entry || !this.shownEntry) return;
    const from = this.shownEntry;
    if (!this.replace(entry, token)) return;
    this.history.push(from);
    this.rerender(entry);
  }

  /** Back: the entry the reader came from, in the same card. */
  private back(): void {
    const previous = this.history.pop();
    if (previous && this.replace(previous, this.state.token)) this.rerender(previous);
  }

  private replace(entry: Entry, token: number): boolean {
    if (this.state.name !== 'open' || this.state.token !== token || !this.anchor) return false;
    this.shownEntry = entry;
    return true;
  }

  private rerender(entry: Entry): void {
    const mark = this.openMark;
    if (!mark || !this.anchor) return;
    this.card.show(this.content(entry, mark), this.anchor, { focus: true, theme: themeAt(mark.range.startContainer) });
  }
}

/**
 * On the page's performance timeline (shared by the page and this isolated world), so the
 * page-load bench can time dwell end to painted card through the built extension. Only the
 * latest is kept: hovering a page for hours does not grow its timeline. Placed at the start of
 * the frame the dwell ends in (its animation-frame time), not when this callback runs.
 */
const DWELL_END_MARK = 'kontext:dwell-end';

function markDwellEnd(frameStart: number): void {
  performance.clearMarks(DWELL_END_MARK);
  performance.mark(DWELL_END_MARK, { startTime: frameStart });
}

function hasSelection(): boolean {
  const selection = document.getSelection();
  return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
}
