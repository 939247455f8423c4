/**
 * What the card needs to know about the page around a mark, read from the DOM: the
 * backgrounds behind it (for the theme) and the text around it (for "what matters for
 * this page"). The decisions themselves are pure (page-theme.ts, card/for-page.ts).
 */
import { canvasIsDark, themeFor, type Theme } from './page-theme';

/** Light or dark from the computed backgrounds from the mark outwards; the canvas's where the page paints none. */
export function themeAt(node: Node): Theme {
  const backgrounds: string[] = [];
  let element: Element | null = node instanceof Element ? node : node.parentElement;
  while (element) {
    backgrounds.push(getComputedStyle(element).backgroundColor);
    // Inside a shadow root the host's background is behind it.
    element = element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
  }
  const systemDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  const doc = node.ownerDocument ?? document;
  const root = doc.documentElement;
  const rootScheme = root ? getComputedStyle(root).colorScheme : '';
  const metaScheme = doc.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? null;
  return themeFor(backgrounds, canvasIsDark(rootScheme, metaScheme, systemDark));
}

const BLOCK = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, td, figcaption';
/** Enough text to tell what the page says around the mention, little enough to compare fast. */
const AROUND_CHARS = 1500;

/** The mention's paragraph, its neighbours, the page's headline and title. */
export function textAround(node: Node): string {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK) ?? element;
  const parts = [
    document.title,
    document.querySelector('h1')?.textContent ?? '',
    block?.previousElementSibling?.textContent ?? '',
    block?.textContent ?? '',
    block?.nextElementSibling?.textContent ?? '',
  ];
  return parts.join(' ').replace(/\s+/g, ' ').slice(0, AROUND_CHARS);
}
