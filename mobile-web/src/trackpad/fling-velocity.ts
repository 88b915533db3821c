import { FLING_VELOCITY_WINDOW_MS } from './tuning.js';

interface Sample {
  /** When the travel was seen, and when the one before it was: the span it covers. */
  readonly since: number;
  readonly at: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * The fingers' speed at the moment they lift, from the travel of the last
 * FLING_VELOCITY_WINDOW_MS: fingers that stopped before lifting have no speed left, so a scroll
 * that ends deliberately does not fling. Each sample covers the time since the one before, so
 * touch moves the browser coalesced into one event (a busy page does) still give a speed.
 */
export class FlingVelocity {
  private readonly samples: Sample[] = [];
  private previousAt = 0;

  /** The scroll began at `startedAt`: its first travel covers the time since. */
  start(startedAt: number): void {
    this.samples.length = 0;
    this.previousAt = startedAt;
  }

  add(now: number, dx: number, dy: number): void {
    this.samples.push({ since: this.previousAt, at: now, dx, dy });
    this.previousAt = now;
    this.forgetBefore(now - FLING_VELOCITY_WINDOW_MS);
  }

  /** CSS pixels per millisecond on each axis, as of `now`. A pause before the lift counts as time without travel. */
  at(now: number): { vx: number; vy: number } {
    this.forgetBefore(now - FLING_VELOCITY_WINDOW_MS);
    const first = this.samples[0];
    if (first === undefined || now <= first.since) return { vx: 0, vy: 0 };
    let dx = 0;
    let dy = 0;
    for (const sample of this.samples) {
      dx += sample.dx;
      dy += sample.dy;
    }
    return { vx: dx / (now - first.since), vy: dy / (now - first.since) };
  }

  private forgetBefore(time: number): void {
    while (this.samples.length > 0 && (this.samples[0]?.at ?? 0) < time) this.samples.shift();
  }
}
