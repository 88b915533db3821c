import { canVibrate } from './features.js';

/** Long enough to feel, short enough to feel like a click rather than a buzz. */
const TICK_MS = 10;

export interface HapticTick {
  /** Whether this browser can vibrate at all; the settings sheet says so when it cannot. */
  readonly supported: boolean;
  tick(): void;
}

/**
 * A short vibration on click where the browser can vibrate and the user wants it. Chrome
 * ignores `vibrate` until the user has touched the page, which a click always follows.
 */
export function hapticTick(nav: { vibrate?: (pattern: number) => boolean }, enabled: () => boolean): HapticTick {
  const supported = canVibrate(nav);
  return {
    supported,
    tick() {
      if (supported && enabled()) nav.vibrate?.(TICK_MS);
    },
  };
}
