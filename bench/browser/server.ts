/** Serves the bench pages from 127.0.0.1 only, out of memory. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BenchServer {
  origin: string;
  /** Publishes `body` at `path` (starting with `/`). */
  put(path: string, body: string | Buffer, type?: string): void;
  close(): Promise<void>;
}

const HTML = 'text/html; charset=utf-8';

export async function startBenchServer(): Promise<BenchServer> {
  const files = new Map<string, { body: string | Buffer; type: string }>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
    response.end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    put: (path, body, type = HTML) => void files.set(path, { body, type }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
