import type { KeyValueStore } from '../storage/key-value-store.js';
import type { DesktopPlatform } from './shortcuts.js';

/** Beside the device credential (`touchdesk.device.v1@host`): each desktop has its own. */
export function platformKey(host: string): string {
  return `touchdesk.platform.v1@${host}`;
}

/**
 * Whether the desktop is a Mac, as the user told the keyboard. The host's status does not say
 * yet; once it does, this becomes the fallback for hosts too old to say.
 */
export class PlatformPreference {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
  ) {
    this.key = platformKey(host);
  }

  get(): DesktopPlatform {
    try {
      return this.storage.getItem(this.key) === 'mac' ? 'mac' : 'pc';
    } catch {
      return 'pc';
    }
  }

  set(platform: DesktopPlatform): void {
    try {
      this.storage.setItem(this.key, platform);
    } catch {
      // Not remembered past this page; the toggle still works for now.
    }
  }
}
