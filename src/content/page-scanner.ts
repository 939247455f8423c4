/**
 * The page as a document for the matcher, kept up to date as the page changes.
 * Each text block (a run of text under one block element) has a slot in the
 * matcher's incremental document; a page edit re-reads only the blocks it touched,
 * so the work follows the size of the change, not of the page.
 */
import type { EntryKind } from '../dossier/types';
import type { DocumentState, IncrementalMatcher } from '../matching/types';
import { LEAD_BLOCKS, LEAD_MIN_CHARS, type BlockObservation } from '../relevance/page-relevance';
import type { Region } from '../relevance/regions';
import {
  BlockResolver,
  BlockWalker,
  collectBlocks,
  isInlineElement,
  UI_HOST_TAG,
  type TextBlock,
} from './collect-text';
import { marksForBlock, type Mark } from './marks';
import { titleEntries } from './observe-page';
import { RegionResolver } from './page-regions';

export interface MarkDelta {
  removed: Mark[];
  added: Mark[];
  /** Open shadow roots read in this pass (they need styles and observing). */
  shadowRoots: ShadowRoot[];
}

interface Slot {
  block: TextBlock | null;
  /**
   * The block's region, read the first time it is needed (a block with mentions, or one
   * before the lead): a page that mentions nothing never pays for it. Reset when re-read.
   */
  region: Region | null;
  marks: Mark[];
}

/**
 * Characters the first slice of a whole-page scan matches, before its speed is known: about a
 * screenful of article text, so the first marks come after little cold matching and the next
 * slice follows at once.
 */
const FIRST_SLICE_CHARS = 2_000;

/** A whole-page scan in slices (PageScanner.startScan). */
export interface ScanJob {
  /** The old marks to take away. */
  readonly first: MarkDelta;
  done: boolean;
  /** Reads and matches the next blocks for about `ms` milliseconds: the marks that changed. */
  next(ms: number): MarkDelta;
}

export class PageScanner {
  private doc: DocumentState;
  private readonly slots: Slot[] = [];
  /** Block element → its runs' slot indices, in order. */
  private readonly slotsOf = new Map<Element, number[]>();
  /** Region rules for the current state of the page; dropped whenever the page changes. */
  private regions: RegionResolver | null = null;
  /** Emptied slots, reused before the document grows (a ticker must not grow it). */
  private readonly free: number[] = [];

  constructor(
    private readonly matcher: IncrementalMatcher,
    private readonly kinds: Readonly<Record<string, EntryKind>>,
    /** What slices of a whole-page scan are timed with (tests pass a counter). */
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.doc = matcher.openDocument();
  }

  /** Every current mark, in document order. */
  marks(): Mark[] {
    return this.slots.flatMap((slot) => slot.marks);
  }

  /**
   * The page as the relevance rules see it: each block's region, length and mentioned
   * entries. Blocks without mentions matter only until the lead is found (they take its
   * places), so past that point only blocks with marks are listed: a long page costs an
   * object per marked block, not per block.
   */
  observation(): BlockObservation[] {
    const blocks: BlockObservation[] = [];
    let headlineSeen = false;
    let leadLeft = LEAD_BLOCKS;
    for (const slot of this.slots) {
      const block = slot.block;
      if (!block) continue;
      const chars = block.text.length;
      if (slot.marks.length === 0 && leadLeft === 0) continue;
      const region = this.regionOf(slot);
      blocks.push({ region, chars, entries: slot.marks.map((m) => m.entry) });
      if (region === 'headline') headlineSeen = true;
      else if (headlineSeen && region === 'body' && chars >= LEAD_MIN_CHARS) leadLeft--;
    }
    return blocks;
  }

  private regionOf(slot: Slot): Region {
    if (slot.region === null && slot.block) {
      slot.region = (this.regions ??= new RegionResolver(ownerDocumentOf(slot.block.element))).regionOf(slot.block);
    }
    return slot.region ?? 'body';
  }

  /** Entries named in a document title (the title is its own small document). */
  titleEntries(title: string): string[] {
    return titleEntries(title, this.matcher);
  }

  /** Reads the whole page (or a root) from scratch. */
  scanAll(root: Node): MarkDelta {
    const { removed, resolver, blocks } = this.restart(root);
    const changed = this.doc.append(blocks.map((block) => block.text));
    return { removed, added: this.remark(changed).added, shadowRoots: [...resolver.shadowRoots] };
  }

  /** Forgets the page as read so far and collects its blocks again, each with an empty slot. */
  private restart(root: Node) {
    const removed = this.forget();
    const resolver = new BlockResolver();
    const blocks = collectBlocks(root, resolver);
    for (const block of blocks) this.assign(block.element, this.slots.push({ block, region: null, marks: [] }) - 1);
    return { removed, resolver, blocks };
  }

