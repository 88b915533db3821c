import { CONTENT_SECURITY_POLICY } from '../server/security-headers.js';

export type ResponseHeaders = Record<string, string[]>;

/**
 * The panel window's answer to every response it receives. The host already sends a CSP; the
 * window enforces it as well, so the policy holds even for a response that lacks the header
 * (an error page, a future route). Responses from anywhere but the panel's origin are cancelled:
 * the window has no business loading them.
 */
export function panelResponse(url: string, headers: ResponseHeaders, panelUrl: string): { cancel: true } | { responseHeaders: ResponseHeaders } {
  if (!sameOrigin(url, panelUrl)) return { cancel: true };
  const others = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
  return { responseHeaders: { ...others, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } };
}

function sameOrigin(url: string, panelUrl: string): boolean {
  return URL.canParse(url) && new URL(url).origin === new URL(panelUrl).origin;
}
