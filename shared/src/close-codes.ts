/**
 * WebSocket close codes the host uses, so the phone knows whether reconnecting can help.
 * 4000–4999 are reserved for applications by RFC 6455.
 */
export const CLOSE_CODES = {
  /** The pairing secret was wrong or has been replaced: scan the QR code again. */
  badToken: 4001,
  /** The phone page and the host speak different protocol versions: reload the page. */
  versionMismatch: 4002,
  /** The phone did not say hello in time. */
  handshakeTimeout: 4003,
  /** The host is shutting down; it may come back. */
  hostShutdown: 1001,
  /** A frame broke the protocol (RFC 6455 "policy violation"). */
  protocolViolation: 1008,
} as const;

/** Closes after which the phone must not retry by itself: it needs the user. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CLOSE_CODES.badToken,
  CLOSE_CODES.versionMismatch,
]);

/** Where the phone page finds the host's WebSocket, on the origin that served it. */
export const WEBSOCKET_PATH = '/ws';

/** The key under which the pairing secret travels in the URL fragment: `#t=<secret>`. */
export const PAIRING_FRAGMENT_KEY = 't';
