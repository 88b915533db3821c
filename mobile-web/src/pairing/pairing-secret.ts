import { hexToBytes, PAIRING_FRAGMENT_KEY } from '@touchdesk/shared';
import type { KeyValueStore } from '../storage/key-value-store.js';

/**
 * Session storage: survives a reload of this tab until the pairing is done, dies with the tab,
 * never reaches a server. The secret is single-use, so it is forgotten as soon as the host
 * has given this phone its own credential.
 */
const STORAGE_KEY = 'touchdesk.pairingSecret';

/**
 * The host issues 20 bytes; anything up to this is accepted, so a host that chooses longer
 * secrets does not strand older pages. Longer than this is no QR code of ours.
 */
const MAX_SECRET_HEX_LENGTH = 128;

/** The parts of `window` this module touches, so tests can hand in fakes. */
export interface PairingEnvironment {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState'>;
  /** Null when the browser refuses storage (some private modes, locked-down in-app browsers). */
  readonly storage: KeyValueStore | null;
}

export interface PairingSecret {
  /** Null when there is none, or none the host could accept. */
  readonly secret: Uint8Array | null;
  /** True when the address carried a secret just now (a fresh scan), false when from storage. */
  readonly fromFragment: boolean;
}

/**
 * The pairing secret from the QR code's `#t=<hex>`, or the one this tab stored before.
 *
 * The fragment is erased from the address bar at once, so the secret is not left on screen
 * for a shoulder-surfer, in the tab's history, or in a shared link. Fragments never travel in
 * HTTP requests, which is why the QR code puts the secret there in the first place.
 */
export function takePairingSecret(env: PairingEnvironment): PairingSecret {
  const params = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromFragment = params.get(PAIRING_FRAGMENT_KEY);
  if (fromFragment === null) return { secret: readStored(env), fromFragment: false };

  env.history.replaceState(null, '', env.location.pathname + env.location.search);
  const secret = decode(fromFragment);
  if (secret === null) {
    // A new scan replaces the old secret even when it is unreadable: the old one is stale.
    forgetPairingSecret(env);
    return { secret: null, fromFragment: true };
  }
  try {
    env.storage?.setItem(STORAGE_KEY, fromFragment);
  } catch {
    // Storage full or forbidden: pairing still works until the tab is reloaded.
  }
  return { secret, fromFragment: true };
}

/** Once used (paired) or refused, a reload must not offer the secret again. */
export function forgetPairingSecret(env: Pick<PairingEnvironment, 'storage'>): void {
  try {
    env.storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored that we could reach; nothing to forget.
  }
}

function readStored(env: PairingEnvironment): Uint8Array | null {
  try {
    const stored = env.storage?.getItem(STORAGE_KEY) ?? null;
    return stored === null ? null : decode(stored);
  } catch {
    return null;
  }
}

/** The secret's bytes, or null for anything that is not non-empty, even-length hex of sane size. */
function decode(hex: string): Uint8Array | null {
  if (hex.length === 0 || hex.length > MAX_SECRET_HEX_LENGTH) return null;
  try {
    return hexToBytes(hex);
  } catch {
    return null;
  }
}
