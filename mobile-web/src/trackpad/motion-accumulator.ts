import { LIMITS } from '@touchdesk/shared';

/** Whole units ready to send. */
export interface Delta {
  readonly dx: number;
  readonly dy: number;
}

interface Contribution {
  readonly at: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * Sums motion between animation frames and hands it out in whole units, keeping the fraction
 * for the next frame: rounding each frame instead would lose slow, careful motion entirely
 * (0.4 px a frame rounds to nothing forever). STYLE.md #10, after remote-touchpad.
 *
 * Motion older than `maxAgeMs` when it is taken is dropped: held back by a congested socket
 * or a throttled frame, it would move the pointer after the finger has stopped, and replayed
 * motion is motion the user did not make. The carried fraction is under one unit and stays.
 */
export class MotionAccumulator {
  /** What arrived since the last take, oldest first; a frame's worth of touch events. */
  private readonly recent: Contribution[] = [];
  private carryX = 0;
  private carryY = 0;

  /** `limit` is the protocol's bound per message; travel beyond it in one frame is dropped. */
  constructor(
    private readonly limit: number,
    private readonly maxAgeMs: number = LIMITS.maxMotionAgeMs,
  ) {}

  add(dx: number, dy: number, at: number): void {
    this.dropStale(at);
    this.recent.push({ at, dx, dy });
  }

  /** The whole part of what has gathered and is fresh at `now`, or null when that is zero on both axes. */
  take(now: number): Delta | null {
    this.dropStale(now);
    let dx = this.carryX;
    let dy = this.carryY;
    for (const contribution of this.recent) {
      dx += contribution.dx;
      dy += contribution.dy;
    }
    this.recent.length = 0;
    const wholeX = Math.trunc(dx);
    const wholeY = Math.trunc(dy);
    this.carryX = dx - wholeX;
    this.carryY = dy - wholeY;
    if (wholeX === 0 && wholeY === 0) return null;
    // `+ 0` turns -0 into 0, so "no motion on this axis" always reads the same.
    return { dx: clamp(wholeX, this.limit) + 0, dy: clamp(wholeY, this.limit) + 0 };
  }

  /** Forget everything: motion gathered while disconnected is stale by the time we are back. */
  clear(): void {
    this.recent.length = 0;
    this.carryX = 0;
    this.carryY = 0;
  }

  private dropStale(now: number): void {
    let stale = 0;
    while (stale < this.recent.length && now - (this.recent[stale] as Contribution).at > this.maxAgeMs) stale += 1;
    if (stale > 0) this.recent.splice(0, stale);
  }
}

function clamp(value: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, value));
}
