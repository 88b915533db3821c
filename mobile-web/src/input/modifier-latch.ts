import { type KeyAction, MODIFIER_KEYS, type ModifierKey } from '@touchdesk/shared';

/**
 * - `off`.
 * - `armed`: applies to the next key or shortcut, sent with it as one chord, then goes off.
 *   The host knows nothing of it; nothing is held.
 * - `locked`: the host holds the key down (a `modifier down` went out) until it is let go.
 */
export type ModifierState = 'off' | 'armed' | 'locked';

/**
 * Sticky modifiers as the phone believes the host holds them. A phone has no physical key to
 * keep a finger on, so "held" is a state the page keeps and shows, and must drop whenever the
 * host can no longer be holding the key. Each change that the host must hear of comes back as
 * the action to send; arming and disarming stay on the phone.
 */
export class ModifierLatch {
  private readonly states = new Map<ModifierKey, Exclude<ModifierState, 'off'>>();

  state(key: ModifierKey): ModifierState {
    return this.states.get(key) ?? 'off';
  }

  isHeld(key: ModifierKey): boolean {
    return this.states.get(key) === 'locked';
  }

  anyHeld(): boolean {
    return this.heldKeys().length > 0;
  }

  /** What the host holds, in shared's order. */
  heldKeys(): ModifierKey[] {
    return MODIFIER_KEYS.filter((key) => this.states.get(key) === 'locked');
  }

  /** Held and armed together: what the next key is pressed with, in shared's order. */
  activeKeys(): ModifierKey[] {
    return MODIFIER_KEYS.filter((key) => this.states.has(key));
  }

  /** A plain tap on a keyboard modifier: arms it, or disarms it, or lets a locked one go. */
  tap(key: ModifierKey): KeyAction | null {
    const state = this.state(key);
    if (state === 'off') {
      this.states.set(key, 'armed');
      return null;
    }
    this.states.delete(key);
    return state === 'locked' ? 'up' : null;
  }

  /** A long press or double tap: holds the key from now on. */
  lock(key: ModifierKey): KeyAction | null {
    if (this.isHeld(key)) return null;
    this.states.set(key, 'locked');
    return 'down';
  }

  /** The trackpad's toggle: a tap holds the key (for Ctrl+click), the next tap lets it go. */
  toggle(key: ModifierKey): KeyAction {
    if (this.isHeld(key)) {
      this.states.delete(key);
      return 'up';
    }
    this.states.set(key, 'locked');
    return 'down';
  }

  /** The armed keys, now spent on the key they were armed for. */
  takeArmed(): ModifierKey[] {
    const armed = MODIFIER_KEYS.filter((key) => this.states.get(key) === 'armed');
    for (const key of armed) this.states.delete(key);
    return armed;
  }

  /** Lets go of everything held; returns what was held. Armed keys stay armed. */
  releaseAll(): ModifierKey[] {
    const released = this.heldKeys();
    for (const key of released) this.states.delete(key);
    return released;
  }
}
