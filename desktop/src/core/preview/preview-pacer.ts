import type { Clock } from '../ports.js';

/** How much preview one phone may be sent. */
export interface PreviewBudget {
  /** Frames a second at most: a slide show changes a few times a minute, a video would flood. */
  readonly maxFramesPerSecond: number;
  /** Bytes a second on average; a single frame may use up to a second's worth at once. */
  readonly maxBytesPerSecond: number;
  /**
   * Sent but not yet on the wire (the socket's bufferedAmount): above this the phone's link is
   * slower than the frames, and newer frames wait instead of piling up behind older ones.
   */
  readonly maxBufferedBytes: number;
}

/**
 * About 2 s of a 4G uplink's worst case per phone, and far below Wi-Fi: a busy screen costs at
 * most 96 KiB/s, a still one nothing.
 */
export const DEFAULT_PREVIEW_BUDGET: PreviewBudget = {
  maxFramesPerSecond: 4,
  maxBytesPerSecond: 96 * 1024,
  maxBufferedBytes: 64 * 1024,
};

/** What the pacer needs to know of a frame: its size on the wire. */
export interface PacedFrame {
  readonly bytes: number;
}

/**
 * One phone's share of the preview stream. Frames are offered as the screen changes; only the
 * newest waits, so a phone that cannot keep up skips intermediate frames and always gets the
 * latest screen next. A frame goes out when the frame rate, the byte budget (a token bucket)
 * and the socket's backlog all allow it.
 */
export class PreviewPacer<F extends PacedFrame> {
  private waiting: F | undefined;
  private lastSentAt = -Infinity;
  private tokens: number;
  private tokensAt: number;

  constructor(
    private readonly clock: Clock,
    private readonly budget: PreviewBudget = DEFAULT_PREVIEW_BUDGET,
  ) {
    this.tokens = budget.maxBytesPerSecond;
    this.tokensAt = clock.now();
  }

  /** The newest frame replaces any still waiting: that one would show an outdated screen. */
  offer(frame: F): void {
    this.waiting = frame;
  }

  get hasWaiting(): boolean {
    return this.waiting !== undefined;
  }

  /** The frame to send now, if any; it then counts against the budget. */
  take(bufferedBytes: number): F | undefined {
    const frame = this.waiting;
    if (frame === undefined) return undefined;
    const now = this.clock.now();
    this.refill(now);
    if (bufferedBytes > this.budget.maxBufferedBytes) return undefined;
    if (now - this.lastSentAt < 1000 / this.budget.maxFramesPerSecond) return undefined;
    // A frame larger than the whole bucket could never go: it may go when the bucket is full.
    if (this.tokens < Math.min(frame.bytes, this.budget.maxBytesPerSecond)) return undefined;
    this.tokens -= frame.bytes;
    this.lastSentAt = now;
    this.waiting = undefined;
    return frame;
  }

  private refill(now: number): void {
    const { maxBytesPerSecond } = this.budget;
    this.tokens = Math.min(maxBytesPerSecond, this.tokens + ((now - this.tokensAt) * maxBytesPerSecond) / 1000);
    this.tokensAt = now;
  }
}
