import { DEFAULT_DESKTOP_SETTINGS, type DesktopSettings, parseSettingsFile } from '@touchdesk/shared';

/**
 * What the user chose and expects to find again after a restart; the schema, shared with the
 * panel, is in @touchdesk/shared (desktop-settings.ts).
 */
export type Settings = DesktopSettings;

export const DEFAULT_SETTINGS: Settings = DEFAULT_DESKTOP_SETTINGS;

/** Synchronous reads; the implementation persists changes in the background, like DeviceStore. */
export interface SettingsStore {
  readonly current: Settings;
  /** Where an unreadable settings file was kept aside when the host had to start with defaults. */
  readonly keptAs?: string | undefined;
  update(change: Partial<Settings>): void;
}

export class MemorySettingsStore implements SettingsStore {
  private readonly listeners: ((settings: Settings) => void)[] = [];

  constructor(protected settings: Settings = DEFAULT_SETTINGS) {}

  /** Told after every change, for what shows settings outside the panel (the tray's language). */
  watch(listener: (settings: Settings) => void): void {
    this.listeners.push(listener);
  }

  get current(): Settings {
    return this.settings;
  }

  update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.changed();
    for (const listener of this.listeners) listener(this.settings);
  }

  /** Persisting stores save here. */
  protected changed(): void {}
}

/**
 * Settings from untrusted JSON (a file a person may have edited). A key that is missing takes
 * its default, so an older file still loads; a key that is there with a wrong value throws.
 */
export function settingsFrom(value: unknown): Settings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the settings are not a JSON object');
  const parsed = parseSettingsFile(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}
