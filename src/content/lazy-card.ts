/**
 * The card as the hover controller sees it before the card script has arrived: the first
 * call that needs a card (the dwell's prewarm, a keyboard or popup open) has the background
 * inject the card script into this frame (card-slot.ts), and what was asked for meanwhile
 * (a card readied, revealed or shown) is done as soon as it is there. After that every call
 * goes straight to the card host.
 */
import { requestBackground } from './background-requests';
import type { CardContent, CardHostEvents } from './card-host';
import { cardOffered, offeredCard, type CardFactory, type CardView } from './card-slot';
import type { Theme } from './page-theme';

/** Has the card script injected and resolves with its factory; rejects if it did not arrive. */
export type CardLoader = () => Promise<CardFactory>;

/** The latest card asked for while the card script loads; `reveal` set once it should be on screen. */
interface Pending {
  content: CardContent;
  anchor: DOMRect;
  theme?: Theme;
  reveal?: { focus: boolean };
}

export class LazyCard implements CardView {
  private card: CardView | null = null;
  private loading = false;
  private pending: Pending | null = null;
  private warm = false;

  constructor(
    private readonly events: CardHostEvents,
    private readonly load: CardLoader,
  ) {}

  /** Whether the card script has arrived (the card host exists). */
  get loaded(): boolean {
    return this.card !== null;
  }

  isOwnNode(node: EventTarget | null): boolean {
    return this.card?.isOwnNode(node) ?? false;
  }

  get isOpen(): boolean {
    return this.card?.isOpen ?? false;
  }

  hasFocus(): boolean {
    return this.card?.hasFocus() ?? false;
  }

  show(content: CardContent, anchor: DOMRect, { focus, theme }: { focus: boolean; theme?: Theme }): void {
    if (this.card) return this.card.show(content, anchor, { focus, ...(theme ? { theme } : {}) });
    this.pending = { content, anchor, ...(theme ? { theme } : {}), reveal: { focus } };
    this.ensure();
  }

  prepare(content: CardContent, anchor: DOMRect, theme?: Theme): void {
    if (this.card) return this.card.prepare(content, anchor, theme);
    this.pending = { content, anchor, ...(theme ? { theme } : {}) };
    this.ensure();
  }

  reveal(focus: boolean): void {
    if (this.card) return this.card.reveal(focus);
    // The dwell ended before the card script arrived: the readied card shows when it does.
    if (this.pending) this.pending.reveal = { focus };
  }

  prewarm(): void {
    if (this.card) return this.card.prewarm();
    this.warm = true;
    this.ensure();
  }

  hide(): void {
    this.pending = null;
    this.card?.hide();
  }

  destroy(): void {
    this.pending = null;
    this.warm = false;
    this.card?.destroy();
  }

  private ensure(): void {
    if (this.card || this.loading) return;
    const offered = offeredCard();
    if (offered) return this.arrive(offered);
    this.loading = true;
    this.load().then(
      (factory) => {
        this.loading = false;
        this.arrive(factory);
      },
      () => {
        // Not this time (the extension is gone, the frame navigated): the next hover asks again.
        this.loading = false;
      },
    );
  }

  private arrive(factory: CardFactory): void {
    if (this.card) return;
    this.card = factory(this.events);
    const pending = this.pending;
    this.pending = null;
    if (pending?.reveal) {
      this.card.show(pending.content, pending.anchor, {
        focus: pending.reveal.focus,
        ...(pending.theme ? { theme: pending.theme } : {}),
      });
    } else if (pending) {
      this.card.prepare(pending.content, pending.anchor, pending.theme);
    } else if (this.warm) {
      this.card.prewarm();
    }
  }
}

/** The real loader: the background injects the card script into this frame (asked with retries). */
export function cardLoader(request: () => Promise<unknown>): CardLoader {
  return () =>
    Promise.race([
      cardOffered(),
      request().then(() => offeredCard() ?? Promise.reject(new Error('the card script did not arrive'))),
    ]);
}

/** The hover controller's card: the card host once the background injected the card script. */
export function lazyCard(events: CardHostEvents): LazyCard {
  return new LazyCard(
    events,
    cardLoader(() => requestBackground({ type: 'loadCard' })),
  );
}
