/**
 * Paints marks through the CSS Custom Highlight API: no element is added and no
 * text changes. The registry is shared with the page, so only names that start
 * with `kontext-` are ever set or deleted; one Highlight per kind (not per mention),
 * updated by adding and deleting ranges as marks come and go.
 */
import type { EntryKind } from '../dossier/types';
import type { HighlightStyle } from '../settings/settings';
import type { Mark } from './marks';
import type { MarkLayer } from './wrap-layer';

export const HIGHLIGHT_PREFIX = 'kontext-';

/** The registry name for a kind in a style (the content stylesheet styles each name). */
export function highlightName(kind: EntryKind, style: Exclude<HighlightStyle, 'none'>): string {
  return style === 'underline' ? `${HIGHLIGHT_PREFIX}${kind}` : `${HIGHLIGHT_PREFIX}bg-${kind}`;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer implements MarkLayer {
  private readonly byKind = new Map<EntryKind, Highlight>();

  constructor(private style: HighlightStyle = 'underline') {}

  add(marks: readonly Mark[]): void {
    for (const mark of marks) this.highlightFor(mark.kind).add(mark.range);
  }

  remove(marks: readonly Mark[]): void {
    for (const mark of marks) this.byKind.get(mark.kind)?.delete(mark.range);
  }

  /** Switches style by moving the same Highlight objects to other names. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    for (const [kind, highlight] of this.byKind) this.register(kind, highlight);
  }

  clear(): void {
    for (const highlight of this.byKind.values()) highlight.clear();
    this.unregister();
    this.byKind.clear();
  }

  private highlightFor(kind: EntryKind): Highlight {
    let highlight = this.byKind.get(kind);
    if (!highlight) {
      highlight = new Highlight();
      this.byKind.set(kind, highlight);
      this.register(kind, highlight);
    }
    return highlight;
  }

  private register(kind: EntryKind, highlight: Highlight): void {
    if (this.style !== 'none') CSS.highlights.set(highlightName(kind, this.style), highlight);
  }

  private unregister(): void {
    if (this.style === 'none') return;
    for (const kind of this.byKind.keys()) CSS.highlights.delete(highlightName(kind, this.style));
  }
}
