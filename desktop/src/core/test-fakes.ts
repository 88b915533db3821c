import type { InjectionStatus } from '@touchdesk/shared';
import type { SessionTransport } from './phone-session.js';
import type { Clock, InputInjector } from './ports.js';

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
}

/** A clock the test moves by hand. */
export class ManualClock implements Clock {
  constructor(public time = 1_700_000_000_000) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** Distinct, repeatable bytes: tests need keys and nonces that differ, not ones that are secret. */
export function countingRandom(): (length: number) => Uint8Array {
  let next = 1;
  return (length) => Uint8Array.from({ length }, () => next++ % 256);
}
