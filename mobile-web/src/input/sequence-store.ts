import type { KeyValueStore } from '../storage/key-value-store.js';

/**
 * The storage key for one host, beside the device credential's (`touchdesk.device.v1@host`)
 * and in the same storage, so the two live and die together.
 */
export function sequenceKey(host: string): string {
  return `touchdesk.seq.v1@${host}`;
}

/**
 * The next sequence number this phone will give its discrete input on one host, kept across
 * reloads so numbering never restarts under the same device id: the host skips any number it
 * has already handled, so a restart at 1 would have it skip the user's next taps as old.
 *
 * One entry per host holds the device id it counts for; a fresh pairing brings a new device
 * id, and with it numbering from 1 and the old entry overwritten rather than left behind.
 */
export class SequenceStore {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
  ) {
    this.key = sequenceKey(host);
  }

  /** The next number for `deviceId`: 1 when nothing (readable) is stored for it. */
  next(deviceId: string): number {
    try {
      const stored = this.storage.getItem(this.key);
      return stored === null ? 1 : parseEntry(stored, deviceId);
    } catch {
      return 1;
    }
  }

  save(deviceId: string, next: number): void {
    try {
      this.storage.setItem(this.key, JSON.stringify({ deviceId, next }));
    } catch {
      // Storage full or refused: numbering restarts after a reload, and the host's first ack
      // of the next session moves it past everything the host has handled (DiscreteOutbox).
    }
  }
}

function parseEntry(text: string, deviceId: string): number {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 1;
  }
  if (typeof value !== 'object' || value === null) return 1;
  const entry = value as Record<string, unknown>;
  if (entry.deviceId !== deviceId) return 1;
  const next = entry.next;
  return typeof next === 'number' && Number.isSafeInteger(next) && next >= 1 ? next : 1;
}
