import type { KeyAction, ModifierKey } from '@touchdesk/shared';

/**
 * Sticky modifiers as the phone believes the host holds them: a tap on Ctrl presses it, the
 * next tap lets it go. A phone has no physical key to keep a finger on, so "held" is a state
 * the page keeps and shows, and must drop whenever the host can no longer be holding the key.
 */
export class ModifierLatch {
  private readonly held = new Set<ModifierKey>();

  isHeld(key: ModifierKey): boolean {
    return this.held.has(key);
  }

  anyHeld(): boolean {
    return this.held.size > 0;
  }

  heldKeys(): ModifierKey[] {
    return [...this.held];
  }

  /** Flips `key` and says what to send for it. */
  toggle(key: ModifierKey): KeyAction {
    if (this.held.delete(key)) return 'up';
    this.held.add(key);
    return 'down';
  }

  /** Lets go of everything; returns what was held. */
  releaseAll(): ModifierKey[] {
    const released = [...this.held];
    this.held.clear();
    return released;
  }
}
