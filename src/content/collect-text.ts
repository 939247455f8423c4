/**
 * One pass over a page's text: text nodes grouped into blocks (a paragraph, a
 * heading, a list item) so a name split across inline elements ("Kim <a>Jong-un</a>")
 * is one string for the matcher. Skips are decided once per element as the walk
 * enters it, never in a TreeWalker filter callback (a callback costs ~2 µs a node).
 */

/** Elements whose text is never a reader's prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  // The document title is read on its own, for the page decision; a script's edit of it is no prose.
  'TITLE',
]);

/** Inline elements: their text continues the surrounding block. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RP',
  'RT',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'LABEL',
  'NOBR',
  // Kontext's own wrapper where the Highlight API is missing: transparent to the text.
  'KONTEXT-MARK',
]);

export const UI_HOST_TAG = 'kontext-ui';

export interface TextBlock {
  /** The block-level element whose text this is (several runs may share one). */
  element: Element;
  /** The block's text: its text nodes concatenated in document order. */
  text: string;
  nodes: Text[];
  /** Offset in `text` at which each node starts. */
  starts: number[];
}

/** Attributes that make an element's text not the reader's prose: one selector, matched natively. */
const SKIPPED_BY_ATTRIBUTE =
  '[aria-hidden="true"],[contenteditable]:not([contenteditable="false"]),' +
  /* in-page code editors */ '.CodeMirror,.cm-editor,.monaco-editor,.ace_editor';

/** Whether an element's own text and subtree are skipped: tag first, attributes only where there are any. */
function isSkippedElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag) || tag === UI_HOST_TAG.toUpperCase()) {
    // A text/plain document is shown as one <pre>: there it is the text itself, not code.
    return !(tag === 'PRE' && element.ownerDocument.contentType === 'text/plain');
  }
  return element.hasAttributes() && element.matches(SKIPPED_BY_ATTRIBUTE);
}

export function isInlineElement(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/**
 * Skip and block decisions, cached per element for the life of one pass (a page
 * edit can change an attribute, so caches are never kept across passes).
 */
export class BlockResolver {
  /** Open shadow roots entered while collecting: they need our styles and an observer. */
  readonly shadowRoots = new Set<ShadowRoot>();
  private readonly skipCache = new Map<Element, boolean>();
  private readonly blockCache = new Map<Element, Element>();

  /**
   * Iterative, not recursive: a page may nest thousands of elements (a recursion
   * per ancestor would overflow the stack at a few thousand levels).
   */
  isSkipped(element: Element | null): boolean {
    const unresolved: Element[] = [];
    let skipped = false;
    for (let at = element; at !== null; at = parentOf(at)) {
      const cached = this.skipCache.get(at);
      if (cached !== undefined) {
        skipped = cached;
        break;
      }
      unresolved.push(at);
    }
    // From the outermost unresolved ancestor inwards: skipped once any ancestor is.
    for (let i = unresolved.length - 1; i >= 0; i--) {
      const at = unresolved[i]!;
      skipped = skipped || isSkippedElement(at);
      this.skipCache.set(at, skipped);
    }
    return element === null ? false : this.skipCache.get(element)!;
  }

  /** The nearest block-level element: inline elements continue their parent's block. */
  blockOf(element: Element): Element {
    const unresolved: Element[] = [];
    let block: Element | undefined;
    for (let at: Element = element; ;) {
      block = this.blockCache.get(at);
      if (block !== undefined) break;
      unresolved.push(at);
      const parent = at.parentElement;
      if (!isInlineElement(at) || parent === null) {
        block = at;
        break;
      }
      at = parent;
    }
    for (const at of unresolved) this.blockCache.set(at, block);
    return block;
  }
}

/** The parent element, stepping out of a shadow root to its host. */
export function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && (root as ShadowRoot).host ? (root as ShadowRoot).host : null;
}

/**
 * Text blocks under `root`, in document order; open shadow roots are entered where
 * their host stands. `resolver` can be shared by several calls in one pass.
 */
export function collectBlocks(
  root: Node,
  resolver = new BlockResolver(),
  /** Sees each block once it is complete; returning true ends the walk there (a pre-check that found enough). */
  stopAfter?: (block: TextBlock) => boolean,
): TextBlock[] {
  const walker = new BlockWalker(root, resolver);
  const blocks: TextBlock[] = [];
  for (let block = walker.next(); block !== null; block = walker.next()) {
    blocks.push(block);
    if (stopAfter?.(block)) break;
  }
  return blocks;
}

/** Nodes walked between two looks at the clock: reading it costs more than a node. */
const NODES_PER_CLOCK_READ = 256;

/** One walk in progress (the page or an open shadow root inside it). */
interface WalkFrame {
  node: Node | null;
  depth: number;
  /** The element whose children are walked at each depth (0: the walk's root). */
  parents: Node[];
  /** The block of each open ancestor's own text; null: text directly in a document or shadow root is not prose. */
  blockAt: (Element | null)[];
  /** The shadow host whose shadow tree was read: the walk goes on with its own children. */
  shadowRead?: Element;
}

