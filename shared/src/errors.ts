/**
 * Every refusal the host or the phone can give, as a stable code. Tests assert these codes and
 * the phone page translates them; the English text beside a code is for logs and developers.
 */
export const ERROR_CODES = [
  'frame-too-large',
  'bad-json',
  'bad-message',
  'unknown-type',
  'version-mismatch',
  'not-authenticated',
  'pairing-expired',
  'device-unknown',
  'bad-proof',
  'channel-broken',
  'rate-limited',
  'too-many-messages',
  'device-revoked',
  'injection-failed',
  /** The slide program in use has no key for that command (Keynote has none to start from slide 1). */
  'slide-command-unsupported',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ProtocolError {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export function protocolError(code: ErrorCode, message: string): { ok: false; error: ProtocolError } {
  return { ok: false, error: { code, message } };
}
