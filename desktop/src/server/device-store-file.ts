import { join } from 'node:path';
import { bytesToHex, hexToBytes } from '@touchdesk/shared';
import { MemoryDeviceStore, type PairedDevice } from '../core/device-store.js';
import { AtomicFile } from './atomic-file.js';

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

/** Paired devices in `devices.json`, an AtomicFile: mode 0600, atomic saves in the background. */
export class FileDeviceStore extends MemoryDeviceStore {
  private constructor(
    private readonly file: AtomicFile,
    private readonly codec: AtRestCodec,
  ) {
    super();
  }

  /** Loads `devices.json` from `configDir`; a file it cannot read is kept aside and reported. */
  static load(configDir: string, codec: AtRestCodec = PLAIN_FILE, warn: (text: string) => void = () => undefined): FileDeviceStore {
    const file = new AtomicFile(join(configDir, 'devices.json'), (error) => warn(`The list of paired phones could not be saved: ${error.message}`));
    const store = new FileDeviceStore(file, codec);
    const loaded = file.load((bytes) => (JSON.parse(codec.decode(bytes)) as StoredDevice[]).map((device) => ({ ...device, key: hexToBytes(device.key) })));
    if (loaded.state === 'loaded') for (const device of loaded.value) store.devices.set(device.id, device);
    if (loaded.state === 'set-aside') {
      warn(`The list of paired phones could not be read (${loaded.reason}); it was kept as ${loaded.keptAs}. Phones must pair again.`);
    }
    return store;
  }

  /** Resolves once every change so far is on disk. */
  flushed(): Promise<void> {
    return this.file.flushed();
  }

  protected override changed(): void {
    const snapshot = this.list().map((device: PairedDevice): StoredDevice => ({ ...device, key: bytesToHex(device.key) }));
    this.file.save(this.codec.encode(JSON.stringify(snapshot, null, 2)));
  }
}
