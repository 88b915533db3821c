import type { ServerResponse } from 'node:http';

/**
 * Headers on everything the host serves. The page may talk only to the host that served it,
 * load nothing from elsewhere, never be framed, and leave no copy in caches or referrers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  // The talk timer keeps the phone awake with a tiny looping video where there is no Wake Lock
  // API (NoSleep.js); it is a data: URL in the page's own code. Media cannot run script.
  "media-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendPlain(response: ServerResponse, status: number, text: string): void {
  setSecurityHeaders(response);
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
