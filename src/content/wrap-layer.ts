/**
 * The fallback for browsers without the CSS Custom Highlight API: each mark's text is
 * wrapped in a `<kontext-mark>` element. This does change the page's tree (text nodes
 * are split), so it is used only where highlights are missing. Marks are kept by their
 * wrapper elements, since wrapping leaves their StaticRanges pointing at split nodes.
 */
import type { HighlightStyle } from '../settings/settings';
import type { Mark } from './marks';

export const WRAP_TAG = 'kontext-mark';

/** What the page controller needs of a way to paint marks. */
export interface MarkLayer {
  add(marks: readonly Mark[]): void;
  remove(marks: readonly Mark[]): void;
  setStyle(style: HighlightStyle): void;
  clear(): void;
}

export class WrapLayer implements MarkLayer {
  private readonly wrappers = new Map<Mark, HTMLElement[]>();
  private readonly markOf = new WeakMap<Element, Mark>();

  constructor(private style: HighlightStyle = 'underline') {}

  /**
   * Later marks first: splitting a text node keeps its beginning in the original node,
   * so the offsets of earlier marks in the same node stay valid.
   */
  add(marks: readonly Mark[]): void {
    for (let i = marks.length - 1; i >= 0; i--) this.wrap(marks[i]!);
  }

  remove(marks: readonly Mark[]): void {
    for (const mark of marks) {
      for (const wrapper of this.wrappers.get(mark) ?? []) wrapper.replaceWith(...wrapper.childNodes);
      this.wrappers.delete(mark);
    }
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    for (const list of this.wrappers.values()) for (const wrapper of list) wrapper.dataset.style = style;
  }

  clear(): void {
    this.remove([...this.wrappers.keys()]);
  }

  /** The mark whose wrapper holds `node`, with that wrapper. */
  markAt(node: Node | null): { mark: Mark; element: Element } | null {
    const element = (node?.nodeType === 1 ? (node as Element) : node?.parentElement)?.closest(WRAP_TAG);
    const mark = element ? this.markOf.get(element) : undefined;
    return element && mark ? { mark, element } : null;
  }

  rectsOf(mark: Mark): DOMRect[] {
    return (this.wrappers.get(mark) ?? []).flatMap((wrapper) => Array.from(wrapper.getClientRects()));
  }

  /** Lights a mark up: for a moment (`flash`, the popup's "go to mention") or while its card is open (`current`). */
  flash(mark: Mark, on: boolean, how: 'flash' | 'current' = 'flash'): void {
    for (const wrapper of this.wrappers.get(mark) ?? []) {
      if (on) wrapper.dataset[how] = '';
      else delete wrapper.dataset[how];
    }
  }

  private wrap(mark: Mark): void {
    const { startContainer, startOffset, endContainer, endOffset } = mark.range;
    const segments = textSegments(startContainer, startOffset, endContainer, endOffset);
    const made: HTMLElement[] = [];
    // Last segment first, for the same reason as in add().
    for (let i = segments.length - 1; i >= 0; i--) {
      const { node, from, to } = segments[i]!;
      if (from >= to || !node.parentNode) continue;
      if (to < node.length) node.splitText(to);
      const inner = from > 0 ? node.splitText(from) : node;
      const wrapper = node.ownerDocument.createElement(WRAP_TAG);
      wrapper.dataset.kind = mark.kind;
      wrapper.dataset.style = this.style;
      inner.parentNode!.insertBefore(wrapper, inner);
      wrapper.append(inner);
      this.markOf.set(wrapper, mark);
      made.unshift(wrapper);
    }
    if (made.length > 0) this.wrappers.set(mark, made);
  }
}

interface Segment {
  node: Text;
  from: number;
  to: number;
}

/** The text node pieces a range covers, in document order. */
function textSegments(start: Node, startOffset: number, end: Node, endOffset: number): Segment[] {
  if (start === end) return start.nodeType === 3 ? [{ node: start as Text, from: startOffset, to: endOffset }] : [];
  const segments: Segment[] = [];
  const walker = start.ownerDocument!.createTreeWalker(start.getRootNode(), 4 /* SHOW_TEXT */);
  walker.currentNode = start;
  for (let node: Node | null = start; node; node = walker.nextNode()) {
    const text = node as Text;
    segments.push({ node: text, from: node === start ? startOffset : 0, to: node === end ? endOffset : text.length });
    if (node === end) break;
  }
  return segments;
}
