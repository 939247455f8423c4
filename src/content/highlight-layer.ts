/**
 * Paints marks through the CSS Custom Highlight API: no element is added and no
 * text changes. The registry is shared with the page, so only names that start
 * with `kontext-` are ever set or deleted; one Highlight per kind, not per mention.
 */
import type { EntryKind } from '../dossier/types';
import type { Mark } from './marks';

export const HIGHLIGHT_PREFIX = 'kontext-';

export function highlightName(kind: EntryKind): string {
  return `${HIGHLIGHT_PREFIX}${kind}`;
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class HighlightLayer {
  private readonly byKind = new Map<EntryKind, Highlight>();

  /** Replaces everything painted with `marks`. */
  paint(marks: readonly Mark[]): void {
    const groups = new Map<EntryKind, StaticRange[]>();
    for (const mark of marks) {
      const list = groups.get(mark.kind);
      if (list) list.push(mark.range);
      else groups.set(mark.kind, [mark.range]);
    }
    for (const [kind, highlight] of this.byKind) {
      if (!groups.has(kind)) {
        highlight.clear();
        CSS.highlights.delete(highlightName(kind));
        this.byKind.delete(kind);
      }
    }
    for (const [kind, ranges] of groups) {
      const highlight = new Highlight(...ranges);
      this.byKind.set(kind, highlight);
      CSS.highlights.set(highlightName(kind), highlight);
    }
  }

  clear(): void {
    this.paint([]);
  }
}
