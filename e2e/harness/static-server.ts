import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/**
 * Serves the desktop-side fixture pages over http://127.0.0.1 rather than file://, so they
 * behave like the pages a user has open (same origin rules, real loads) and can fetch
 * their own assets such as a slide deck.
 */

export interface StaticServer {
  /** Base URL ending in "/". */
  readonly url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = normalize(rootDir.endsWith(sep) ? rootDir : rootDir + sep);
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
        if (!file.startsWith(root)) {
          res.writeHead(403).end();
          return;
        }
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          // A test edits a fixture and reruns: never let a cached copy answer.
          'cache-control': 'no-store',
        });
        res.end(body);
      } catch {
        // A missing file or a malformed escape in the path; either way there is nothing to serve.
        if (!res.headersSent) res.writeHead(404);
        res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
