import type { InjectionStatus } from '@touchdesk/shared';
import type { SessionTransport } from './phone-session.js';
import type { Clock, InputInjector, Timers } from './ports.js';

/** Fakes for the core's ports, shared by its unit tests. */
export class FakeInjector implements InputInjector {
  readonly calls: string[] = [];
  /** Resolve these to let a pending injection finish; empty means every call finishes at once. */
  readonly gates: (() => void)[] = [];
  holdCalls = false;
  failWith: Error | undefined;

  constructor(readonly status: InjectionStatus = { state: 'ready', backend: 'fake' }) {}

  private async record(call: string): Promise<void> {
    this.calls.push(call);
    if (this.holdCalls) await new Promise<void>((resolve) => this.gates.push(resolve));
    if (this.failWith) throw this.failWith;
  }

  moveBy(dx: number, dy: number) {
    return this.record(`move ${dx},${dy}`);
  }
  pointAt(x: number, y: number) {
    return this.record(`point ${x},${y}`);
  }
  pressButton(button: string) {
    return this.record(`press ${button}`);
  }
  releaseButton(button: string) {
    return this.record(`release ${button}`);
  }
  scroll(dx: number, dy: number) {
    return this.record(`scroll ${dx},${dy}`);
  }
  tapKey(key: string, modifiers: readonly string[]) {
    return this.record(`key ${[...modifiers, key].join('+')}`);
  }
  typeText(text: string) {
    return this.record(`text ${text}`);
  }
  pressKey(key: string) {
    return this.record(`hold ${key}`);
  }
  releaseKey(key: string) {
    return this.record(`let go ${key}`);
  }

  releaseGates(): void {
    for (const open of this.gates.splice(0)) open();
  }
}

export class FakeTransport implements SessionTransport {
  readonly frames: (string | Uint8Array)[] = [];
  closedWith: { code: number; reason: string } | undefined;

  send(frame: string | Uint8Array): void {
    this.frames.push(frame);
  }
  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
  }
  /** Bytes a test pretends are still waiting to go out. */
  buffered = 0;
  bufferedAmount(): number {
    return this.buffered;
  }
}

/**
 * A clock the test moves by hand; its timers fire as it passes them. `soon` runs at the end of
 * the current microtask queue, so a test sees the batched reply after one `await`.
 */
export class ManualClock implements Clock, Timers {
  private timers: { at: number; run: () => void }[] = [];

  constructor(public time = 1_700_000_000_000) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.run();
    }
    this.time = until;
  }
  after(ms: number, run: () => void): () => void {
    const timer = { at: this.time + ms, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((other) => other !== timer);
    };
  }
  soon(run: () => void): void {
    queueMicrotask(run);
  }
  /** Timers still waiting to fire. */
  get pendingTimers(): number {
    return this.timers.length;
  }
}

/** Distinct, repeatable bytes: tests need keys and nonces that differ, not ones that are secret. */
export function countingRandom(): (length: number) => Uint8Array {
  let next = 1;
  return (length) => Uint8Array.from({ length }, () => next++ % 256);
}
