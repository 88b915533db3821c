/** A phone that paired once and may come back without the QR code. */
export interface PairedDevice {
  readonly id: string;
  readonly name: string;
  /** The device's own key, given to it at pairing; the handshake proves it, never sends it. */
  readonly key: Uint8Array;
  readonly pairedAt: number;
  readonly lastSeen: number;
}

/**
 * The paired devices, as the core sees them: synchronous reads, and writes that the
 * implementation persists in the background (a file with mode 0600, encrypted with the OS
 * keychain under Electron). The core never waits for a disk.
 */
export interface DeviceStore {
  list(): readonly PairedDevice[];
  find(id: string): PairedDevice | undefined;
  add(device: PairedDevice): void;
  touch(id: string, lastSeen: number): void;
  remove(id: string): boolean;
}

/** In memory only: for tests, and for `--config-dir`-less runs that should remember nothing. */
export class MemoryDeviceStore implements DeviceStore {
  protected readonly devices = new Map<string, PairedDevice>();

  list(): readonly PairedDevice[] {
    return [...this.devices.values()];
  }

  find(id: string): PairedDevice | undefined {
    return this.devices.get(id);
  }

  add(device: PairedDevice): void {
    this.devices.set(device.id, device);
    this.changed();
  }

  touch(id: string, lastSeen: number): void {
    const device = this.devices.get(id);
    if (!device) return;
    this.devices.set(id, { ...device, lastSeen });
    this.changed();
  }

  remove(id: string): boolean {
    const removed = this.devices.delete(id);
    if (removed) this.changed();
    return removed;
  }

  /** Persisting stores save here. */
  protected changed(): void {}
}
