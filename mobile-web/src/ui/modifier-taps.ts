import type { ModifierState } from '../input/modifier-latch.js';

/** A second tap this soon after the first makes a double tap. */
export const DOUBLE_TAP_MS = 350;

/**
 * What a tap on a keyboard modifier means. The first tap arms the key at once (waiting to see
 * whether a second follows would make every shortcut slower); a second tap soon after, while
 * it is still armed, locks it, as a double tap on a phone's Shift gives caps lock.
 */
export class ModifierTaps {
  private armedAt: number | null = null;

  constructor(private readonly now: () => number) {}

  /** `state`: the key's state before this tap. */
  tap(state: ModifierState): 'tap' | 'lock' {
    const now = this.now();
    if (state === 'armed' && this.armedAt !== null && now - this.armedAt <= DOUBLE_TAP_MS) {
      this.armedAt = null;
      return 'lock';
    }
    this.armedAt = state === 'off' ? now : null;
    return 'tap';
  }
}
