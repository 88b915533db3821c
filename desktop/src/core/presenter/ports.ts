import type { ActiveWindow } from './app-detection.js';

/**
 * The windowing system's report of the window in front, as a port: X11 implements it in the
 * injectors; a desktop without one (Windows, macOS, Wayland for now) passes none and the phone
 * hears that the app is unknown.
 */
export interface ActiveWindowWatcher {
  /**
   * Calls `changed` with the window in front now, and again whenever another window comes to
   * the front or the front window's title changes; `undefined` when none is or it cannot be read.
   */
  watch(changed: (window: ActiveWindow | undefined) => void): void;
  stop(): void;
}
