import type { ModifierKey, NamedKey, PointerButton } from '@touchdesk/shared';
import type { InputInjector } from './ports.js';

type Action =
  | { kind: 'move'; dx: number; dy: number }
  | { kind: 'scroll'; dx: number; dy: number }
  | { kind: 'press'; button: PointerButton }
  | { kind: 'release'; button: PointerButton }
  | { kind: 'key'; key: NamedKey; modifiers: readonly ModifierKey[] };

/**
 * One phone's input on its way to the injector, in order, one call at a time.
 *
 * Injection is asynchronous, so without a queue a click could overtake the motion before it.
 * Motion that piles up while the injector is busy (after a Wi-Fi stall, say) is summed into
 * one move instead of being replayed step by step, and sub-pixel remainders carry over so slow
 * finger movements are not rounded away. The queue remembers which buttons it holds down, so
 * a phone that goes away never leaves one pressed.
 */
export class InputQueue {
  private readonly pending: Action[] = [];
  private readonly held = new Set<PointerButton>();
  private draining: Promise<void> | undefined;
  private remainderX = 0;
  private remainderY = 0;
  private closed = false;

  constructor(
    private readonly injector: InputInjector,
    private readonly onError: (error: unknown) => void,
  ) {}

  move(dx: number, dy: number): void {
    this.addSummed('move', dx, dy);
  }

  scroll(dx: number, dy: number): void {
    this.addSummed('scroll', dx, dy);
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

  /** Resolves once everything queued so far has reached the injector. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  /**
   * Ends this phone's input: motion not yet injected is stale and dropped, discrete input
   * already received still lands, and every button still held is released.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.dropPendingMotion();
    await this.idle();
    for (const button of this.held) await this.attempt({ kind: 'release', button });
  }

  private addSummed(kind: 'move' | 'scroll', dx: number, dy: number): void {
    const last = this.pending.at(-1);
    if (last?.kind === kind) {
      last.dx += dx;
      last.dy += dy;
      return;
    }
    this.add({ kind, dx, dy });
  }

  private add(action: Action): void {
    if (this.closed) return;
    this.pending.push(action);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    for (let action = this.pending.shift(); action; action = this.pending.shift()) {
      await this.attempt(action);
    }
    this.draining = undefined;
  }

  private dropPendingMotion(): void {
    const discrete = this.pending.filter((action) => action.kind !== 'move' && action.kind !== 'scroll');
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
      case 'press':
        this.held.add(action.button);
        return this.injector.pressButton(action.button);
      case 'release':
        this.held.delete(action.button);
        return this.injector.releaseButton(action.button);
      case 'key':
        return this.injector.tapKey(action.key, action.modifiers);
      default: {
        const unreachable: never = action;
        return unreachable;
      }
    }
  }
}
