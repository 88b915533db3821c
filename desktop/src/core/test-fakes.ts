import type { HostMessage, InjectionStatus } from '@touchdesk/shared';
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
  readonly sent: HostMessage[] = [];
  closedWith: { code: number; reason: string } | undefined;

  send(message: HostMessage): void {
    this.sent.push(message);
  }
  close(code: number, reason: string): void {
    this.closedWith = { code, reason };
  }
}

export const fixedClock = (now = 1_700_000_000_000): Clock => ({ now: () => now });
