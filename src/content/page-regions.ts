/**
 * The DOM side of page regions (src/relevance/regions.ts): describes a block's element and
 * its ancestors as facts and asks the pure rules. One resolver serves one pass over the
 * page; attributes may change between passes, so nothing is kept longer. Works on any
 * standard DOM (the evaluation runs it on linkedom).
 */
import {
  blockRegion,
  extendContext,
  isLinkText,
  ROOT_CONTEXT,
  type ElementFacts,
  type Region,
  type RegionContext,
} from '../relevance/regions';
import { parentOf, type TextBlock } from './collect-text';

/** Elements whose subtree holds the page's main content: wrappers around them say nothing. */
const MAIN_CONTENT = 'h1, main, [role="main"]';

export class RegionResolver {
  private readonly contexts = new Map<Element, RegionContext>();
  private readonly holdingMain = new Set<Element>();

  constructor(document: Document) {
    for (const main of document.querySelectorAll(MAIN_CONTENT)) {
      for (let at: Element | null = main; at !== null && !this.holdingMain.has(at); at = parentOf(at)) {
        this.holdingMain.add(at);
      }
    }
  }

  /** The region of a block of text: its ancestors' say, then whether it is mostly links. */
  regionOf(block: TextBlock): Region {
    const element = block.element;
    const region = blockRegion(this.contextOf(element), this.facts(element, false));
    // Headlines stay headlines even when linked; prose and asides that are mostly links are link lists.
    if (region === 'headline' || region === 'boilerplate') return region;
    // A teaser heading wrapped in a link (`<a><h3>…</h3></a>`) is link text as a whole.
    const wholeBlockLinked = element.closest('a') !== null;
    let linked = 0;
    let total = 0;
    for (const node of block.nodes) {
      const length = node.data.trim().length;
      total += length;
      if (length > 0 && (wholeBlockLinked || insideLink(node, element))) linked += length;
    }
    return isLinkText(linked, total) ? 'boilerplate' : region;
  }

  /** Iterative with a memo: a page may nest thousands of elements. */
  private contextOf(element: Element): RegionContext {
    const unresolved: Element[] = [];
    let context: RegionContext = ROOT_CONTEXT;
    for (let at: Element | null = element; at !== null; at = parentOf(at)) {
      const known = this.contexts.get(at);
      if (known) {
        context = known;
        break;
      }
      unresolved.push(at);
    }
    for (let i = unresolved.length - 1; i >= 0; i--) {
      const at = unresolved[i]!;
      context = extendContext(context, this.facts(at, this.holdingMain.has(at)));
      this.contexts.set(at, context);
    }
    return context;
  }

  private facts(element: Element, holdsMain: boolean): ElementFacts {
    const className = element.getAttribute('class') ?? '';
    return {
      tag: element.tagName.toUpperCase(),
      role: element.getAttribute('role'),
      id: element.id,
      className,
      itemprop: element.getAttribute('itemprop'),
      holdsMain,
    };
  }
}

function insideLink(node: Text, block: Element): boolean {
  for (let at = node.parentElement; at !== null && at !== block; at = at.parentElement) {
    if (at.tagName.toUpperCase() === 'A') return true;
  }
  return false;
}
