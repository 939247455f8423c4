/**
 * The bench's side inside the page: bundled (esbuild, iife) with Kontext's own modules
 * and the two highlighting libraries, injected into a plain page and driven through
 * `window.kontextBench`. Every figure is `performance.now()` in the page, synchronous
 * work only (style and paint that follow are not counted for any contender), except
 * the hover figure, which runs to the frame that paints the card.
 */
import AdvancedMark from 'advanced-mark.js';
import MarkJs from 'mark.js';
import { CardHost, type CardContent } from '../../src/content/card-host';
import { collectBlocks } from '../../src/content/collect-text';
import { HighlightLayer } from '../../src/content/highlight-layer';
import { marksForBlock, type Mark } from '../../src/content/marks';
import { PageScanner, type MarkDelta } from '../../src/content/page-scanner';
import type { Dossier, EntryKind } from '../../src/dossier/types';
import { compileMatcher, type AliasSet } from '../../src/matching/index';
import { openDossierDB } from '../../src/storage/db';
import { DossierStore } from '../../src/storage/dossier-store';

export interface MatchInput {
  aliasSets: AliasSet[];
  kinds: Record<string, EntryKind>;
}

export interface BareResult {
  samples: number[];
  textNodes: number;
  chars: number;
}

export interface KontextResult {
  compile: number[];
  scan: number[];
  marks: number;
  /** Kontext's scan taken apart with the same modules, per run. */
  split: { collect: number[]; match: number[]; mark: number[]; register: number[] };
  blocks: number;
}

export interface WrapResult {
  samples: number[];
  marks: number;
  /** The run passed its time budget and was stopped: its sample is a lower bound. */
  stopped: boolean;
}

export interface IncrementalResult {
  samples: number[];
  /** Of each sample: scanner.applyMutations, then the highlight layer update. */
  apply: number[];
  layer: number[];
  /** The same paragraphs removed and appended again: slots freed by the removal are reused. */
  reappend: number[];
  marksAdded: number;
  marksRemoved: number;
}

export interface HoverResult {
  first: number;
  samples: number[];
  /** From show() called to show() resolved: the JS work, before waiting for a frame. */
  render: number[];
}

const now = (): number => performance.now();
const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
/** Resolves after the frame that is being prepared has been painted (a task queued from rAF runs after it). */
const afterPaint = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(now());
      channel.port2.postMessage(null);
    }),
  );
/** Lets the page settle (GC, layout of a replaced body) between runs. */
const settle = async (): Promise<void> => {
  void document.body.offsetHeight;
  await new Promise((resolve) => setTimeout(resolve, 30));
  await nextFrame();
};

let pristineBody: HTMLElement | null = null;

/** Keeps the body as loaded, so libraries that rewrite the DOM start from a fresh copy each run. */
function prepare(): void {
  pristineBody = document.body.cloneNode(true) as HTMLElement;
}

function restorePristineBody(): void {
  if (!pristineBody) throw new Error('kontextBench.prepare() was not called');
  document.body.replaceWith(pristineBody.cloneNode(true));
}

function clearKontextHighlights(): void {
  for (const name of [...CSS.highlights.keys()]) if (name.startsWith('kontext-')) CSS.highlights.delete(name);
}

async function bare(runs: number): Promise<BareResult> {
  const samples: number[] = [];
  let textNodes = 0;
  let chars = 0;
  for (let i = 0; i <= runs; i++) {
    await settle();
    const t0 = now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let length = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      length += (node as Text).data.length;
      nodes++;
    }
    const t1 = now();
    if (i > 0) samples.push(t1 - t0); // run 0 warms up
    textNodes = nodes;
    chars = length;
  }
  return { samples, textNodes, chars };
}

/** Kontext's code runs in several functions JIT-compiled separately: a few runs before timing. */
const KONTEXT_WARMUP_RUNS = 3;

