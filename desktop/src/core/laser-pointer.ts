/** Where the laser pointer is, as fractions of the screen's width and height. */
export interface LaserPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Whether a phone holds the laser pointer, and where: the Electron shell draws its spotlight
 * from this. The last phone to point holds it; it ends when that phone lifts its finger or its
 * connection ends, so a dropped phone never leaves the spotlight on.
 */
export class LaserPointer {
  private holder: string | undefined;

  constructor(private readonly changed: (at: LaserPoint | undefined) => void) {}

  moved(connectionId: string, at: LaserPoint): void {
    this.holder = connectionId;
    this.changed(at);
  }

  /** The phone lifted its finger, or its connection is gone. */
  ended(connectionId: string): void {
    if (this.holder !== connectionId) return;
    this.holder = undefined;
    this.changed(undefined);
  }
}
