import { HANDSHAKE_SIZES } from '@touchdesk/shared';
import type { KeyValueStore } from '../storage/key-value-store.js';

/** What the host gave this phone in `paired`: its id and its own key, both lowercase hex. */
export interface DeviceCredential {
  readonly deviceId: string;
  readonly deviceKey: string;
}

/**
 * One entry per host address. The storage is already per origin; naming the host in the key
 * as well keeps the entry meaningful if it is ever copied or inspected, and `v1` lets a later
 * format live beside this one.
 */
export function deviceCredentialKey(host: string): string {
  return `touchdesk.device.v1@${host}`;
}

/**
 * This phone's credential for one host, kept across reloads and host restarts so that
 * reconnecting never needs a new scan. Whatever is read back is checked like a network
 * frame: storage can hold anything (an older format, another script's data).
 */
export class DeviceCredentialStore {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
  ) {
    this.key = deviceCredentialKey(host);
  }

  load(): DeviceCredential | null {
    try {
      const stored = this.storage.getItem(this.key);
      return stored === null ? null : parseCredential(stored);
    } catch {
      return null;
    }
  }

  save(credential: DeviceCredential): void {
    try {
      this.storage.setItem(this.key, JSON.stringify({ deviceId: credential.deviceId, deviceKey: credential.deviceKey }));
    } catch {
      // Storage full or refused now although it worked before: this page stays paired until
      // it is closed; after that the user scans again.
    }
  }

  forget(): void {
    try {
      this.storage.removeItem(this.key);
    } catch {
      // Nothing we can reach to delete.
    }
  }
}

function parseCredential(text: string): DeviceCredential | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { deviceId, deviceKey } = value as Record<string, unknown>;
  if (!isHex(deviceId, HANDSHAKE_SIZES.deviceId) || !isHex(deviceKey, HANDSHAKE_SIZES.deviceKey)) return null;
  return { deviceId, deviceKey };
}

function isHex(value: unknown, bytes: number): value is string {
  return typeof value === 'string' && value.length === 2 * bytes && /^[0-9a-f]*$/.test(value);
}
