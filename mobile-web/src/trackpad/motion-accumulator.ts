/** Whole units ready to send. */
export interface Delta {
  readonly dx: number;
  readonly dy: number;
}

/**
 * Sums motion between animation frames and hands it out in whole units, keeping the fraction
 * for the next frame: rounding each frame instead would lose slow, careful motion entirely
 * (0.4 px a frame rounds to nothing forever). STYLE.md #10, after remote-touchpad.
 */
export class MotionAccumulator {
  private dx = 0;
  private dy = 0;

  /** `limit` is the protocol's bound per message; travel beyond it in one frame is dropped. */
  constructor(private readonly limit: number) {}

  add(dx: number, dy: number): void {
    this.dx += dx;
    this.dy += dy;
  }

  /** The whole part of what has gathered, or null when that is zero on both axes. */
  take(): Delta | null {
    const wholeX = Math.trunc(this.dx);
    const wholeY = Math.trunc(this.dy);
    if (wholeX === 0 && wholeY === 0) return null;
    this.dx -= wholeX;
    this.dy -= wholeY;
    // `+ 0` turns -0 into 0, so "no motion on this axis" always reads the same.
    return { dx: clamp(wholeX, this.limit) + 0, dy: clamp(wholeY, this.limit) + 0 };
  }

  /** Forget everything: motion gathered while disconnected is stale by the time we are back. */
  clear(): void {
    this.dx = 0;
    this.dy = 0;
  }
}

function clamp(value: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, value));
}
