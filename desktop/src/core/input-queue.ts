import { LIMITS, type ModifierKey, type NamedKey, type PointerButton } from '@touchdesk/shared';
import type { InputInjector, Timers } from './ports.js';

type Action =
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'point'; x: number; y: number }
  | { kind: 'scroll'; dx: number; dy: number }
  | { kind: 'press'; button: PointerButton }
  | { kind: 'release'; button: PointerButton }
  | { kind: 'key'; key: NamedKey; modifiers: readonly ModifierKey[] }
  | { kind: 'text'; text: string }
  | { kind: 'press-key'; key: ModifierKey }
  | { kind: 'release-key'; key: ModifierKey }
  | { kind: 'release-keys' }
  | { kind: 'release-all' };

export interface InputQueueOptions {
  readonly timers: Timers;
  /** A modifier held this long with no other input from the phone is let go. */
  readonly maxModifierHoldMs?: number | undefined;
  /** Nothing is injected before this settles: the same device's earlier input goes first. */
  readonly after?: Promise<void>;
}

/**
 * One phone's input on its way to the injector, in order, one call at a time.
 *
 * Injection is asynchronous, so without a queue a click could overtake the motion before it.
 * Motion that piles up while the injector is busy (after a Wi-Fi stall, say) is summed into
 * one move instead of being replayed step by step, and sub-pixel remainders carry over so slow
 * finger movements are not rounded away. The queue remembers which buttons and modifiers it
 * holds down, so a phone that goes away, is paused or loses control never leaves one pressed;
 * and a modifier the phone seems to have forgotten (no input for a long while) is let go too.
 */
export class InputQueue {
  private readonly pending: Action[] = [];
  private readonly heldButtons = new Set<PointerButton>();
  private readonly heldKeys = new Set<ModifierKey>();
  private draining: Promise<void> | undefined;
  private remainderX = 0;
  private remainderY = 0;
  private closed = false;
  private cancelHoldTimer: (() => void) | undefined;
  private readonly maxModifierHoldMs: number;
  private earlierInput: Promise<void> | undefined;

  constructor(
    private readonly injector: InputInjector,
    private readonly onError: (error: unknown) => void,
    private readonly options: InputQueueOptions,
  ) {
    this.maxModifierHoldMs = options.maxModifierHoldMs ?? LIMITS.maxModifierHoldMs;
    this.earlierInput = options.after;
  }

  move(dx: number, dy: number): void {
    this.addSummed('move', dx, dy);
  }

  scroll(dx: number, dy: number): void {
    this.addSummed('scroll', dx, dy);
  }

  /** An absolute position: one still waiting is outdated by this one and replaced. */
  pointAt(x: number, y: number): void {
    const last = this.pending.at(-1);
    if (last?.kind === 'point') {
      last.x = x;
      last.y = y;
      this.restartHoldTimer(false);
      return;
    }
    this.add({ kind: 'point', x, y });
  }

  press(button: PointerButton): void {
    this.add({ kind: 'press', button });
  }

  release(button: PointerButton): void {
    this.add({ kind: 'release', button });
  }

  click(button: PointerButton): void {
    this.press(button);
    this.release(button);
  }

  tapKey(key: NamedKey, modifiers: readonly ModifierKey[]): void {
    this.add({ kind: 'key', key, modifiers });
  }

  typeText(text: string): void {
    this.add({ kind: 'text', text });
  }

  pressKey(key: ModifierKey): void {
    this.add({ kind: 'press-key', key });
  }

  releaseKey(key: ModifierKey): void {
    this.add({ kind: 'release-key', key });
  }

  /**
   * Drops everything not yet injected and lets go of every button and modifier held: the user
   * paused input, or another phone took control. Input that comes after this is injected again.
   */
  releaseAll(): void {
    if (this.closed) return;
    this.stopHoldTimer();
    this.pending.length = 0;
    this.enqueue({ kind: 'release-all' });
  }