  /** Forgets the page as read so far: the marks it had. */
  private forget(): Mark[] {
    const removed = this.marks();
    this.doc = this.matcher.openDocument();
    this.slots.length = 0;
    this.slotsOf.clear();
    this.free.length = 0;
    this.regions = null;
    return removed;
  }

  /**
   * Reads the whole page (or a root) from scratch in slices: each `next(ms)` walks on from
   * where the last one stopped and matches the blocks it found, in reading order, for about
   * that long. A large page never blocks input for long, and its top (what the reader sees
   * first) is marked first. The marks are those of one whole read (`scanAll`), however the
   * page is sliced. Page edits must wait until the scan is done (`done`); an edit that takes
   * away the place the walk stopped at makes the next slice start the page again.
   */
  startScan(root: Node): ScanJob {
    let walker = new BlockWalker(root, new BlockResolver(), this.clock);
    let shadowsSeen = 0;
    // Characters matched per millisecond (clock unit), measured as the scan goes.
    let charsPerMs = 0;
    const job: ScanJob = {
      first: { removed: this.forget(), added: [], shadowRoots: [] },
      done: walker.done,
      next: (ms) => {
        const started = this.clock();
        const deadline = started + ms;
        let restarted: Mark[] = [];
        if (walker.stale) {
          restarted = this.forget();
          walker = new BlockWalker(root, new BlockResolver(), this.clock);
          shadowsSeen = 0;
        }
        const texts: string[] = [];
        let chars = 0;
        // Walks until matching what was found would take the rest of the slice.
        for (;;) {
          const matchCost = charsPerMs > 0 ? chars / charsPerMs : chars >= FIRST_SLICE_CHARS ? ms : 0;
          if (texts.length > 0 && this.clock() + matchCost >= deadline) break;
          const block = walker.next(deadline - matchCost);
          if (block === null) break;
          this.assign(block.element, this.slots.push({ block, region: null, marks: [] }) - 1);
          texts.push(block.text);
          chars += block.text.length;
        }
        const matching = this.clock();
        const delta = this.remark(texts.length > 0 ? this.doc.append(texts) : []);
        if (chars > 0) charsPerMs = chars / Math.max(0.5, this.clock() - matching);
        const shadows = [...walker.resolver.shadowRoots].slice(shadowsSeen);
        shadowsSeen += shadows.length;
        // A walk gone stale is done with this page as it was: the next slice starts the page again.
        job.done = walker.done && !walker.stale;
        return { removed: [...restarted, ...delta.removed], added: delta.added, shadowRoots: shadows };
      },
    };
    return job;
  }

