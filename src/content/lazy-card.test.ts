import { afterEach, describe, expect, it } from 'vitest';
import type { CardContent, CardHostEvents } from './card-host';
import { offerCard, type CardFactory, type CardView } from './card-slot';
import { cardLoader, LazyCard } from './lazy-card';

/** A card host that records what it was asked to do. */
class FakeCard implements CardView {
  calls: string[] = [];
  isOpen = false;
  isOwnNode(): boolean {
    return false;
  }
  hasFocus(): boolean {
    return false;
  }
  show(content: CardContent, _anchor: DOMRect, { focus }: { focus: boolean }): void {
    this.calls.push(`show ${content.entry.id} focus=${focus}`);
    this.isOpen = true;
  }
  prepare(content: CardContent): void {
    this.calls.push(`prepare ${content.entry.id}`);
  }
  reveal(focus: boolean): void {
    this.calls.push(`reveal focus=${focus}`);
    this.isOpen = true;
  }
  prewarm(): void {
    this.calls.push('prewarm');
  }
  hide(): void {
    this.calls.push('hide');
    this.isOpen = false;
  }
  destroy(): void {
    this.calls.push('destroy');
  }
}

const events: CardHostEvents = {
  onPointerEnter: () => undefined,
  onPointerLeave: () => undefined,
  onClose: () => undefined,
  onSelectEntry: () => undefined,
  onOpenDossier: () => undefined,
};
const anchor = { left: 0, top: 0, right: 10, bottom: 10, width: 10, height: 10, x: 0, y: 0 } as DOMRect;
const content = (id: string) => ({ entry: { id } }) as unknown as CardContent;

/** A loader the test lets arrive when it wants: the card script still on its way. */
function deferredLoader() {
  const card = new FakeCard();
  let arrive: () => void = () => undefined;
  let loads = 0;
  const loader = () => {
    loads++;
    return new Promise<CardFactory>((resolve) => (arrive = () => resolve(() => card)));
  };
  return { card, loader, arrive: () => arrive(), loads: () => loads };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  delete (globalThis as { __kontextCard?: unknown }).__kontextCard;
});

describe('LazyCard', () => {
  it('loads nothing until a card is wanted, then once', async () => {
    const { loader, loads, arrive } = deferredLoader();
    const lazy = new LazyCard(events, loader);
    expect(lazy.isOpen).toBe(false);
    lazy.hide();
    expect(loads()).toBe(0);
    lazy.prewarm();
    lazy.prepare(content('kursk'), anchor);
    expect(loads()).toBe(1);
    arrive();
    await settle();
    expect(lazy.loaded).toBe(true);
  });

  it('shows the card readied during the dwell as soon as the card arrives, when the dwell ended first (first hover)', async () => {
    const { card, loader, arrive } = deferredLoader();
    const lazy = new LazyCard(events, loader);
    lazy.prewarm();
    lazy.prepare(content('kursk'), anchor);
    lazy.reveal(false);
    expect(lazy.isOpen).toBe(false);
    arrive();
    await settle();
    expect(card.calls).toEqual(['show kursk focus=false']);
    expect(lazy.isOpen).toBe(true);
  });

  it('readies the card hidden when it arrives during the dwell; the dwell end reveals it', async () => {
    const { card, loader, arrive } = deferredLoader();
    const lazy = new LazyCard(events, loader);
    lazy.prewarm();
    lazy.prepare(content('kursk'), anchor);
    arrive();
    await settle();
    expect(card.calls).toEqual(['prepare kursk']);
    lazy.reveal(false);
    expect(card.calls).toEqual(['prepare kursk', 'reveal focus=false']);
  });

  it('opens a keyboard card with focus once the card arrives, and only the latest one', async () => {
    const { card, loader, arrive } = deferredLoader();
    const lazy = new LazyCard(events, loader);
    lazy.show(content('kursk'), anchor, { focus: true });
    lazy.show(content('kcna'), anchor, { focus: true });
    arrive();
    await settle();
    expect(card.calls).toEqual(['show kcna focus=true']);
  });

  it('shows nothing when the card was dismissed before the card script arrived', async () => {
    const { card, loader, arrive } = deferredLoader();
    const lazy = new LazyCard(events, loader);
    lazy.prewarm();
    lazy.prepare(content('kursk'), anchor);
    lazy.reveal(false);
    lazy.hide();
    arrive();
    await settle();
    expect(card.calls).toEqual(['prewarm']);
    expect(lazy.isOpen).toBe(false);
  });

  it('asks again on the next hover when loading failed', async () => {
    let loads = 0;
    const card = new FakeCard();
    const lazy = new LazyCard(events, () =>
      ++loads === 1 ? Promise.reject(new Error('gone')) : Promise.resolve(() => card),
    );
    lazy.prewarm();
    await settle();
    expect(lazy.loaded).toBe(false);
    lazy.show(content('kursk'), anchor, { focus: false });
    await settle();
    expect(loads).toBe(2);
    expect(card.calls).toEqual(['show kursk focus=false']);
  });
});

describe('cardLoader', () => {
  it('resolves with the factory the card script offers in this world', async () => {
    const card = new FakeCard();
    const load = cardLoader(async () => {
      offerCard(() => card);
      return null;
    });
    expect((await load())(events)).toBe(card);
  });

  it('takes a card script already here without asking the background', async () => {
    const card = new FakeCard();
    offerCard(() => card);
    let asked = 0;
    const lazy = new LazyCard(
      events,
      cardLoader(async () => asked++),
    );
    lazy.show(content('kursk'), anchor, { focus: false });
    expect(asked).toBe(0);
    expect(card.calls).toEqual(['show kursk focus=false']);
  });

  it('rejects when the background answered but no card script arrived', async () => {
    await expect(cardLoader(async () => null)()).rejects.toThrow(/did not arrive/);
  });
});
