import { CONTROL_MODES, type ControlMode } from '@touchdesk/shared';

/**
 * What the user chose and expects to find again after a restart. Pause is not among them on
 * purpose: a host that came back paused would ignore every phone for no visible reason.
 */
export interface Settings {
  readonly controlMode: ControlMode;
}

export const DEFAULT_SETTINGS: Settings = { controlMode: 'shared' };

/** Synchronous reads; the implementation persists changes in the background, like DeviceStore. */
export interface SettingsStore {
  readonly current: Settings;
  /** Where an unreadable settings file was kept aside when the host had to start with defaults. */
  readonly keptAs?: string | undefined;
  update(change: Partial<Settings>): void;
}

export class MemorySettingsStore implements SettingsStore {
  constructor(protected settings: Settings = DEFAULT_SETTINGS) {}

  get current(): Settings {
    return this.settings;
  }

  update(change: Partial<Settings>): void {
    this.settings = { ...this.settings, ...change };
    this.changed();
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
  const { controlMode = DEFAULT_SETTINGS.controlMode } = value as { controlMode?: unknown };
  if (!CONTROL_MODES.includes(controlMode as ControlMode)) throw new Error(`controlMode must be one of ${CONTROL_MODES.join(', ')}`);
  return { controlMode: controlMode as ControlMode };
}
