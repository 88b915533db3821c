import { FLING_STOP_SPEED, INERTIA_TIME_CONSTANT_MS } from './tuning.js';

/** `requestAnimationFrame` in the page. */
export type FrameScheduler = (callback: () => void) => void;

/**
 * The glide after a two-finger scroll is flung: the fingers' speed at the lift decays as
 * exp(-t / INERTIA_TIME_CONSTANT_MS), one step per animation frame, until it is too slow to
 * see or a finger lands (`stop`). Each frame's share is the exact integral of the decaying
 * speed over the frame, so the glide covers the same distance whatever the frame rate.
 */
export class InertialScroll {
  private vx = 0;
  private vy = 0;
  private lastAt = 0;
  private gliding = false;
  private frameRequested = false;

  constructor(
    private readonly requestFrame: FrameScheduler,
    private readonly now: () => number,
    /** Finger travel in CSS pixels, as a scroll gesture reports it. */
    private readonly glide: (dx: number, dy: number) => void,
  ) {}

  get active(): boolean {
    return this.gliding;
  }

  /** Speeds in CSS pixels per millisecond. */
  start(vx: number, vy: number): void {
    this.vx = vx;
    this.vy = vy;
    this.lastAt = this.now();
    this.gliding = true;
    this.scheduleFrame();
  }

  stop(): void {
    this.gliding = false;
    this.vx = 0;
    this.vy = 0;
  }

  private scheduleFrame(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.requestFrame(() => {
      this.frameRequested = false;
      this.frame();
    });
  }

  private frame(): void {
    if (!this.gliding) return;
    const at = this.now();
    const decay = Math.exp(-(at - this.lastAt) / INERTIA_TIME_CONSTANT_MS);
    this.lastAt = at;
    const share = INERTIA_TIME_CONSTANT_MS * (1 - decay);
    const dx = this.vx * share;
    const dy = this.vy * share;
    this.vx *= decay;
    this.vy *= decay;
    if (Math.hypot(this.vx, this.vy) < FLING_STOP_SPEED) this.gliding = false;
    if (dx !== 0 || dy !== 0) this.glide(dx, dy);
    if (this.gliding) this.scheduleFrame();
  }
}
