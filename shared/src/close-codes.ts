/**
 * WebSocket close codes the host uses, so the phone knows whether reconnecting can help.
 * 4000–4999 are reserved for applications by RFC 6455.
 */
export const CLOSE_CODES = {
  /** The QR code was used or expired, or this phone's pairing is unknown: scan the QR code again. */
  credentialRejected: 4001,
  /** The phone page and the host speak different protocol versions: reload the page. */
  versionMismatch: 4002,
  /** The phone did not finish the handshake in time. */
  handshakeTimeout: 4003,
  /** The user removed this phone on the desktop. */
  revoked: 4004,
  /** Too many failed attempts from here; retry later. */
  rateLimited: 4008,
  /** The phone sent input faster than the desktop takes it; reconnect and resend what was not acknowledged. */
  tooManyMessages: 4009,
  /** The host is shutting down; it may come back. */
  hostShutdown: 1001,
  /** A frame broke the protocol or failed authentication (RFC 6455 "policy violation"). */
  protocolViolation: 1008,
} as const;

/** Closes after which the phone must not retry by itself: it needs the user. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CLOSE_CODES.credentialRejected,
  CLOSE_CODES.versionMismatch,
  CLOSE_CODES.revoked,
]);

/** Where the phone page finds the host's WebSocket, on the origin that served it. */
export const WEBSOCKET_PATH = '/ws';

/** The key under which the pairing secret travels in the URL fragment: `#t=<hex secret>`. */
export const PAIRING_FRAGMENT_KEY = 't';
