/**
 * Where the card script meets the page script. The card (Preact, its components, its styles,
 * the card host) is not part of page-script.js: a page nobody hovers never loads it. The first
 * time a card is wanted in a frame (a dwell starts on a mark, the keyboard or the popup opens
 * one) the background injects card-script.js into that frame; both scripts run in the frame's
 * isolated world, so the card script leaves its factory in a global there (the page's own
 * scripts never see it). Either may come first: the factory is left in the slot, or given to
 * the page script's waiting function found there.
 */
import type { CardContent, CardHostEvents } from './card-host';
import type { Theme } from './page-theme';

export const CARD_SCRIPT_FILE = '/card-script.js';

/** What the hover controller does with a card: the card host's methods (card-host.tsx). */
export interface CardView {
  isOwnNode(node: EventTarget | null): boolean;
  readonly isOpen: boolean;
  hasFocus(): boolean;
  show(content: CardContent, anchor: DOMRect, options: { focus: boolean; theme?: Theme }): void;
  prepare(content: CardContent, anchor: DOMRect, theme?: Theme): void;
  reveal(focus: boolean): void;
  prewarm(): void;
  hide(): void;
  destroy(): void;
}

export type CardFactory = (events: CardHostEvents) => CardView;

const KEY = '__kontextCard';

interface Slot {
  factory?: CardFactory;
  waiting?: ((factory: CardFactory) => void)[];
}

function slot(): Slot {
  const scope = globalThis as { [KEY]?: Slot };
  return (scope[KEY] ??= {});
}

/** The card script: its factory, for the page script that waits or comes to ask. */
export function offerCard(factory: CardFactory): void {
  const here = slot();
  if (here.factory) return;
  here.factory = factory;
  const waiting = here.waiting ?? [];
  delete here.waiting;
  for (const give of waiting) give(factory);
}

/** The card factory if the card script already runs in this frame. */
export function offeredCard(): CardFactory | undefined {
  return slot().factory;
}

/** Resolves once the card script offers its factory (at once if it already has). */
export function cardOffered(): Promise<CardFactory> {
  const here = slot();
  if (here.factory) return Promise.resolve(here.factory);
  return new Promise((resolve) => (here.waiting ??= []).push(resolve));
}
