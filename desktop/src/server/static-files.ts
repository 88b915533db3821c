import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { sendPlain, setSecurityHeaders } from './security-headers.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built phone page from one folder. Only files inside it, only GET and HEAD; a
 * path that tries to climb out, or names a file type we do not ship, is simply not found.
 */
export function createStaticHandler(root: string) {
  const base = normalize(root + sep);
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendPlain(response, 405, 'Method not allowed');
      return;
    }
    const file = resolveInside(base, request.url ?? '/');
    const type = file && CONTENT_TYPES[extname(file)];
    const info = file && type ? await stat(file).catch(() => undefined) : undefined;
    if (!file || !type || !info?.isFile()) {
      sendPlain(response, 404, 'Not found');
      return;
    }
    setSecurityHeaders(response);
    response.writeHead(200, { 'Content-Type': type, 'Content-Length': info.size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  };
}

function resolveInside(base: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://host').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = normalize(join(base, relative));
  return file.startsWith(base) ? file : undefined;
}