/**
 * The walk `collectBlocks` makes, resumable: `next()` returns the next complete block, or
 * null when the walk is over (`done`) or past its deadline (walk on with another `next`).
 * A page of a megabyte is read in slices that each stay well under a long task.
 *
 * A depth-first walk by firstChild/nextSibling that keeps the block of each open
 * ancestor on a stack (pushed going down, popped coming up): a text node costs no
 * lookup at all (per-node map lookups cost more than the walk itself on a large
 * page), and a skipped element's subtree is never entered. Iterative: any depth.
 *
 * Between two calls the page may change. Going up follows the walk's own stack, never a
 * node's current parent, so it ends at the root whatever moved; a resumed walk whose next
 * node left the page says so (`stale`), and its reader starts again.
 */
export class BlockWalker {
  done = false;
  /** The page changed under a paused walk: what it would read next is no longer in the page. */
  stale = false;
  private readonly frames: WalkFrame[] = [];
  /** The block being read: complete once text of another block (or the walk's end) comes. */
  private current: TextBlock | null = null;
  /** Nodes left before the next look at the clock. */
  private countdown = NODES_PER_CLOCK_READ;

  constructor(
    root: Node,
    readonly resolver = new BlockResolver(),
    private readonly clock: () => number = () => performance.now(),
  ) {
    const rootElement = root.nodeType === 1 ? (root as Element) : null;
    if (rootElement && resolver.isSkipped(rootElement)) this.done = true;
    else this.frames.push(walkFrame(root, rootElement && resolver.blockOf(rootElement)));
  }

  /** The next block with words in it, or null: the walk is `done`, or `deadline` (clock time) passed. */
  next(deadline = Infinity): TextBlock | null {
    while (!this.done) {
      const block = this.advance(deadline);
      if (block === null || /\S/.test(block.text)) return block;
    }
    return null;
  }

  /** The next complete block (blank ones too), or null: done, or paused at the deadline. */
  private advance(deadline: number): TextBlock | null {
    const resolver = this.resolver;
    for (;;) {
      const frame = this.frames[this.frames.length - 1];
      if (frame === undefined) return this.finish();
      const { parents, blockAt } = frame;
      let { node, depth } = frame;
      if (node !== null && !node.isConnected && parents[0]!.isConnected) {
        this.stale = true;
        this.done = true;
        return null;
      }
      let current = this.current;
      while (node !== null) {
        if (--this.countdown === 0) {
          this.countdown = NODES_PER_CLOCK_READ;
          if (this.clock() >= deadline) {
            this.current = current;
            frame.node = node;
            frame.depth = depth;
            return null;
          }
        }
        const type = node.nodeType;
        if (type === 1) {
          const element = node as Element;
          if (!isSkippedElement(element)) {
            const shadow = element.shadowRoot;
            if (shadow && frame.shadowRead !== element) {
              // The shadow tree is read where its host stands, before the host's own children.
              resolver.shadowRoots.add(shadow);
              frame.node = node;
              frame.depth = depth;
              frame.shadowRead = element;
              this.frames.push(walkFrame(shadow, null));
              this.current = null;
              if (current !== null) return current;
              break;
            }
            const first = element.firstChild;
            if (first !== null) {
              depth++;
              parents[depth] = element;
              blockAt[depth] = isInlineElement(element) ? (blockAt[depth - 1] ?? null) : element;
              node = first;
              continue;
            }
          }
        } else if (type === 3) {
          const block = blockAt[depth];
          const data = (node as Text).data;
          if (block && data.length > 0) {
            if (current === null || block !== current.element) {
              const complete = current;
              current = { element: block, text: data, nodes: [node as Text], starts: [0] };
              if (complete !== null) {
                this.current = current;
                frame.node = nextNode(node, depth, parents, frame);
                return complete;
              }
            } else {
              current.starts.push(current.text.length);
              current.nodes.push(node as Text);
              current.text += data;
            }
          }
        }
        node = nextNode(node, depth, parents, frame);
        depth = frame.depth;
      }
      if (node !== null) continue; // a shadow root was entered
      // This walk is over: the page's ends the whole walk; a shadow root's goes on at its host.
      this.frames.pop();
      if (this.frames.length === 0) {
        this.current = current;
        return this.finish();
      }
      this.current = null;
      if (current !== null) return current;
    }
  }

  private finish(): TextBlock | null {
    this.done = true;
    const last = this.current;
    this.current = null;
    return last;
  }
}

function walkFrame(root: Node, rootBlock: Element | null): WalkFrame {
  return { node: root.firstChild, depth: 0, parents: [root], blockAt: [rootBlock] };
}

/**
 * After `node`: its sibling, or the sibling of the nearest ancestor that has one, up the
 * walk's own stack (sets `frame.depth`). A shadow host resumes with its first child.
 */
function nextNode(node: Node, depth: number, parents: Node[], frame: WalkFrame): Node | null {
  let next: Node | null = node.nextSibling;
  while (next === null && depth > 0) {
    next = parents[depth]!.nextSibling;
    depth--;
  }
  frame.depth = depth;
  return next;
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
