import { detectApp, type Foreground, sameForeground, UNKNOWN_FOREGROUND } from './app-detection.js';
import type { ActiveWindowWatcher } from './ports.js';
import type { DesktopSystem } from './slide-keys.js';

/**
 * What presenting needs to know about this desktop, for every phone at once: its system (whose
 * shortcuts a slide program uses) and which slide program is in front. Phones subscribe and
 * hear of the foreground app only when it changes.
 */
export class PresenterDesk {
  private foreground: Foreground = UNKNOWN_FOREGROUND;
  private readonly listeners = new Set<(foreground: Foreground) => void>();

  constructor(
    readonly system: DesktopSystem,
    private readonly watcher?: ActiveWindowWatcher,
  ) {
    watcher?.watch((window) => this.update(detectApp(window)));
  }

  get current(): Foreground {
    return this.foreground;
  }

  /** Calls `listener` on every change from now on; the returned function stops it. */
  subscribe(listener: (foreground: Foreground) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.watcher?.stop();
    this.listeners.clear();
  }

  private update(foreground: Foreground): void {
    if (sameForeground(foreground, this.foreground)) return;
    this.foreground = foreground;
    for (const listener of this.listeners) listener(foreground);
  }
}
