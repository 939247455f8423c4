/** Reads what Kontext did to a page, the way the page (or a reader) would see it. */
import type { Page } from 'playwright-core';

export interface PaintedMark {
  highlight: string;
  text: string;
}

/**
 * Runs in the page: every range in `CSS.highlights` under a `kontext` name, with its
 * text. Self-contained, so Playwright and Puppeteer can both send it to a page or frame.
 */
export function readPaintedMarks(): PaintedMark[] {
  const marks: PaintedMark[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('kontext')) continue;
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      marks.push({ highlight: name, text: live.toString() });
    }
  }
  return marks;
}

/** Every range in `CSS.highlights` under a `kontext` name, with its text. */
export function paintedMarks(page: Pick<Page, 'evaluate'>): Promise<PaintedMark[]> {
  return page.evaluate(readPaintedMarks);
}

export async function waitForMarks(page: Page, minimum = 1): Promise<PaintedMark[]> {
  await page.waitForFunction(
    (min) => {
      let count = 0;
      for (const [name, highlight] of CSS.highlights) if (name.startsWith('kontext')) count += highlight.size;
      return count >= min;
    },
    minimum,
    { timeout: 15_000 },
  );
  return paintedMarks(page);
}

/**
 * Runs in tests/e2e/fixtures/lazy/frames.html: shows the hidden frame and writes a line naming
 * KCNA into the empty one (self-contained, for Playwright and Puppeteer).
 */
export function showAndFillFrames(): void {
  document.getElementById('hidden')!.style.display = 'block';
  const empty = document.getElementById('empty') as HTMLIFrameElement;
  const p = empty.contentDocument!.createElement('p');
  p.textContent = 'KCNA meldet Neues.';
  empty.contentDocument!.body.append(p);
}

/**
 * Runs in the page: the centre of the first painted mark reading `wanted`, scrolled into view,
 * in viewport pixels (null if none reads it). Self-contained, for Playwright and Puppeteer.
 */
export function paintedMarkCentre(wanted: string): { x: number; y: number } | null {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('kontext')) continue;
    for (const range of highlight as unknown as Iterable<AbstractRange>) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      if (live.toString() !== wanted) continue;
      live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = live.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** The centre of the first painted mark whose text is `text`, in viewport pixels. */
export async function markCentre(page: Pick<Page, 'evaluate'>, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(paintedMarkCentre, text);
  if (!point) throw new Error(`no painted mark reads "${text}"`);
  return point;
}

/**
 * Runs in the page: whether any point of a 16 px grid over the viewport hits Kontext's card
 * host. The card's shadow root is closed; hit-testing finds the host only where the card is
 * visible (a card readied during the dwell is hidden and hit-tests as nothing).
 */
export function cardHit(): boolean {
  for (let y = 8; y < innerHeight; y += 16) {
    for (let x = 8; x < innerWidth; x += 16) {
      if (document.elementFromPoint(x, y)?.localName === 'kontext-ui') return true;
    }
  }
  return false;
}

/**
 * The text of Kontext's card. Its shadow root is closed (pages must not read it),
 * so the test reads it the way assistive technology does: through the DevTools
 * protocol's DOM, which pierces closed shadow roots.
 */
export async function cardText(page: Page): Promise<string | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (node) => node.localName === 'kontext-ui');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    // A card readied during the dwell is rendered but hidden: not shown yet.
    const frame = findNode(shadow, hasClass('frame'));
    if (frame && /visibility:\s*hidden/.test(attributeOf(frame, 'style') ?? '')) return null;
    const texts: string[] = [];
    collectText(shadow, texts);
    const text = texts.join(' ').replace(/\s+/g, ' ').trim();
    return text === '' ? null : text;
  } finally {
    await session.detach();
  }
}

/**
 * Resolves once the document has rendered `frames` more times: work tied to animation
 * frames (Kontext reads page edits in one batch per frame; a card is placed in a frame)
 * has had its turn by then. A condition to wait for, not a guess at a duration.
 */
export function afterFrames(target: Pick<Page, 'evaluate'>, frames = 2): Promise<void> {
  return target.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const step = (left: number): void => {
          if (left === 0) resolve();
          else requestAnimationFrame(() => step(left - 1));
        };
        step(count);
      }),
    frames,
  );
}

export async function waitForCard(page: Page, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await cardText(page);
    if (text) return text;
    if (Date.now() > deadline) throw new Error('no card appeared');
    await page.waitForTimeout(50);
  }
}

