/**
 * The one element Kontext adds to a page: a custom-element host with a closed
 * shadow root, created on first use. The card is rendered inside it with Preact
 * and placed next to the mention by the pure layout maths of card-position.ts:
 * inside the viewport and off the hovered word. Shipped in the card script
 * (entrypoints/card-script.ts), loaded into a frame on the first hover (card-slot.ts).
 */
import { render } from 'preact';
import { Card, type CardProps } from './card/Card';
import { placeCard } from './card-position';
import cardCss from './card/card.css?inline';
import { UI_HOST_TAG } from './collect-text';
import type { CardView } from './card-slot';
import type { Theme } from './page-theme';

export interface CardHostEvents {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onClose: () => void;
  onSelectEntry: (id: string) => void;
  onOpenDossier: (id: string) => void;
  onBack?: () => void;
  onNextMention?: (id: string) => void;
}

export type CardContent = Omit<CardProps, 'onClose' | 'onSelectEntry' | 'onOpenDossier' | 'onBack' | 'onNextMention'>;

export class CardHost implements CardView {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private frame: HTMLDivElement | null = null;
  /** Every card shown gets a new key: nothing (an open quote, "More") carries over to the next. */
  private shown = 0;
  /** On screen (a card readied during the dwell is rendered and placed, but hidden). */
  private visible = false;

  constructor(private readonly events: CardHostEvents) {}

  /** True for the host itself: events from inside the closed shadow root land on it. */
  isOwnNode(node: EventTarget | null): boolean {
    return node !== null && node === this.host;
  }

  get isOpen(): boolean {
    return this.visible && this.frame !== null && this.frame.childElementCount > 0;
  }

  hasFocus(): boolean {
    return this.shadow?.activeElement != null;
  }

  /**
   * `anchor` is in viewport pixels (what getClientRects reports, CSS zoom included);
   * `theme` comes from the page behind the mark (absent: the system's).
   */
  show(content: CardContent, anchor: DOMRect, { focus, theme }: { focus: boolean; theme?: Theme }): void {
    this.prepare(content, anchor, theme);
    this.reveal(focus);
  }

  /**
   * Renders and places the card without showing it (a hidden card stays hidden, a shown one is
   * replaced in place): done during the dwell, so that its end only has to reveal it.
   */
  prepare(content: CardContent, anchor: DOMRect, theme?: Theme): void {
    const frame = this.ensureFrame();
    const { onBack, onNextMention } = this.events;
    render(
      <Card
        key={++this.shown}
        {...content}
        onClose={this.events.onClose}
        onSelectEntry={this.events.onSelectEntry}
        onOpenDossier={this.events.onOpenDossier}
        {...(content.back && onBack ? { onBack } : {})}
        {...(onNextMention ? { onNextMention } : {})}
      />,
      frame,
    );
    if (theme) frame.dataset.theme = theme;
    else delete frame.dataset.theme;
    // A page that zooms its root (CSS `zoom` on html) would zoom the card too: undo it on the host,
    // so the card keeps its size and the maths below works in viewport pixels throughout.
    const rootZoom = zoomOf(this.host!.parentElement);
    this.host!.style.setProperty('zoom', rootZoom === 1 ? '' : String(1 / rootZoom), 'important');
    // Measure the card at its natural height, then place it; one layout, in this task.
    frame.style.maxHeight = '';
    const size = { width: frame.offsetWidth, height: frame.offsetHeight };
    const root = document.documentElement;
    // The root's client size is the viewport's in viewport pixels, whatever the root's zoom (standards mode).
    const viewport = { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
    const { x, y, maxHeight, side } = placeCard(anchor, size, viewport);
    // Never taller than the room on its side: the card scrolls inside instead.
    frame.style.maxHeight = `${maxHeight}px`;
    if (side === 'above') {
      // Held by its bottom edge: when "More" opens, the card grows upwards, never over the word.
      frame.style.top = 'auto';
      frame.style.bottom = `${Math.max(0, viewport.height - (y + Math.min(size.height, maxHeight)))}px`;
      frame.style.transform = `translate(${x}px, 0)`;
    } else {
      frame.style.top = '';
      frame.style.bottom = '';
      frame.style.transform = `translate(${x}px, ${y}px)`;
    }
  }

  /** Shows the card last rendered by `prepare`: a style change, painted in the next frame. */
  reveal(focus: boolean): void {
    const frame = this.frame;
    if (!frame) return;
    frame.style.visibility = 'visible';
    frame.classList.add('shown');
    this.visible = true;
    if (focus) frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  }

  /** Creates the host and its styles ahead of the first hover (they cost tens of ms). */
  prewarm(): void {
    this.ensureFrame();
  }

  hide(): void {
    this.visible = false;
    if (!this.frame) return;
    render(null, this.frame);
    this.frame.style.visibility = 'hidden';
    this.frame.classList.remove('shown');
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.frame = null;
  }

  private ensureFrame(): HTMLDivElement {
    // In fullscreen only the fullscreen element's subtree is visible: the card goes there.
    const container = document.fullscreenElement ?? document.documentElement;
    if (this.frame && this.host?.isConnected) {
      if (this.host.parentNode !== container) container.append(this.host);
      return this.frame;
    }
    const host = document.createElement(UI_HOST_TAG);
    // Closed: page scripts cannot reach into the card (it may show the reader's notes).
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, cardCss);
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.style.visibility = 'hidden';
    frame.addEventListener('pointerenter', this.events.onPointerEnter);
    frame.addEventListener('pointerleave', this.events.onPointerLeave);
    shadow.append(frame);
    container.append(host);
    this.host = host;
    this.shadow = shadow;
    this.frame = frame;
    return frame;
  }
}

/** The CSS zoom an element renders at (its own and its ancestors'), 1 where nothing zooms. */
function zoomOf(element: Element | null): number {
  if (!element) return 1;
  const current = (element as Element & { currentCSSZoom?: number }).currentCSSZoom;
  if (typeof current === 'number' && current > 0) return current;
  let zoom = 1;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const own = parseFloat(getComputedStyle(node).zoom);
    if (own > 0) zoom *= own;
  }
  return zoom;
}

/** Constructable stylesheets are not subject to the page's CSP; a <style> is the fallback. */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}
