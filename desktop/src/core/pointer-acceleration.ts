/**
 * How the pointer answers the finger, after libinput's touchpad acceleration: slow, careful
 * motion is slowed further for precision, ordinary motion is 1:1, and fast motion is sped up
 * so a small phone screen can cross a large desktop. Units are what the phone sends (its CSS
 * pixels times its own sensitivity, about 0.1 mm of finger travel); times are milliseconds.
 */
export interface PointerFeel {
  /** -1 (slowest) … 1 (fastest), libinput's range; 0 is the default. */
  readonly speed: number;
  /** 'adaptive' follows the finger's speed, 'flat' is a constant factor set by `speed` alone. */
  readonly acceleration: 'adaptive' | 'flat';
}

export const DEFAULT_POINTER_FEEL: PointerFeel = { speed: 0, acceleration: 'adaptive' };

/** Every move 1:1, whatever its speed: for comparing where the pointer lands with where it was sent. */
export const FLAT_POINTER_FEEL: PointerFeel = { speed: 0, acceleration: 'flat' };

export const POINTER_ACCELERATIONS: readonly PointerFeel['acceleration'][] = ['adaptive', 'flat'];

/** Below this speed (about 7 mm/s of finger travel, libinput's figure) motion is slowed down. */
const PRECISION_SPEED = 70;
/** libinput's strongest deceleration: the slowest motion moves the pointer at 30 %. */
const MIN_FACTOR = 0.3;
/** Where acceleration starts at speed 0, about 130 mm/s of finger travel, as libinput's default. */
const BASE_THRESHOLD = 1200;
/** How far beyond the threshold the factor takes to reach its maximum. */
const RAMP_WIDTH = 2500;
/** libinput's strongest acceleration, reached only at the fastest speed setting. */
const MAX_FACTOR = 3.5;

/**
 * The factor for a finger moving at `unitsPerSecond`. Faster settings accelerate sooner and
 * further; at -1 there is no acceleration at all, only a constant slow-down, as in libinput.
 */
export function accelerationFactor(unitsPerSecond: number, feel: PointerFeel): number {
  const speed = clampSpeed(feel.speed);
  const gain = 1 + 0.5 * speed;
  if (feel.acceleration === 'flat') return gain;
  if (unitsPerSecond < PRECISION_SPEED) return gain * (MIN_FACTOR + ((1 - MIN_FACTOR) * unitsPerSecond) / PRECISION_SPEED);
  const threshold = BASE_THRESHOLD * (1 - 0.4 * speed);
  if (unitsPerSecond <= threshold) return gain;
  const maxFactor = 1 + ((MAX_FACTOR - 1) * (1 + speed)) / 2;
  const ramped = 1 + ((maxFactor - 1) * (unitsPerSecond - threshold)) / RAMP_WIDTH;
  return gain * Math.min(maxFactor, ramped);
}

/** A setting from a file a person may have edited: out of range is the nearest end, not an error. */
function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? Math.max(-1, Math.min(1, speed)) : 0;
}

/** How many recent moves the speed is measured over, at most. */
const TRACKED = 16;
/** Moves older than this say nothing about the current speed: the finger had stopped. */
const TRACKING_WINDOW_MS = 200;
/**
 * The phone sends at most one move per animation frame, so a move with nothing before it
 * covers about one frame of finger travel.
 */
const FRAME_MS = 1000 / 60;
/**
 * Moves that arrive together (a backlog after a Wi-Fi stall) were made at least this far
 * apart; without the floor a burst would read as a very fast finger and be flung away.
 */
const MIN_INTERVAL_MS = 1000 / 120;

/**
 * Measures the finger's speed across recent moves in the same direction, as libinput's
 * trackers do, and scales each move by the factor for that speed. The history is a fixed ring
 * of numbers: nothing is allocated per move.
 */
export class PointerAcceleration {
  private readonly times = new Float64Array(TRACKED);
  private readonly dxs = new Float64Array(TRACKED);
  private readonly dys = new Float64Array(TRACKED);
  private count = 0;
  private newest = -1;

  constructor(private readonly feel: () => PointerFeel) {}

  /** The factor to multiply the move (dx, dy), made at `now`, by. */
  factor(dx: number, dy: number, now: number): number {
    const feel = this.feel();
    if (feel.acceleration === 'flat') return accelerationFactor(0, feel);
    this.track(dx, dy, now);
    return accelerationFactor(this.unitsPerSecond(now), feel);
  }

  /** Forget the history: the next move starts a new gesture. */
  reset(): void {
    this.count = 0;
    this.newest = -1;
  }

  private track(dx: number, dy: number, now: number): void {
    this.newest = (this.newest + 1) % TRACKED;
    this.times[this.newest] = now;
    this.dxs[this.newest] = dx;
    this.dys[this.newest] = dy;
    this.count = Math.min(this.count + 1, TRACKED);
  }

  /** Distance over time of the newest moves that are recent and go the newest one's way. */
  private unitsPerSecond(now: number): number {
    const dx = this.dxs[this.newest] as number;
    const dy = this.dys[this.newest] as number;
    let distance = 0;
    let oldest = now;
    let used = 0;
    for (let back = 0; back < this.count; back += 1) {
      const slot = (this.newest - back + TRACKED) % TRACKED;
      const at = this.times[slot] as number;
      const x = this.dxs[slot] as number;
      const y = this.dys[slot] as number;
      // A turn starts a new movement: its speed is not the speed before the turn.
      if (now - at > TRACKING_WINDOW_MS || x * dx + y * dy < 0) break;
      distance += Math.hypot(x, y);
      oldest = at;
      used += 1;
    }
    const elapsed = Math.max(now - oldest + FRAME_MS, used * MIN_INTERVAL_MS);
    return (distance * 1000) / elapsed;
  }
}
