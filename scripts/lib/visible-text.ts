/**
 * The text a reader sees on a whole page (title, navigation, body, footer), one block per line.
 * Maintainers' tooling (scripts/make-news-corpus.ts and the relevance-page selection); not used by tests.
 */
import { parseHTML } from 'linkedom';

/** Elements whose content is never shown as text. */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'title',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'link',
  'meta',
  'base',
  'button',
  'select',
  'textarea',
  'input',
]);

/** Elements that start a new line in rendered text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Inline styles that hide an element (what a page's own CSS hides cannot be seen without a browser). */
export const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// linkedom's node types are loose; only these members are used.
interface LooseNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<LooseNode>;
  getAttribute?: (name: string) => string | null;
  hasAttribute?: (name: string) => boolean;
}

function isHidden(el: LooseNode): boolean {
  if (el.hasAttribute?.('hidden')) return true;
  const style = el.getAttribute?.('style');
  return style != null && HIDDEN_STYLE.test(style);
}

/**
 * Visible text: script/style/noscript/template/svg and other non-text content, comments and elements
 * hidden by the `hidden` attribute or an inline display:none dropped; entities decoded (by the parser);
 * whitespace collapsed within lines (NBSP counts as a space, soft hyphens and zero-width characters are
 * removed); one line per block; empty lines dropped. The document title is the first line.
 */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const parts: string[] = [];
  // The document's title is the one in <head> (an <svg> or the body may hold others).
  const title = (document.querySelector('head title') ?? document.querySelector('title'))?.textContent ?? '';
  parts.push(title.replace(/\s+/g, ' '), '\n');
  const walk = (node: LooseNode): void => {
    if (node.nodeType === 3) {
      // Line breaks in source text are whitespace; only blocks (and <br>) break lines.
      parts.push((node.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return; // comments, doctype
    const tag = node.nodeName.toLowerCase();
    if (node.nodeType === 1 && (INVISIBLE.has(tag) || isHidden(node))) return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    else if (tag === 'img') parts.push(' ');
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child) walk(child);
    }
    if (block) parts.push('\n');
    else if (tag === 'td' || tag === 'th') parts.push(' ');
  };
  // From the document itself, not document.body: linkedom (htmlparser2) does not repair markup the way
  // browsers do, so conditional comments or stray tags before <html> leave an empty first <body> and the
  // content in a second <html>, or body content inside <head>. <head> is walked like any element; what
  // it may hold (meta, link, script, style, title) is dropped element by element.
  walk(document as unknown as LooseNode);
  return normaliseLines(parts.join(''));
}

export function normaliseLines(text: string): string {
  return text
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Cuts text to at most maxBytes of UTF-8, at a line break. */
export function cutAtLine(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    const add = Buffer.byteLength(line, 'utf8') + 1;
    if (size + add > maxBytes) break;
    kept.push(line);
    size += add;
  }
  return kept.join('\n');
}

const STOPWORDS: Record<string, string[]> = {
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein', 'eine', 'auch', 'den', 'von'],
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'this', 'are', 'was', 'it', 'on', 'you', 'by'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'pas', 'du', 'au'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'su'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'em', 'do', 'da', 'não', 'uma', 'para', 'com', 'por', 'se'],
  pl: ['i', 'w', 'na', 'się', 'z', 'nie', 'do', 'to', 'że', 'jest', 'o', 'jak', 'od', 'po', 'przez'],
  cs: ['a', 'v', 'se', 'na', 'je', 'že', 's', 'z', 'to', 'do', 'k', 'o', 'jako', 'pro', 'ale'],
};

/**
 * The page's language from its words (stopword counts), falling back to `und` when no list fits;
 * pages' own `lang` attributes are often wrong (templates say "en" on German pages).
 */
export function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  let best = 'und';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const score = list.reduce((sum, w) => sum + (counts.get(w) ?? 0), 0);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  // Non-Latin scripts (Chinese, Japanese, Arabic, Hebrew, …) have few or no such words.
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters > 0 && latin / letters < 0.5) return 'und';
  // Stopwords make up a fifth or more of running text; a few from an English menu on a Finnish page do not.
  return bestScore >= 10 && bestScore / words.length >= 0.05 ? best : 'und';
}
