/**
 * Slims a saved HTML page for the relevance evaluation: keeps the structure a region classifier needs
 * (elements, class/id/role, landmarks, headings, lists, links) and drops everything else.
 * Maintainers' tool; tests read its output in tests/fixtures/relevance-pages/, never run it.
 *
 *   npx tsx scripts/slim-page.ts <page.html> [<out.html>]        one page (to stdout without <out.html>)
 *   npx tsx scripts/slim-page.ts --metadata <page.html> [<out.html>]   the same, keeping JSON-LD and the canonical link
 *   npx tsx scripts/slim-page.ts --build <readability-git-dir> <trafilatura-git-dir> <shared-pages-dir>
 *       (re)writes every page listed in tests/fixtures/relevance-pages/index.json from its origin
 *
 * Rules (also in tests/fixtures/relevance-pages/README.md):
 * - removed with their content: script, style, noscript, svg, iframe, template, plus link, base,
 *   object, embed (no text, only references); comments, doctype and processing instructions
 * - kept attributes: class, id, role, lang, href (set to "#": only the presence of a link matters),
 *   itemprop, itemscope, itemtype, aria-hidden, hidden, datetime; on <meta> also content, name, property.
 *   Everything else goes (inline event handlers, style, srcset, src, data-*, …); an element hidden by
 *   an inline `display:none` or `visibility:hidden` gets the `hidden` attribute instead, so what a reader sees stays the same
 * - <head> is rebuilt: <meta charset="utf-8">, the first <title>, the page's <meta> tags; <html lang> kept
 * - whitespace runs in text collapse to one space (not inside pre/textarea); empty lines dropped
 * - the markup is re-serialised from linkedom's tree, which also undoes its quirks with conditional
 *   comments or stray tags before <html> (nested <html>/<body> elements are unwrapped)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml, fileStem, nameFromPath, readSourcePage } from './lib/source-pages';
import { HIDDEN_STYLE } from './lib/visible-text';

const DROP = new Set(['script', 'style', 'noscript', 'svg', 'iframe', 'template', 'link', 'base', 'object', 'embed']);
const UNWRAP = new Set(['html', 'head', 'body']);
const VOID = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'meta', 'param', 'source', 'track', 'wbr']);
const KEEP_WHITESPACE = new Set(['pre', 'textarea', 'listing', 'plaintext']);
const KEPT_ATTRIBUTES = new Set([
  'class',
  'id',
  'role',
  'lang',
  'href',
  'itemprop',
  'itemscope',
  'itemtype',
  'aria-hidden',
  'hidden',
  'datetime',
]);
const META_ATTRIBUTES = new Set(['content', 'name', 'property', 'itemprop']);

interface LooseElement {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<LooseElement>;
  attributes?: ArrayLike<{ name: string; value: string }>;
  parentNode: LooseElement | null;
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function keptAttributes(el: LooseElement, tag: string): string {
  let out = '';
  const attrs = el.attributes ?? [];
  for (let i = 0; i < attrs.length; i++) {
    const attr = attrs[i];
    if (!attr) continue;
    const name = attr.name.toLowerCase();
    if (!(KEPT_ATTRIBUTES.has(name) || (tag === 'meta' && META_ATTRIBUTES.has(name)))) continue;
    let value = attr.value;
    if (name === 'href') value = value.startsWith('#') ? value : '#';
    if (name === 'class') value = value.replace(/\s+/g, ' ').trim();
    if (name === 'class' && value === '') continue;
    out +=
      value === '' && (name === 'hidden' || name === 'itemscope') ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

function insideHead(el: LooseElement): boolean {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.nodeName.toLowerCase() === 'head') return true;
  return false;
}

/**
 * `keepMetadata`: also keeps what a page says about itself beyond its meta tags (for the
 * article-metadata tests): JSON-LD scripts verbatim and the canonical link with its URL.
 */
