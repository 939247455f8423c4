/**
 * Serves test pages from 127.0.0.1 only: the static fixtures, plus `/article/<id>`
 * which renders a bundled source article as a plain news page (text escaped).
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');
const ARTICLES = join(ROOT, 'assets', 'articles');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A source article as a page: first line as the headline, the rest as paragraphs. */
export async function articlePage(id: string): Promise<string> {
  if (!/^[\w-]+$/.test(id)) throw new Error(`bad article id ${id}`);
  const text = await readFile(join(ARTICLES, `${id}.txt`), 'utf8');
  const [title = '', ...rest] = text.split('\n').filter((line) => line.trim() !== '');
  const paragraphs = rest.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><header><nav><a href="/">Startseite</a> <a href="/">Politik</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1>
${paragraphs}
</article></main>
<footer><p>Teilen Sie Ihre Meinung. Tassen, Krimi und Romantik im Shop.</p></footer></body></html>`;
}

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const article = /^\/article\/([\w-]+)$/.exec(url.pathname);
      if (article) {
        response.writeHead(200, { 'content-type': TYPES['.html']! });
        response.end(await articlePage(article[1]!));
        return;
      }
      const path = normalize(join(FIXTURES, url.pathname));
      if (!path.startsWith(FIXTURES)) throw new Error('outside fixtures');
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