async function kontext(input: MatchInput, runs: number): Promise<KontextResult> {
  const result: KontextResult = {
    compile: [],
    scan: [],
    marks: 0,
    blocks: 0,
    split: { collect: [], match: [], mark: [], register: [] },
  };
  for (let i = -KONTEXT_WARMUP_RUNS; i < runs; i++) {
    clearKontextHighlights();
    await settle();
    const t0 = now();
    const matcher = compileMatcher(input.aliasSets);
    const t1 = now();
    const scanner = new PageScanner(matcher, input.kinds);
    const delta = scanner.scanAll(document.body);
    const layer = new HighlightLayer('underline');
    layer.add(delta.added);
    const t2 = now();
    if (i >= 0) {
      result.compile.push(t1 - t0);
      result.scan.push(t2 - t1);
    }
    result.marks = delta.added.length;
    layer.clear();
  }
  // The same work step by step, to see where the time goes.
  const matcher = compileMatcher(input.aliasSets);
  for (let i = -KONTEXT_WARMUP_RUNS; i < runs; i++) {
    clearKontextHighlights();
    await settle();
    const t0 = now();
    const blocks = collectBlocks(document.body);
    const t1 = now();
    const doc = matcher.openDocument();
    doc.append(blocks.map((block) => block.text));
    const t2 = now();
    const marks: Mark[] = [];
    blocks.forEach((block, b) => marks.push(...marksForBlock(block, doc.mentions(b), input.kinds)));
    const t3 = now();
    const layer = new HighlightLayer('underline');
    layer.add(marks);
    const t4 = now();
    if (i >= 0) {
      result.split.collect.push(t1 - t0);
      result.split.match.push(t2 - t1);
      result.split.mark.push(t3 - t2);
      result.split.register.push(t4 - t3);
    }
    result.blocks = blocks.length;
    layer.clear();
  }
  return result;
}

type Library = 'markjs' | 'advanced';

/** Thrown from a library's filter callback to stop a run that passed its deadline. */
class DeadlinePassed extends Error {}

/**
 * mark.js 8 as documented for many terms; advanced-mark.js with its speed options (one
 * combined pattern, cached text nodes). Both run synchronously; `deadline` (a
 * performance.now() time) stops a run that would take too long, reported as stopped.
 */
function wrapWith(library: Library, terms: readonly string[], deadline: number): { marks: number; stopped: boolean } {
  let marks = 0;
  const filter = (): boolean => {
    if (now() > deadline) throw new DeadlinePassed();
    return true;
  };
  const common = { acrossElements: true, separateWordSearch: false, diacritics: false, filter };
  try {
    if (library === 'markjs') {
      new MarkJs(document.body).mark(terms, { ...common, done: (count) => void (marks = count) });
    } else {
      new AdvancedMark(document.body).mark(terms, {
        ...common,
        combinePatterns: true,
        cacheTextNodes: true,
        each: () => void marks++,
      });
    }
  } catch (error) {
    if (error instanceof DeadlinePassed) return { marks, stopped: true };
    throw error;
  }
  return { marks, stopped: false };
}

async function wrapLibrary(
  library: Library,
  terms: readonly string[],
  runs: number,
  warmup: boolean,
  budgetMs: number,
): Promise<WrapResult> {
  const samples: number[] = [];
  let marks = 0;
  let stopped = false;
  for (let i = warmup ? 0 : 1; i <= runs && !stopped; i++) {
    restorePristineBody();
    await settle();
    const t0 = now();
    const run = wrapWith(library, terms, t0 + budgetMs);
    const t1 = now();
    if (i > 0 || run.stopped) samples.push(t1 - t0);
    marks = run.marks;
    stopped = run.stopped;
  }
  restorePristineBody();
  return { samples, marks, stopped };
}

/**
 * Appends paragraphs to a freshly scanned page and times MutationObserver →
 * applyMutations → layer. Each run then removes them and appends them again: the
 * second append reuses the slots the removal freed (`reappend`), as a ticker would.
 */
