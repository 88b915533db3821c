import type { InjectionStatus, ModifierKey, NamedKey, PointerButton } from '@touchdesk/shared';

/**
 * What the core needs from the desktop, as ports: the core never sees nut-js, a socket or the
 * system clock, so it is tested with fakes and composed with the real things at the roots.
 */
export interface InputInjector {
  /** Whether injection works here, and if not, why. Checked once when the host starts. */
  readonly status: InjectionStatus;
  moveBy(dx: number, dy: number): Promise<void>;
  /**
   * Puts the pointer at a point of the screen given as fractions of its width and height (0..1):
   * the laser pointer, which aims at what the phone's preview shows there.
   */
  pointAt(x: number, y: number): Promise<void>;
  pressButton(button: PointerButton): Promise<void>;
  releaseButton(button: PointerButton): Promise<void>;
  /** Wheel steps; dy > 0 scrolls down (towards the user), dx > 0 scrolls right. */
  scroll(dx: number, dy: number): Promise<void>;
  /** Presses and releases one key with modifiers held around it. */
  tapKey(key: NamedKey, modifiers: readonly ModifierKey[]): Promise<void>;
  /** Holds a modifier down across other input (Ctrl+click, Shift+drag) until releaseKey. */
  pressKey(key: ModifierKey): Promise<void>;
  releaseKey(key: ModifierKey): Promise<void>;
  /**
   * Types the text exactly, whatever the desktop's keyboard layout, or rejects: text is never
   * reported as typed when it was not.
   */
  typeText(text: string): Promise<void>;
}

export interface Clock {
  now(): number;
}

/** Time that acts, as a port: the host passes Node's timers, tests a clock they move by hand. */
export interface Timers {
  /** Calls `run` once, `ms` from now, unless the returned function cancels it first. */
  after(ms: number, run: () => void): () => void;
  /**
   * Calls `run` once everything that arrived in this turn of the event loop has been handled:
   * the place to answer a batch of frames with one reply instead of one each.
   */
  soon(run: () => void): void;
}
