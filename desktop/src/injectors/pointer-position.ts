/**
 * Where the pointer is, without asking the display before every move. A phone's motion is a
 * stream of small relative moves; reading the position before each one doubled the round trips
 * to the X server per move, and with them the host's CPU time and the added latency (measured
 * by `npm run bench`). The position is read again after a pause in the stream, since the desktop's
 * own mouse may have moved it meanwhile, and kept within the screen, as the display keeps the
 * pointer itself.
 */

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

export interface PointerDisplay {
  position(): Promise<ScreenPoint>;
  /** The screen's size in pixels (all monitors together). */
  size(): Promise<{ readonly width: number; readonly height: number }>;
}

/** Long enough to span the gaps of a moving finger (a frame is 16 ms), short enough for a hand to reach the mouse. */
export const FRESH_MS = 100;

export class PointerPosition {
  private x = 0;
  private y = 0;
  private width = 0;
  private height = 0;
  private knownAt = -Infinity;

  constructor(
    private readonly display: PointerDisplay,
    private readonly now: () => number,
  ) {}

  /** Where a move by (dx, dy) takes the pointer; the caller puts it there. */
  async movedBy(dx: number, dy: number): Promise<ScreenPoint> {
    if (this.now() - this.knownAt > FRESH_MS) {
      const [at, size] = await Promise.all([this.display.position(), this.display.size()]);
      this.x = at.x;
      this.y = at.y;
      this.width = size.width;
      this.height = size.height;
    }
    return this.placed(this.x + dx, this.y + dy);
  }

  /** Where a point at fractions (0..1) of the screen is; the caller puts the pointer there. */
  async at(fractionX: number, fractionY: number): Promise<ScreenPoint> {
    // Read each time: the screen may change during a talk (a projector plugged in).
    const size = await this.display.size();
    this.width = size.width;
    this.height = size.height;
    return this.placed(fractionX * (size.width - 1), fractionY * (size.height - 1));
  }

  private placed(x: number, y: number): ScreenPoint {
    this.x = Math.min(Math.max(Math.round(x), 0), this.width - 1);
    this.y = Math.min(Math.max(Math.round(y), 0), this.height - 1);
    this.knownAt = this.now();
    return { x: this.x, y: this.y };
  }
}