export function slimHtml(html: string, { keepMetadata = false }: { keepMetadata?: boolean } = {}): string {
  const { document } = parseHTML(html);
  const head: string[] = [];
  let title: string | undefined;
  let lang: string | undefined;
  let bodyAttributes = '';

  const serialise = (node: LooseElement, keepWhitespace: boolean): string => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (keepWhitespace) return escapeText(text);
      if (/^[ \t\n\r\f]*$/.test(text)) return text.includes('\n') ? '\n' : text === '' ? '' : ' ';
      return escapeText(text.replace(/[ \t\n\r\f]+/g, ' '));
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return ''; // comments, doctype
    const tag = node.nodeName.toLowerCase();
    const children = (): string => {
      let out = '';
      const list = node.childNodes;
      for (let i = 0; i < list.length; i++) {
        const child = list[i];
        if (child) out += serialise(child, keepWhitespace || KEEP_WHITESPACE.has(tag));
      }
      return out;
    };
    if (node.nodeType !== 1) return children();
    if (keepMetadata && tag === 'script' && /ld\+json/i.test((node as unknown as Element).getAttribute('type') ?? '')) {
      // JSON-LD is data, not code; "</" cannot end it early once escaped.
      const json = (node.textContent ?? '').trim().replace(/<\//g, '<\\/');
      head.push(`<script type="application/ld+json">${json}</script>`);
      return '';
    }
    if (
      keepMetadata &&
      tag === 'link' &&
      /(^|\s)canonical(\s|$)/i.test((node as unknown as Element).getAttribute('rel') ?? '')
    ) {
      head.push(
        `<link rel="canonical" href="${escapeAttribute((node as unknown as Element).getAttribute('href') ?? '')}">`,
      );
      return '';
    }
    if (DROP.has(tag)) return '';
    if (UNWRAP.has(tag)) {
      if (tag === 'html' && lang === undefined) {
        const value = (node as unknown as Element).getAttribute('lang');
        if (value) lang = value;
      }
      if (tag === 'body' && bodyAttributes === '') bodyAttributes = keptAttributes(node, tag);
      return children();
    }
    if (tag === 'title' && insideHead(node)) {
      title ??= (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      return '';
    }
    if (tag === 'meta') {
      const el = node as unknown as Element;
      if (el.hasAttribute('http-equiv') || el.hasAttribute('charset')) return ''; // the output is UTF-8
      const attrs = keptAttributes(node, tag);
      if (attrs === '') return '';
      if (insideHead(node)) {
        head.push(`<meta${attrs}>`);
        return '';
      }
      return `<meta${attrs}>`;
    }
    const el = node as unknown as Element;
    // Visibility survives the loss of the style attribute.
    const hiddenByStyle = !el.hasAttribute('hidden') && HIDDEN_STYLE.test(el.getAttribute('style') ?? '');
    const open = `<${tag}${keptAttributes(node, tag)}${hiddenByStyle ? ' hidden' : ''}>`;
    if (VOID.has(tag)) return open;
    return `${open}${children()}</${tag}>`;
  };

  const body = serialise(document as unknown as LooseElement, false)
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
  const langAttribute = lang ? ` lang="${escapeAttribute(lang)}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html${langAttribute}>`,
    '<head>',
    '<meta charset="utf-8">',
    ...(title !== undefined ? [`<title>${escapeText(title)}</title>`] : []),
    ...head,
    '</head>',
    `<body${bodyAttributes}>`,
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface RelevancePage {
  file: string;
  lang: string;
  class: 'unrelated' | 'near';
  topic: string;
  source: 'shared-pages' | 'readability' | 'trafilatura';
  origin: string;
}

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'relevance-pages');

function build(readabilityGitDir: string, trafilaturaGitDir: string, sharedPagesDir: string): void {
  const index = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as RelevancePage[];
  for (const page of index) {
    if (page.source !== 'shared-pages') {
      const expected = `${fileStem({ source: page.source, name: nameFromPath(page.source, page.origin) })}.html`;
      if (page.file !== expected) throw new Error(`${page.file}: expected the name ${expected}`);
    }
    const html =
      page.source === 'shared-pages'
        ? decodeHtml(readFileSync(join(sharedPagesDir, page.origin)))
        : readSourcePage(page.source === 'readability' ? readabilityGitDir : trafilaturaGitDir, page.origin);
    // The saved pages of shared/pages live once, in article-pages/, with their metadata kept.
    writeFileSync(join(FIXTURES, page.file), slimHtml(html, { keepMetadata: page.source === 'shared-pages' }));
  }
  console.log(`wrote ${index.length} pages to ${FIXTURES}`);
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--build' && rest.length === 3) {
  build(rest[0]!, rest[1]!, rest[2]!);
} else if (first === '--metadata' && rest.length >= 1 && rest.length <= 2) {
  const slim = slimHtml(decodeHtml(readFileSync(rest[0]!)), { keepMetadata: true });
  if (rest[1]) writeFileSync(rest[1], slim);
  else process.stdout.write(slim);
} else if (first && !first.startsWith('--') && rest.length <= 1) {
  const slim = slimHtml(decodeHtml(readFileSync(first)));
  if (rest[0]) writeFileSync(rest[0], slim);
  else process.stdout.write(slim);
} else {
  console.error(
    'usage: slim-page.ts <page.html> [<out.html>] | --metadata <page.html> [<out.html>] | --build <readability-git-dir> <trafilatura-git-dir> <shared-pages-dir>',
  );
  process.exit(2);
}
