/**
 * Mentions as page positions. A mark is a StaticRange (a live Range would make
 * every page DOM edit pay to update it) plus what it mentions; an index by text
 * node answers "which mark is under this caret position" for hit-testing.
 */
import type { EntryKind } from '../dossier/types';
import type { Mention } from '../matching/types';
import { locateOffset, type TextBlock } from './collect-text';

export interface Mark {
  range: StaticRange;
  entry: string;
  kind: EntryKind;
  /** The block's text of this mention, as the reader sees it. */
  text: string;
}

export function marksForBlock(
  block: TextBlock,
  mentions: readonly Mention[],
  kinds: Readonly<Record<string, EntryKind>>,
): Mark[] {
  const marks: Mark[] = [];
  for (const mention of mentions) {
    const kind = kinds[mention.entry];
    if (kind === undefined) continue;
    const start = locateOffset(block.starts, mention.start);
    const end = locateOffset(block.starts, mention.end, true);
    marks.push({
      range: new StaticRange({
        startContainer: block.nodes[start.index]!,
        startOffset: start.offset,
        endContainer: block.nodes[end.index]!,
        endOffset: end.offset,
      }),
      entry: mention.entry,
      kind,
      text: block.text.slice(mention.start, mention.end),
    });
  }
  return marks;
}

/** Every text node a mark touches, so a caret in any of them finds the mark. */
export function indexMarksByNode(marks: readonly Mark[]): Map<Node, Mark[]> {
  const index = new Map<Node, Mark[]>();
  const add = (node: Node, mark: Mark) => {
    const list = index.get(node);
    if (list) list.push(mark);
    else index.set(node, [mark]);
  };
  for (const mark of marks) {
    const { startContainer, endContainer } = mark.range;
    add(startContainer, mark);
    if (endContainer === startContainer) continue;
    // A mark across inline elements: walk the text nodes between its ends.
    const doc = startContainer.ownerDocument!;
    const walker = doc.createTreeWalker(doc, 4 /* SHOW_TEXT */);
    walker.currentNode = startContainer;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      add(node, mark);
      if (node === endContainer) break;
    }
  }
  return index;
}

/** The mark containing a caret position, if any. */
export function markAtCaret(index: Map<Node, Mark[]>, node: Node, offset: number): Mark | undefined {
  const candidates = index.get(node);
  if (!candidates) return undefined;
  return candidates.find((mark) => {
    const { startContainer, startOffset, endContainer, endOffset } = mark.range;
    const afterStart = node !== startContainer || offset >= startOffset;
    const beforeEnd = node !== endContainer || offset <= endOffset;
    return afterStart && beforeEnd;
  });
}
