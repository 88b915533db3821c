import type { Clock } from './ports.js';

/**
 * A token bucket per phone: sustained `perSecond`, bursts up to `burst`. A paired phone that
 * floods (a bug, or a stolen credential) is slowed down before the injector or the event loop
 * notices, and everyone else keeps being served.
 */
export class MessageRate {
  private tokens: number;
  private last: number;

  constructor(
    private readonly clock: Clock,
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
    this.last = clock.now();
  }

  /** Takes one token; false when the phone is over its rate and this message must be dropped. */
  take(): boolean {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