/** The card's node inside its closed shadow root, found through the DevTools protocol. */
async function withCardNode<T>(
  page: Page,
  selector: (node: CdpNode) => boolean,
  use: (session: import('playwright-core').CDPSession, node: CdpNode) => Promise<T>,
): Promise<T | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findNode(root, (node) => node.localName === 'kontext-ui')?.shadowRoots?.[0];
    const node = shadow && findNode(shadow, selector);
    return node ? await use(session, node) : null;
  } finally {
    await session.detach();
  }
}

const hasClass = (name: string) => (node: CdpNode) =>
  node.nodeType === 1 &&
  (node.attributes ?? []).some(
    (value, i, all) => i % 2 === 1 && all[i - 1] === 'class' && value.split(' ').includes(name),
  );

/** The card's box in viewport pixels, or null when no card is shown. */
export async function cardBox(
  page: Page,
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return withCardNode(page, hasClass('card'), async (session, node) => {
    const { model } = (await session.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
      model: { border: number[] };
    };
    // The card is position: fixed, so its box is in viewport pixels.
    const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
    return { left: x1, top: y1, right: x2, bottom: y3 };
  });
}

/** The box (viewport pixels) of the first element in the card with this class, or null. */
export async function cardPartBox(
  page: Page,
  className: string,
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  return withCardNode(page, hasClass(className), async (session, node) => {
    try {
      const { model } = (await session.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
        model: { border: number[] };
      };
      const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
      return { left: x1, top: y1, right: x2, bottom: y3 };
    } catch {
      // Not rendered (display: none): no box.
      return null;
    }
  });
}

/** A computed style property of the first element in the card with this class. */
export async function cardStyle(page: Page, className: string, property: string): Promise<string | null> {
  return withCardNode(page, hasClass(className), async (session, node) => {
    await session.send('CSS.enable');
    const { computedStyle } = (await session.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    return computedStyle.find((p) => p.name === property)?.value ?? null;
  });
}

/** Moves keyboard focus to the first element in the card with this class (no pointer travel). */
export async function focusInCard(page: Page, className: string): Promise<void> {
  const done = await withCardNode(page, hasClass(className), async (session, node) => {
    await session.send('DOM.focus', { nodeId: node.nodeId });
    return true;
  });
  if (!done) throw new Error(`no .${className} in the card`);
}

/** An attribute of the first element in the card with this class. */
export async function cardAttribute(page: Page, className: string, name: string): Promise<string | null> {
  return withCardNode(page, hasClass(className), async (_session, node) => {
    const attributes = node.attributes ?? [];
    const at = attributes.findIndex((value, i) => i % 2 === 0 && value === name);
    return at < 0 ? null : attributes[at + 1]!;
  });
}

/** Clicks the first element in the card whose class is `className` and whose text contains `text`. */
export async function clickInCard(page: Page, className: string, text = ''): Promise<void> {
  const centre = await withCardNode(
    page,
    (node) => hasClass(className)(node) && textOf(node).includes(text),
    async (session, node) => {
      // A reader scrolls the card to what they want to click (its body scrolls when it is long).
      await session.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
      const { model } = (await session.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
        model: { border: number[] };
      };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    },
  );
  if (!centre) throw new Error(`no .${className} containing "${text}" in the card`);
  await page.mouse.move(centre.x, centre.y, { steps: 3 });
  await page.mouse.click(centre.x, centre.y);
}

function textOf(node: CdpNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts.join('');
}

/** The card's rendered markup, for auditing it outside its closed shadow root. */
export async function cardHtml(page: Page): Promise<string | null> {
  return withCardNode(page, hasClass('card'), async (session, node) => {
    const { outerHTML } = (await session.send('DOM.getOuterHTML', { nodeId: node.nodeId })) as { outerHTML: string };
    return outerHTML;
  });
}

interface CdpNode {
  nodeId: number;
  attributes?: string[];
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (node: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

function collectText(node: CdpNode, out: string[]): void {
  if (node.localName === 'style') return;
  if (node.nodeType === 3 && node.nodeValue) out.push(node.nodeValue);
  for (const child of node.children ?? []) collectText(child, out);
}

function attributeOf(node: CdpNode, name: string): string | null {
  const attributes = node.attributes ?? [];
  for (let i = 0; i + 1 < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1]!;
  return null;
}

/**
 * The card's state: 'none' (nothing rendered), 'readied' (rendered and placed during the dwell,
 * still hidden) or 'shown'.
 */
export async function cardState(page: Page): Promise<'none' | 'readied' | 'shown'> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const shadow = findNode(root, (node) => node.localName === 'kontext-ui')?.shadowRoots?.[0];
    const frame = shadow && findNode(shadow, hasClass('frame'));
    if (!frame || !findNode(frame, hasClass('card'))) return 'none';
    return /visibility:\s*hidden/.test(attributeOf(frame, 'style') ?? '') ? 'readied' : 'shown';
  } finally {
    await session.detach();
  }
}
