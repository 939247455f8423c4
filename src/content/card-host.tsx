/**
 * The one element Kontext adds to a page: a custom-element host with a closed
 * shadow root, created on first use. The card is rendered inside it with Preact
 * and placed next to the mention by the pure layout maths of card-position.ts:
 * inside the viewport and off the hovered word.
 */
import { render } from 'preact';
import { Card, type CardProps } from './card/Card';
import { placeCard } from './card-position';
import cardCss from './card/card.css?inline';
import { UI_HOST_TAG } from './collect-text';

export interface CardHostEvents {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onClose: () => void;
  onSelectEntry: (id: string) => void;
  onOpenDossier: (id: string) => void;
}

export type CardContent = Omit<CardProps, 'onClose' | 'onSelectEntry' | 'onOpenDossier'>;

export class CardHost {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private frame: HTMLDivElement | null = null;

  constructor(private readonly events: CardHostEvents) {}

  /** True for the host itself: events from inside the closed shadow root land on it. */
  isOwnNode(node: EventTarget | null): boolean {
    return node !== null && node === this.host;
  }

  get isOpen(): boolean {
    return this.frame !== null && this.frame.childElementCount > 0;
  }

  hasFocus(): boolean {
    return this.shadow?.activeElement != null;
  }

  show(content: CardContent, anchor: DOMRect, { focus }: { focus: boolean }): void {
    const frame = this.ensureFrame();
    render(
      <Card
        {...content}
        onClose={this.events.onClose}
        onSelectEntry={this.events.onSelectEntry}
        onOpenDossier={this.events.onOpenDossier}
      />,
      frame,
    );
    // Measure the card at its natural height, then place it; one layout, in this task.
    frame.style.maxHeight = '';
    const size = { width: frame.offsetWidth, height: frame.offsetHeight };
    const root = document.documentElement;
    const viewport = { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
    const { x, y, maxHeight } = placeCard(anchor, size, viewport);
    // Never taller than the room on its side: the card scrolls inside instead.
    frame.style.maxHeight = `${maxHeight}px`;
    frame.style.transform = `translate(${x}px, ${y}px)`;
    frame.style.visibility = 'visible';
    if (focus) frame.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
  }

  /** Creates the host and its styles ahead of the first hover (they cost tens of ms). */
  prewarm(): void {
    this.ensureFrame();
  }

  hide(): void {
    if (!this.frame) return;
    render(null, this.frame);
    this.frame.style.visibility = 'hidden';
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
