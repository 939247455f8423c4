/** Which mark lies under the pointer: caret position first, then the mark's own boxes. */
import type { Mark, MarkIndex } from './marks';

function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    // Without the roots named, a caret inside a shadow tree is retargeted to its host.
    const position = (
      doc.caretPositionFromPoint as (
        x: number,
        y: number,
        options?: { shadowRoots: ShadowRoot[] },
      ) => CaretPosition | null
    )(x, y, { shadowRoots: [...shadowRoots] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The client rects of a mark, through a short-lived Range (StaticRange has no geometry). */
export function markRects(mark: Mark): DOMRect[] {
  const doc = mark.range.startContainer.ownerDocument!;
  const range = doc.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return Array.from(range.getClientRects());
}

export interface Hit {
  mark: Mark;
  /** The box of the mark under the pointer: the card's anchor. */
  rect: DOMRect;
}

/** Caret APIs answer the nearest text even over blank space, so the boxes decide. */
export function hitTest(
  doc: Document,
  index: MarkIndex,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[] = [],
): Hit | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret) return null;
  const mark = index.at(caret.node, caret.offset);
  if (!mark) return null;
  const rect = markRects(mark).find((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
  return rect ? { mark, rect } : null;
}