  /** Resolves once everything queued so far has reached the injector. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /**
   * Ends this phone's input: motion not yet injected is stale and dropped, discrete input
   * already received still lands, and every button and modifier still held is released.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopHoldTimer();
    this.dropPendingMotion();
    await this.idle();
    await this.attempt({ kind: 'release-all' });
  }

  private addSummed(kind: 'move' | 'scroll', dx: number, dy: number): void {
    const last = this.pending.at(-1);
    if (last?.kind === kind) {
      last.dx += dx;
      last.dy += dy;
      this.restartHoldTimer(false);
      return;
    }
    this.add({ kind, dx, dy });
  }

  /** Input from the phone: it also shows the phone is still there, holding what it holds. */
  private add(action: Action): void {
    if (this.closed) return;
    this.restartHoldTimer(action.kind === 'press-key');
    this.enqueue(action);
  }

  private enqueue(action: Action): void {
    if (this.closed) return;
    this.pending.push(action);
    this.draining ??= this.drain();
  }

  /** Runs while a modifier is held or about to be (a press still queued behind slow injection). */
  private restartHoldTimer(pressingKey: boolean): void {
    const running = this.cancelHoldTimer !== undefined;
    this.stopHoldTimer();
    if (!pressingKey && !running && this.heldKeys.size === 0) return;
    this.cancelHoldTimer = this.options.timers.after(this.maxModifierHoldMs, () => {
      this.cancelHoldTimer = undefined;
      this.enqueue({ kind: 'release-keys' });
    });
  }

  private stopHoldTimer(): void {
    this.cancelHoldTimer?.();
    this.cancelHoldTimer = undefined;
  }

  private async drain(): Promise<void> {
    if (this.earlierInput) {
      const earlier = this.earlierInput;
      this.earlierInput = undefined;
      await earlier;
    }
    for (let action = this.pending.shift(); action; action = this.pending.shift()) {
      await this.attempt(action);
    }
    this.draining = undefined;
  }

  private dropPendingMotion(): void {
    const discrete = this.pending.filter((action) => action.kind !== 'move' && action.kind !== 'scroll' && action.kind !== 'point');
    this.pending.splice(0, this.pending.length, ...discrete);
  }

  private async attempt(action: Action): Promise<void> {
    try {
      await this.apply(action);
    } catch (error) {
      this.onError(error);
    }
  }

  private async apply(action: Action): Promise<void> {
    switch (action.kind) {
      case 'move': {
        const x = action.dx + this.remainderX;
        const y = action.dy + this.remainderY;
        const wholeX = Math.trunc(x);
        const wholeY = Math.trunc(y);
        this.remainderX = x - wholeX;
        this.remainderY = y - wholeY;
        if (wholeX !== 0 || wholeY !== 0) await this.injector.moveBy(wholeX, wholeY);
        return;
      }
      case 'scroll':
        return this.injector.scroll(action.dx, action.dy);
      case 'point':
        return this.injector.pointAt(action.x, action.y);
      case 'press':
        this.heldButtons.add(action.button);
        return this.injector.pressButton(action.button);
      case 'release':
        this.heldButtons.delete(action.button);
        return this.injector.releaseButton(action.button);
      case 'key':
        // A modifier already held stays held: the injector releases the chord's own modifiers after the tap.
        return this.injector.tapKey(action.key, action.modifiers.filter((modifier) => !this.heldKeys.has(modifier)));
      case 'text':
        return this.injector.typeText(action.text);
      case 'press-key':
        if (this.heldKeys.has(action.key)) return;
        this.heldKeys.add(action.key);
        return this.injector.pressKey(action.key);
      case 'release-key':
        // Never release a key this phone did not press: it may be held on the real keyboard.
        if (!this.heldKeys.delete(action.key)) return;
        if (this.heldKeys.size === 0 && !this.pending.some((next) => next.kind === 'press-key')) this.stopHoldTimer();
        return this.injector.releaseKey(action.key);
      case 'release-keys':
        return this.releaseHeld(false);
      case 'release-all':
        return this.releaseHeld(true);
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }

  /** One failing release must not keep the others held. */
  private async releaseHeld(buttonsToo: boolean): Promise<void> {
    const releases: (() => Promise<void>)[] = [];
    for (const key of [...this.heldKeys].reverse()) {
      this.heldKeys.delete(key);
      releases.push(() => this.injector.releaseKey(key));
    }
    if (buttonsToo) {
      for (const button of this.heldButtons) {
        this.heldButtons.delete(button);
        releases.push(() => this.injector.releaseButton(button));
      }
    }
    for (const release of releases) await release().catch((error: unknown) => this.onError(error));
  }
}
