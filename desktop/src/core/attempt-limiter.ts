import type { Clock } from './ports.js';

export interface AttemptLimits {
  /** Failed handshakes one address may make per window before it is turned away. */
  readonly perAddress: number;
  /** Failed handshakes from everyone together per window: the cap a botnet of addresses meets. */
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

  /** Whether `address` may try a handshake now. */
  allows(address: string): boolean {
    const since = this.clock.now() - this.limits.windowMs;
    this.all = this.all.filter((at) => at > since);
    const mine = (this.failures.get(address) ?? []).filter((at) => at > since);
    if (mine.length) this.failures.set(address, mine);
    else this.failures.delete(address);
    return mine.length < this.limits.perAddress && this.all.length < this.limits.total;
  }

  recordFailure(address: string): void {
    const now = this.clock.now();
    this.all.push(now);
    this.failures.set(address, [...(this.failures.get(address) ?? []), now]);
  }
}
