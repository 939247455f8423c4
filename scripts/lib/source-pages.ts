/**
 * Reads the saved test pages of two public repositories straight out of their git directories
 * (as brought here by the search tool's `fetch`; no work tree needed):
 * - mozilla/readability: test/test-pages/<name>/source.html
 * - adbar/trafilatura: tests/cache/<name>.html and tests/eval/<name>.html (the evaluation set: some
 *   900 pages in many languages, many German and English news pages; a few files lack `.html`)
 * Maintainers' tooling for scripts/make-news-corpus.ts and scripts/slim-page.ts; not used by tests.
 */
import { execFileSync } from 'node:child_process';

export type PageSource = 'readability' | 'trafilatura';

export interface SourcePage {
  source: PageSource;
  /** Name without extension: the readability folder name, or the trafilatura file name minus `.html`. */
  name: string;
  /** Path inside the repository. */
  path: string;
}

const git = (gitDir: string, args: string[]): Buffer =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { maxBuffer: 64 * 1024 * 1024 });

/** Which of the two repositories a git directory holds, told by its layout. */
export function detectSource(gitDir: string): PageSource {
  const top = git(gitDir, ['ls-tree', '--name-only', 'HEAD']).toString('utf8').split('\n');
  if (top.includes('Readability.js')) return 'readability';
  if (top.includes('trafilatura')) return 'trafilatura';
  throw new Error(`${gitDir}: neither mozilla/readability nor adbar/trafilatura`);
}

export function listSourcePages(gitDir: string): SourcePage[] {
  const source = detectSource(gitDir);
  const folders = source === 'readability' ? ['test/test-pages/'] : ['tests/cache/', 'tests/eval/'];
  // -z: names with umlauts come unquoted
  const paths = git(gitDir, ['ls-tree', '-r', '-z', '--name-only', 'HEAD', ...folders])
    .toString('utf8')
    .split('\0')
    .filter(Boolean);
  const pages: SourcePage[] = [];
  for (const path of paths) {
    if (/^test\/test-pages\/[^/]+\/source\.html$|^tests\/(?:cache|eval)\/[^/]+$/.test(path)) {
      pages.push({ source, name: nameFromPath(source, path), path });
    }
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function readSourcePage(gitDir: string, path: string): string {
  return decodeHtml(git(gitDir, ['show', `HEAD:${path}`]));
}

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8 (most pages, whatever they declare),
 * else the charset the page declares, else windows-1252 (what browsers assume for legacy pages).
 */
export function decodeHtml(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

/** `<source>-<name>` in ASCII (some trafilatura names hold spaces, quotes and Polish letters). */
export function fileStem(page: Pick<SourcePage, 'source' | 'name'>): string {
  const ascii = page.name
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    // eslint-disable-next-line no-control-regex -- keeps ASCII (file names), so \x00 belongs in the range
    .replace(/[^\x00-\x7f]/g, '');
  const safe = ascii
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return `${page.source}-${safe}`;
}

/** The page's name from its path in the repository (see listSourcePages). */
export function nameFromPath(source: PageSource, path: string): string {
  const m =
    source === 'readability'
      ? /^test\/test-pages\/([^/]+)\/source\.html$/.exec(path)
      : /^tests\/(?:cache|eval)\/([^/]+?)(?:\.html)?$/.exec(path);
  if (!m?.[1]) throw new Error(`not a test page path: ${path}`);
  return m[1];
}
