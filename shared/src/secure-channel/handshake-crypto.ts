import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The handshake's arithmetic, the same on the phone and the host. Both sides hold a shared
 * key (the pairing secret from the QR code, or a paired device's own secret) and never send
 * it: each proves it holds the key with an HMAC over both sides' fresh nonces, and the
 * session keys come out of HKDF over the same nonces. A recorded handshake is worthless on
 * the next connection, because the other side's nonce will be new.
 */
const LABEL = 'TouchDesk secure channel v1';

/** 256 bits of fresh randomness per side and per connection. */
export const HANDSHAKE_NONCE_BYTES = 32;
export const PROOF_BYTES = 32;
export const SESSION_KEY_BYTES = 32;

export type HandshakeRole = 'phone' | 'host';

export function handshakeNonce(): Uint8Array {
  return randomBytes(HANDSHAKE_NONCE_BYTES);
}

/** What `role` sends to prove it holds `key`; the roles differ so a proof can't be reflected back. */
export function handshakeProof(role: HandshakeRole, key: Uint8Array, phoneNonce: Uint8Array, hostNonce: Uint8Array): Uint8Array {
  return hmac(sha256, key, concatBytes(utf8ToBytes(`${LABEL} ${role} proof`), phoneNonce, hostNonce));
}

export interface SessionKeys {
  readonly phoneToHost: Uint8Array;
  readonly hostToPhone: Uint8Array;
}

/** One key per direction, so the two counters can never produce the same nonce under one key. */
export function deriveSessionKeys(key: Uint8Array, phoneNonce: Uint8Array, hostNonce: Uint8Array): SessionKeys {
  const okm = hkdf(sha256, key, concatBytes(phoneNonce, hostNonce), utf8ToBytes(`${LABEL} session keys`), 2 * SESSION_KEY_BYTES);
  return { phoneToHost: okm.slice(0, SESSION_KEY_BYTES), hostToPhone: okm.slice(SESSION_KEY_BYTES) };
}

/**
 * Names a pairing secret without revealing it, so the host can tell a phone "that QR code was
 * already used or has expired" instead of a bare "wrong proof".
 */
export function pairingSecretId(key: Uint8Array): Uint8Array {
  return hmac(sha256, key, utf8ToBytes(`${LABEL} pairing secret id`)).slice(0, 8);
}
