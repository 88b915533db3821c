import type { Clock } from './ports.js';

export interface AttemptLimits {
  /** Failed handshakes one address may make per window before it is turned away. */
  readonly perAddress: number;
  /**
   * Failed handshakes from everyone together per window, checked for pairing only: the cap a
   * crowd of addresses meets when guessing the QR code's secret. Paired phones coming back are
   * not held up by it; their keys are far beyond guessing.
   */
  readonly total: number;
  readonly windowMs: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = { perAddress: 5, total: 30, windowMs: 60_000 };

/**
 * Rate limit on failed pairing and login attempts. A 160-bit secret cannot be guessed anyway;
 * this keeps a guesser from even trying at speed, and keeps its failures from costing the host.
 */
export class AttemptLimiter {
  private readonly failures = new Map<string, number[]>();
  private all: number[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS,
  ) {}

  /**
   * Starts a handshake from `address`, or refuses it; `pairing` when it means to use the QR
   * code's secret. Every attempt counts as a failure from the start and is forgiven only when
   * it succeeds, so handshakes opened side by side cannot slip past the limit together.
   */
  begin(address: string, pairing: boolean): Attempt | undefined {
    const since = this.clock.now() - this.limits.windowMs;
    this.all = this.all.filter((at) => at > since);
    const mine = (this.failures.get(address) ?? []).filter((at) => at > since);
    if (mine.length >= this.limits.perAddress || (pairing && this.all.length >= this.limits.total)) {
      this.failures.set(address, mine);
      return undefined;
    }
    const at = this.clock.now();
    this.all.push(at);
    this.failures.set(address, [...mine, at]);
    return { succeeded: () => this.forgive(address, at) };
  }

  private forgive(address: string, at: number): void {
    removeOne(this.all, at);
    const mine = this.failures.get(address) ?? [];
    removeOne(mine, at);
    if (mine.length === 0) this.failures.delete(address);
  }
}

/** An attempt older than the window may already be gone; then there is nothing to forgive. */
function removeOne(times: number[], at: number): void {
  const index = times.indexOf(at);
  if (index >= 0) times.splice(index, 1);
}

export interface Attempt {
  /** The handshake was proven: it no longer counts against its address. */
  succeeded(): void;
}
