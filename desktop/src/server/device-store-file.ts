import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { bytesToHex, hexToBytes } from '@touchdesk/shared';
import { MemoryDeviceStore, type PairedDevice } from '../core/device-store.js';

/** How the file's bytes are protected at rest: Electron passes the OS keychain's safeStorage. */
export interface AtRestCodec {
  readonly name: string;
  encode(text: string): Buffer;
  decode(bytes: Buffer): string;
}

export const PLAIN_FILE: AtRestCodec = {
  name: 'file mode 0600',
  encode: (text) => Buffer.from(text, 'utf8'),
  decode: (bytes) => bytes.toString('utf8'),
};

interface StoredDevice {
  id: string;
  name: string;
  key: string;
  pairedAt: number;
  lastSeen: number;
}

/**
 * Paired devices in one file, readable by this user alone (mode 0600). Every change is
 * written to a temporary file, flushed and renamed over the old one, so a crash leaves either
 * the old list or the new one, never half of each. Writes are serialised in the background.
 */
export class FileDeviceStore extends MemoryDeviceStore {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private readonly codec: AtRestCodec,
    private readonly warn: (text: string) => void,
  ) {
    super();
  }

  /** Loads `devices.json` from `configDir`; a file it cannot read is kept aside and reported. */
  static load(configDir: string, codec: AtRestCodec = PLAIN_FILE, warn: (text: string) => void = () => undefined): FileDeviceStore {
    const store = new FileDeviceStore(join(configDir, 'devices.json'), codec, warn);
    mkdirSync(configDir, { recursive: true, mode: 0o700 });
    let bytes: Buffer;
    try {
      bytes = readFileSync(store.path);
    } catch {
      return store;
    }
    try {
      for (const device of JSON.parse(codec.decode(bytes)) as StoredDevice[]) {
        store.devices.set(device.id, { ...device, key: hexToBytes(device.key) });
      }
    } catch (error) {
      const aside = `${store.path}.corrupt-${Date.now()}`;
      renameSync(store.path, aside);
      warn(`The list of paired phones could not be read (${(error as Error).message}); it was kept as ${aside}. Phones must pair again.`);
    }
    return store;
  }

  /** Resolves once every change so far is on disk. */
  flushed(): Promise<void> {
    return this.writing;
  }

  protected override changed(): void {
    const snapshot = this.list().map((device: PairedDevice): StoredDevice => ({ ...device, key: bytesToHex(device.key) }));
    this.writing = this.writing
      .then(() => this.write(JSON.stringify(snapshot, null, 2)))
      .catch((error: Error) => this.warn(`The list of paired phones could not be saved: ${error.message}`));
  }

  private async write(text: string): Promise<void> {
    const temporary = join(dirname(this.path), `.devices-${randomBytes(6).toString('hex')}.tmp`);
    const file = await open(temporary, 'w', 0o600);
    try {
      await file.writeFile(this.codec.encode(text));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, this.path);
  }
}
