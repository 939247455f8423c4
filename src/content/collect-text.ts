/**
 * One pass over a page's text: text nodes grouped into blocks (a paragraph, a
 * heading, a list item) so a name split across inline elements ("Kim <a>Jong-un</a>")
 * is one string for the matcher. Skips are decided per parent element and cached,
 * not in a TreeWalker filter callback (a callback costs ~2 µs a node).
 */

/** Elements whose text is never a reader's prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'BUTTON', 'CODE', 'PRE', 'KBD', 'SAMP', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS',
]);

/** Class names of in-page code editors. */
const EDITOR_CLASS = /(?:^|\s)(?:CodeMirror|cm-editor|monaco-editor|ace_editor)(?:\s|$)/;

/** Inline elements: their text continues the surrounding block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'MARK', 'Q', 'RUBY', 'RB', 'RP', 'RT', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP',
  'TIME', 'U', 'VAR', 'WBR', 'LABEL', 'NOBR',
]);

export const UI_HOST_TAG = 'kontext-ui';

export interface TextBlock {
  /** The block's text: its text nodes concatenated in document order. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
}

function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === UI_HOST_TAG.toUpperCase()) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const className = element.getAttribute('class');
  return className !== null && EDITOR_CLASS.test(className);
}

export function collectBlocks(root: Node): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const skipCache = new Map<Element, boolean>();
  const blockCache = new Map<Element, Element>();

  const isSkipped = (element: Element | null): boolean => {
    if (element === null) return false;
    let cached = skipCache.get(element);
    if (cached === undefined) {
      cached = isSkippedElement(element) || isSkipped(element.parentElement);
      skipCache.set(element, cached);
    }
    return cached;
  };
  const blockOf = (element: Element): Element => {
    let cached = blockCache.get(element);
    if (cached === undefined) {
      const parent = element.parentElement;
      cached = INLINE_TAGS.has(element.tagName.toUpperCase()) && parent !== null ? blockOf(parent) : element;
      blockCache.set(element, cached);
    }
    return cached;
  };

  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentBlock: Element | null = null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent === null || isSkipped(parent)) continue;
    const data = node.data;
    if (data.length === 0) continue;
    const block = blockOf(parent);
    if (block !== currentBlock || current === null) {
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
      blocks.push(current);
    }
    current.starts.push(current.text.length);
    current.nodes.push(node);
    current.text += data;
  }
  return blocks.filter((block) => /\S/.test(block.text));
}

export interface NodePosition {
  index: number;
  offset: number;
}

/**
 * Maps an offset in a block's text to (node index, offset in node). `preferEnd`
 * resolves an offset on a node boundary to the end of the earlier node, which is
 * what a range end wants.
 */
export function locateOffset(starts: readonly number[], offset: number, preferEnd = false): NodePosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const start = starts[mid]!;
    if (start < offset || (start === offset && !preferEnd)) low = mid;
    else high = mid - 1;
  }
  return { index: low, offset: offset - starts[low]! };
}
