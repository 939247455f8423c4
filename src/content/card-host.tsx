/**
 * The one element Kontext adds to a page: a custom-element host with a closed
 * shadow root, created on first use. The card is rendered inside it with Preact
 * and placed next to the mention with floating-ui (flip + shift keep it in view
 * and off the hovered word).
 */
import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { Entry, Lang } from '../dossier/types';
import { Card } from './card/Card';
import cardCss from './card/card.css?inline';
import { UI_HOST_TAG } from './collect-text';

export interface CardHostEvents {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onClose: () => void;
}

export class CardHost {
  private host: HTMLElement | null = null;
  private frame: HTMLDivElement | null = null;

  constructor(private readonly events: CardHostEvents) {}

  /** True for the host itself: events from inside the card land on it. */
  isOwnNode(node: EventTarget | null): boolean {
    return node !== null && node === this.host;
  }

  get isOpen(): boolean {
    return this.frame !== null && this.frame.childElementCount > 0;
  }

  async show(entry: Entry, anchor: DOMRect, lang: Lang, mentionsOnPage: number): Promise<void> {
    const frame = this.ensureFrame();
    render(
      <Card entry={entry} lang={lang} mentionsOnPage={mentionsOnPage} onClose={this.events.onClose} />,
      frame,
    );
    frame.style.visibility = 'hidden';
    const reference: VirtualElement = { getBoundingClientRect: () => anchor };
    const { x, y } = await computePosition(reference, frame, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }), shift({ padding: 8 })],
    });
    frame.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    frame.style.visibility = 'visible';
  }

  hide(): void {
    if (this.frame) render(null, this.frame);
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.frame = null;
  }

  private ensureFrame(): HTMLDivElement {
    if (this.frame && this.host?.isConnected) return this.frame;
    const host = document.createElement(UI_HOST_TAG);
    // Closed: page scripts cannot reach into the card (it may show the reader's notes).
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptStyles(shadow, cardCss);
    const frame = document.createElement('div');
    frame.className = 'frame';
    frame.addEventListener('pointerenter', this.events.onPointerEnter);
    frame.addEventListener('pointerleave', this.events.onPointerLeave);
    shadow.append(frame);
    document.documentElement.append(host);
    this.host = host;
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
