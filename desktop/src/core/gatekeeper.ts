import { bytesToHex, type ClientMessage, type ErrorCode, HANDSHAKE_SIZES, pairingSecretId } from '@touchdesk/shared';
import type { Attempt, AttemptLimiter } from './attempt-limiter.js';
import type { DeviceStore, PairedDevice } from './device-store.js';
import type { PairingSecrets } from './pairing-secrets.js';
import type { Clock } from './ports.js';

export type Credential = Extract<ClientMessage, { type: 'hello' }>['credential'];

export type KeyLookup = { readonly key: Uint8Array } | { readonly refusal: ErrorCode };

export interface Admission {
  readonly device: PairedDevice;
  /** Set when this handshake paired a new device: the phone must be given its key. */
  readonly newlyPaired: boolean;
}

/**
 * Decides who may finish a handshake: which key a credential must prove, whether an address
 * has failed too often, and what a successful proof grants. The pairing secret pays out once.
 */
export class Gatekeeper {
  constructor(
    private readonly secrets: PairingSecrets,
    private readonly devices: DeviceStore,
    private readonly limiter: AttemptLimiter,
    private readonly clock: Clock,
    private readonly randomBytes: (length: number) => Uint8Array,
  ) {}

  /** Starts a handshake, or undefined when `address` has failed too often of late. */
  begin(address: string, credential: Credential): Attempt | undefined {
    return this.limiter.begin(address, credential.kind === 'pairing');
  }

  keyFor(credential: Credential): KeyLookup {
    if (credential.kind === 'pairing') {
      const key = this.secrets.usableKey();
      const sameSecret = key && bytesToHex(pairingSecretId(key)) === credential.secretId;
      return key && sameSecret ? { key } : { refusal: 'pairing-expired' };
    }
    const device = this.devices.find(credential.deviceId);
    return device ? { key: device.key } : { refusal: 'device-unknown' };
  }

  /**
   * The phone proved `key`. For a pairing, the secret must still be the one it proved (another
   * phone may have used it in the meantime); the new device is stored and the secret renewed.
   */
  admit(credential: Credential, key: Uint8Array): Admission | { readonly refusal: ErrorCode } {
    const now = this.clock.now();
    if (credential.kind === 'device') {
      const device = this.devices.find(credential.deviceId);
      if (!device) return { refusal: 'device-revoked' };
      this.devices.touch(device.id, now);
      return { device, newlyPaired: false };
    }
    if (this.secrets.usableKey() !== key) return { refusal: 'pairing-expired' };
    this.secrets.consume();
    const device: PairedDevice = {
      id: bytesToHex(this.randomBytes(HANDSHAKE_SIZES.deviceId)),
      name: credential.deviceName || 'Phone',
      key: this.randomBytes(HANDSHAKE_SIZES.deviceKey),
      pairedAt: now,
      lastSeen: now,
    };
    this.devices.add(device);
    return { device, newlyPaired: true };
  }
}

/** A device's key as the `paired` message carries it. */
export function deviceKeyHex(device: PairedDevice): string {
  return bytesToHex(device.key);
}
