import type { KeyValueStore } from '../storage/key-value-store.js';

/** How the trackpad feels to this person, kept on the phone (not on the desktop). */
export interface PhoneSettings {
  /** Content follows the fingers, as on the phone's own screen; off: the wheel's direction. */
  readonly naturalScrolling: boolean;
  /** Multiplies pointer motion. */
  readonly pointerSpeed: number;
  /** Multiplies scrolling, glide included. */
  readonly scrollSpeed: number;
  /** A short vibration on click where the browser can vibrate. */
  readonly haptics: boolean;
}

export const DEFAULT_SETTINGS: PhoneSettings = {
  naturalScrolling: true,
  pointerSpeed: 1,
  scrollSpeed: 1,
  haptics: true,
};

/** The speed sliders' range and step: a fifth of normal up to three times it. */
export const SPEED_RANGE = { min: 0.2, max: 3, step: 0.1 } as const;

/** Beside the device credential (`touchdesk.device.v1@host`): each desktop has its own. */
export function settingsKey(host: string): string {
  return `touchdesk.settings.v1@${host}`;
}

/**
 * The settings in storage as JSON, read once and written on each change. Whatever is stored
 * is checked field by field: a value from an older page, or one edited by hand, falls back to
 * the default instead of breaking the trackpad.
 */
export class PhoneSettingsStore {
  private readonly key: string;
  private current: PhoneSettings;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
  ) {
    this.key = settingsKey(host);
    this.current = this.read();
  }

  get(): PhoneSettings {
    return this.current;
  }

  update(change: Partial<PhoneSettings>): void {
    this.current = sanitize({ ...this.current, ...change });
    try {
      this.storage.setItem(this.key, JSON.stringify(this.current));
    } catch {
      // Not remembered past this page; the setting still applies now.
    }
  }

  private read(): PhoneSettings {
    try {
      const text = this.storage.getItem(this.key);
      return text === null ? DEFAULT_SETTINGS : sanitize(JSON.parse(text) as unknown);
    } catch {
      return DEFAULT_SETTINGS;
    }
  }
}

function sanitize(value: unknown): PhoneSettings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    naturalScrolling: typeof stored.naturalScrolling === 'boolean' ? stored.naturalScrolling : DEFAULT_SETTINGS.naturalScrolling,
    pointerSpeed: speed(stored.pointerSpeed, DEFAULT_SETTINGS.pointerSpeed),
    scrollSpeed: speed(stored.scrollSpeed, DEFAULT_SETTINGS.scrollSpeed),
    haptics: typeof stored.haptics === 'boolean' ? stored.haptics : DEFAULT_SETTINGS.haptics,
  };
}

function speed(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, value));
}
