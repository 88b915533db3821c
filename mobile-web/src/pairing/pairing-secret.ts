import { LIMITS, PAIRING_FRAGMENT_KEY } from '@touchdesk/shared';

/** Session storage: survives a reload of this tab, dies with the tab, never reaches a server. */
const STORAGE_KEY = 'touchdesk.pairingSecret';

/** The parts of `window` this module touches, so tests can hand in fakes. */
export interface PairingEnvironment {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'replaceState'>;
  /** Null when the browser refuses storage (some private modes, locked-down in-app browsers). */
  readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

export interface PairingSecret {
  /** Null when there is none, or none the host could accept: the user must scan the QR code. */
  readonly secret: string | null;
  /** True when the address carried a secret just now (a fresh scan), false when from storage. */
  readonly fromFragment: boolean;
}

/**
 * The pairing secret from the QR code's `#t=<secret>`, or the one this tab stored before.
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
  // A secret the host would refuse by size alone is no secret: ask for a fresh scan.
  if (!plausible(fromFragment)) {
    forgetPairingSecret(env);
    return { secret: null, fromFragment: true };
  }
  try {
    env.storage?.setItem(STORAGE_KEY, fromFragment);
  } catch {
    // Storage full or forbidden: pairing still works until the tab is reloaded.
  }
  return { secret: fromFragment, fromFragment: true };
}

/** After the host has refused the secret, a reload must ask for a new scan, not retry it. */
export function forgetPairingSecret(env: PairingEnvironment): void {
  try {
    env.storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored that we could reach; nothing to forget.
  }
}

function readStored(env: PairingEnvironment): string | null {
  try {
    const stored = env.storage?.getItem(STORAGE_KEY) ?? null;
    return stored !== null && plausible(stored) ? stored : null;
  } catch {
    return null;
  }
}

function plausible(secret: string): boolean {
  return secret.length > 0 && secret.length <= LIMITS.maxTokenLength;
}
