/**
 * Mentions as page positions. A mark is a StaticRange (a live Range would make
 * every page DOM edit pay to update it) plus what it mentions; an index by text
 * node answers "which mark is under this caret position" for hit-testing.
 */
import type { EntryKind } from '../dossier/types';
import type { Mention } from '../matching/types';
import type { Region } from '../relevance/regions';
import { locateOffset, type TextBlock } from './collect-text';

export interface Mark {
  range: StaticRange;
  entry: string;
  kind: EntryKind;
  /** The block's text of this mention, as the reader sees it. */
  text: string;
  /** Where on the page the mention stands (headline, prose, aside, boilerplate). */
  region: Region;
  /** A conditional alias form: see `Mention.form`. */
  form?: Mention['form'];
}

export function marksForBlock(
  block: TextBlock,
  mentions: readonly Mention[],
  kinds: Readonly<Record<string, EntryKind>>,
  region: Region = 'body',
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
      region,
      ...(mention.form ? { form: mention.form } : {}),
    });
  }
  return marks;
}

/**
 * Marks by the text nodes they touch, so a caret position finds its mark in O(1).
 * Updated incrementally as marks come and go.
 */
export class MarkIndex {
  private readonly byNode = new Map<Node, Mark[]>();

  add(marks: readonly Mark[]): void {
    for (const mark of marks) for (const node of textNodesOf(mark)) this.list(node).push(mark);
  }

  remove(marks: readonly Mark[]): void {
    for (const mark of marks) {
      for (const node of textNodesOf(mark)) {
        const list = this.byNode.get(node);
        if (!list) continue;
        const at = list.indexOf(mark);
        if (at >= 0) list.splice(at, 1);
        if (list.length === 0) this.byNode.delete(node);
      }
    }
  }

  clear(): void {
    this.byNode.clear();
  }

  /** The mark containing a caret position, if any. */
  at(node: Node, offset: number): Mark | undefined {
    return this.byNode.get(node)?.find((mark) => {
      const { startContainer, startOffset, endContainer, endOffset } = mark.range;
      const afterStart = node !== startContainer || offset >= startOffset;
      const beforeEnd = node !== endContainer || offset <= endOffset;
      return afterStart && beforeEnd;
    });
  }

  private list(node: Node): Mark[] {
    let list = this.byNode.get(node);
    if (!list) this.byNode.set(node, (list = []));
    return list;
  }
}

/** The text nodes from a mark's start to its end (several for "Kim <a>Jong-un</a>"). */
function textNodesOf(mark: Mark): Node[] {
  const { startContainer, endContainer } = mark.range;
  if (startContainer === endContainer) return [startContainer];
  const nodes: Node[] = [startContainer];
  const walker = startContainer.ownerDocument!.createTreeWalker(startContainer.getRootNode(), 4 /* SHOW_TEXT */);
  walker.currentNode = startContainer;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push(node);
    if (node === endContainer) break;
  }
  return nodes;
}
