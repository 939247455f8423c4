/**
 * Saved real pages from a folder (`--pages DIR`), made safe to serve offline: scripts
 * (which would try the network and mutate the page while it is measured) and CSP
 * meta tags (which would refuse the injected bench script) are removed. Bytes are
 * handled as latin1 so a page in any charset is served exactly as saved otherwise.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface SavedPage {
  name: string;
  body: Buffer;
  bytes: number;
}

export function withoutScripts(html: Buffer): Buffer {
  const text = html
    .toString('latin1')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy[^>]*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '');
  return Buffer.from(text, 'latin1');
}

export async function loadSavedPages(dir: string): Promise<SavedPage[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`--pages ${dir}: not a directory`);
  const files = (await readdir(dir)).filter((f) => /\.html?$/i.test(f)).sort();
  if (files.length === 0) throw new Error(`--pages ${dir}: no .html files in it`);
  return Promise.all(
    files.map(async (name) => {
      const raw = await readFile(join(dir, name));
      return { name, body: withoutScripts(raw), bytes: raw.length };
    }),
  );
}
