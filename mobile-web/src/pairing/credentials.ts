import { hexToBytes, type PhoneCredential } from '@touchdesk/shared';
import type { CredentialSource } from '../connection/ports.js';
import type { DeviceCredential, DeviceCredentialStore } from './device-credential.js';
import type { PairingSecret } from './pairing-secret.js';

/**
 * Which key this phone proves it holds on the next connection attempt:
 *
 * 1. a pairing secret scanned just now: the person wants to pair (again), whatever is stored;
 * 2. else this phone's own device credential from an earlier pairing;
 * 3. else a pairing secret this tab kept from a scan before a reload, not yet used;
 * 4. else none: the page asks for a scan.
 *
 * The pairing secret is single-use: it is forgotten once the host has issued the device
 * credential, and when the host refuses it. A refused device credential is deleted.
 */
export class PhoneCredentials implements CredentialSource {
  private secret: { readonly key: Uint8Array; readonly fresh: boolean } | null = null;

  constructor(
    private readonly devices: DeviceCredentialStore,
    private readonly forgetStoredSecret: () => void,
    private readonly deviceName: string,
  ) {}

  /** What `takePairingSecret` found, on page load and on each new scan. */
  offerPairingSecret(found: PairingSecret): void {
    this.secret = found.secret === null ? null : { key: found.secret, fresh: found.fromFragment };
  }

  next(): PhoneCredential | null {
    if (this.secret?.fresh === true) return this.pairing(this.secret.key);
    const device = this.devices.load();
    if (device !== null) return { kind: 'device', deviceId: device.deviceId, key: hexToBytes(device.deviceKey) };
    return this.secret === null ? null : this.pairing(this.secret.key);
  }

  paired(device: DeviceCredential): void {
    this.devices.save(device);
    this.forgetSecret();
  }

  rejected(credential: PhoneCredential): void {
    if (credential.kind === 'pairing') {
      this.forgetSecret();
    } else if (this.devices.load()?.deviceId === credential.deviceId) {
      this.devices.forget();
    }
  }

  private pairing(key: Uint8Array): PhoneCredential {
    return { kind: 'pairing', key, deviceName: this.deviceName };
  }

  private forgetSecret(): void {
    this.secret = null;
    this.forgetStoredSecret();
  }
}