async function incremental(input: MatchInput, paragraphsHtml: string, runs: number): Promise<IncrementalResult> {
  const matcher = compileMatcher(input.aliasSets);
  const result: IncrementalResult = { samples: [], apply: [], layer: [], reappend: [], marksAdded: 0, marksRemoved: 0 };
  for (let i = 0; i <= runs; i++) {
    restorePristineBody();
    clearKontextHighlights();
    const scanner = new PageScanner(matcher, input.kinds);
    const layer = new HighlightLayer('underline');
    layer.add(scanner.scanAll(document.body).added);
    const container = document.querySelector('article') ?? document.body;

    let onApplied: ((delta: MarkDelta) => void) | null = null;
    let callbackAt = 0;
    let scannedAt = 0;
    let appliedAt = 0;
    const observer = new MutationObserver((records) => {
      callbackAt = now();
      const delta = scanner.applyMutations(records);
      scannedAt = now();
      layer.remove(delta.removed);
      layer.add(delta.added);
      appliedAt = now();
      onApplied?.(delta);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    /** Runs `change` and resolves with the delta once the observer has applied it. */
    const applied = (change: () => void): Promise<MarkDelta> => {
      const done = new Promise<MarkDelta>((resolve) => (onApplied = resolve));
      change();
      return done;
    };
    try {
      const paragraphs = (): Element[] => [...document.createRange().createContextualFragment(paragraphsHtml).children];
      const first = paragraphs();
      await settle();
      const t0 = now();
      const delta = await applied(() => container.append(...first));
      if (i > 0) {
        result.samples.push(appliedAt - t0);
        result.apply.push(scannedAt - callbackAt);
        result.layer.push(appliedAt - scannedAt);
      }
      result.marksAdded = delta.added.length;
      result.marksRemoved = delta.removed.length;

      await applied(() => first.forEach((element) => element.remove()));
      const second = paragraphs();
      await settle();
      const t1 = now();
      await applied(() => container.append(...second));
      if (i > 0) result.reappend.push(appliedAt - t1);
    } finally {
      observer.disconnect();
      layer.clear();
    }
  }
  return result;
}

async function hover(content: CardContent, runs: number): Promise<HoverResult> {
  const ignore = (): void => {};
  const card = new CardHost({
    onPointerEnter: ignore,
    onPointerLeave: ignore,
    onClose: ignore,
    onSelectEntry: ignore,
    onOpenDossier: ignore,
  });
  const anchor = new DOMRect(120, 160, 90, 20);
  const samples: number[] = [];
  const render: number[] = [];
  let first = 0;
  try {
    for (let i = 0; i <= runs; i++) {
      card.hide();
      await settle();
      const t0 = now();
      await card.show(content, anchor, { focus: false });
      const t1 = now();
      const painted = await afterPaint();
      if (i === 0)
        first = painted - t0; // creates the host and adopts the styles
      else {
        samples.push(painted - t0);
        render.push(t1 - t0);
      }
    }
  } finally {
    card.destroy();
  }
  return { first, samples, render };
}

async function seed(dossier: Dossier, runs: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const name = `kontext-bench-${i}-${Math.random().toString(36).slice(2)}`;
    await settle();
    const t0 = now();
    const db = await openDossierDB(name);
    const wrote = await new DossierStore(db, dossier).seed();
    const t1 = now();
    db.close();
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
    if (!wrote) throw new Error('DossierStore.seed wrote nothing into a fresh database');
    if (i > 0) samples.push(t1 - t0);
  }
  return samples;
}

const api = { prepare, bare, kontext, wrapLibrary, incremental, hover, seed };
export type KontextBench = typeof api;

declare global {
  interface Window {
    /** Set by the bench bundle only (never by the extension). */
    kontextBench: KontextBench;
  }
}

window.kontextBench = api;