  /** Applies a batch of DOM mutations: only the blocks they touch are read again. */
  applyMutations(records: readonly MutationRecord[]): MarkDelta {
    const resolver = new BlockResolver();
    // The page changed: regions read before may be stale (an attribute, a moved subtree).
    this.regions = null;
    const dirty = new Set<Element>();
    const added = new Set<Element>();
    const removed = new Set<Element>();
    const blockOfNode = (node: Node): Element | null => {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return element ? resolver.blockOf(element) : null;
    };

    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        const block = blockOfNode(record.target);
        if (block) dirty.add(block);
        continue;
      }
      if (record.type !== 'childList') continue;
      const targetBlock = record.target.nodeType === 1 ? resolver.blockOf(record.target as Element) : null;
      // A block element added or removed between two runs of text of the target's block
      // splits or joins them ("Kim <div>…</div>Jong-un" loses its <div>): that block is
      // read again, but only if it has text of its own (a container of blocks costs nothing).
      const splitsRuns = targetBlock !== null && this.slotsOf.has(targetBlock);
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isOwnUi(node)) {
          added.add(node as Element);
          if ((isInlineElement(node as Element) || splitsRuns) && targetBlock) dirty.add(targetBlock);
        } else if (isWordText(node) && targetBlock) dirty.add(targetBlock);
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === 1) {
          removed.add(node as Element);
          if ((isInlineElement(node as Element) || splitsRuns) && targetBlock) dirty.add(targetBlock);
        } else if (isWordText(node) && targetBlock) dirty.add(targetBlock);
      }
    }

    const touched = new Set<number>();
    // Removed subtrees: every block inside them loses its text.
    for (const root of removed) {
      if (root.isConnected) continue;
      this.forEachKnownBlockIn(root, (element) => this.release(element, touched));
    }
    // Blocks whose own text changed: read their runs again. A block that gains its first
    // text or loses its last splits or joins the runs of the block around it (an empty <h2>
    // between two runs of text gets a word): that block is read again too (the set grows
    // while it is walked, and stops where nothing more changes).
    for (const element of dirty) {
      const hadText = this.slotsOf.has(element);
      if (!element.isConnected || resolver.isSkipped(element)) this.release(element, touched);
      else
        this.reread(
          element,
          collectBlocks(element, resolver).filter((b) => b.element === element),
          touched,
        );
      const outer = element.parentElement && element.isConnected ? resolver.blockOf(element.parentElement) : null;
      if (outer && hadText !== this.slotsOf.has(element) && this.slotsOf.has(outer)) dirty.add(outer);
    }
    // Added subtrees: their blocks (not text that continues a block outside them).
    const appended: { element: Element; blocks: TextBlock[] }[] = [];
    for (const root of added) {
      if (!root.isConnected || resolver.isSkipped(root) || hasAddedAncestor(root, added)) continue;
      const byElement = new Map<Element, TextBlock[]>();
      for (const block of collectBlocks(root, resolver)) {
        if (!root.contains(block.element) || dirty.has(block.element)) continue;
        const list = byElement.get(block.element);
        if (list) list.push(block);
        else byElement.set(block.element, [block]);
      }
      for (const [element, blocks] of byElement) appended.push({ element, blocks });
    }
    for (const { element, blocks } of appended) this.reread(element, blocks, touched);
    return { ...this.flushTouched(touched), shadowRoots: [...resolver.shadowRoots] };
  }

  /** Re-reads blocks and returns the marks that changed. */
  private flushTouched(touched: Set<number>): Omit<MarkDelta, 'shadowRoots'> {
    const texts: { index: number; text: string }[] = [];
    for (const index of touched) texts.push({ index, text: this.slots[index]?.block?.text ?? '' });
    // Slots past the document's end are new and appended; the rest are replaced. One batch:
    // the document rules run once however many blocks the page edit touched.
    const known = this.doc.blockCount;
    const fresh = texts.filter((t) => t.index >= known).sort((a, b) => a.index - b.index);
    const changed = new Set(
      this.doc.batch(
        texts.filter((t) => t.index < known),
        fresh.map((t) => t.text),
      ),
    );
    // A slot read again may hold the same text in other nodes (its old nodes were removed or
    // moved): the matcher sees no change, but its marks must point at the new nodes.
    for (const { index } of texts) changed.add(index);
    return this.remark([...changed]);
  }

  private remark(indices: Iterable<number>): Omit<MarkDelta, 'shadowRoots'> {
    const delta: Omit<MarkDelta, 'shadowRoots'> = { removed: [], added: [] };
    for (const index of indices) {
      const slot = this.slots[index];
      if (!slot) continue;
      delta.removed.push(...slot.marks);
      const mentions = slot.block ? this.doc.mentions(index) : [];
      slot.marks = mentions.length > 0 ? marksForBlock(slot.block!, mentions, this.kinds, this.regionOf(slot)) : [];
      delta.added.push(...slot.marks);
    }
    return delta;
  }

  /** Gives `element` exactly `blocks.length` slots, reusing its old ones first. */
  private reread(element: Element, blocks: TextBlock[], touched: Set<number>): void {
    const old = this.slotsOf.get(element) ?? [];
    const indices: number[] = [];
    blocks.forEach((block, k) => {
      const index = old[k] ?? this.allocate();
      this.slots[index]!.block = block;
      this.slots[index]!.region = null;
      indices.push(index);
      touched.add(index);
    });
    for (const index of old.slice(blocks.length)) this.empty(index, touched);
    if (indices.length > 0) this.slotsOf.set(element, indices);
    else this.slotsOf.delete(element);
  }

  private release(element: Element, touched: Set<number>): void {
    for (const index of this.slotsOf.get(element) ?? []) this.empty(index, touched);
    this.slotsOf.delete(element);
  }

  private empty(index: number, touched: Set<number>): void {
    this.slots[index]!.block = null;
    this.free.push(index);
    touched.add(index);
  }

  private allocate(): number {
    // Appended slots keep reading order for short forms ("Kim" after "Kim Jong-un").
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    return this.slots.push({ block: null, region: null, marks: [] }) - 1;
  }

  private assign(element: Element, index: number): void {
    const list = this.slotsOf.get(element);
    if (list) list.push(index);
    else this.slotsOf.set(element, [index]);
  }

  private forEachKnownBlockIn(root: Element, visit: (element: Element) => void): void {
    if (this.slotsOf.has(root)) visit(root);
    for (const element of root.querySelectorAll('*')) if (this.slotsOf.has(element)) visit(element);
  }
}

function ownerDocumentOf(node: Node): Document {
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument!;
}

function isOwnUi(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === UI_HOST_TAG;
}

/** Whitespace-only text (indentation between elements) cannot change a mention. */
function isWordText(node: Node): boolean {
  return node.nodeType === 3 && /\S/.test((node as Text).data);
}

function hasAddedAncestor(element: Element, added: Set<Element>): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (added.has(parent)) return true;
  }
  return false;
}
