import type { Page } from 'playwright-core';
import { FRAME_MS, moveEachFrame, type Point, tap, touchEnd, touchStart } from './touch.js';
import { sleep } from './wait.js';

/**
 * The trackpad's richer gestures, built from touch.ts's fingers: what a person does for a
 * drag, a middle click, a zoom or a fling. Points are viewport points on the phone page.
 */

const offset = (p: Point, dx: number, dy: number): Point => ({ x: p.x + dx, y: p.y + dy });

/** Each finger's path from its start, moved by (dx, dy) in `steps` frames. */
function path(starts: readonly Point[], dx: number, dy: number, steps: number): Point[][] {
  return Array.from({ length: steps }, (_, i) => starts.map((p) => offset(p, (dx * (i + 1)) / steps, (dy * (i + 1)) / steps)));
}

/**
 * Tap, land again at once and move by (dx, dy): the finger stays down afterwards, so the test
 * can look at what X holds mid-drag. `touchEnd` finishes it.
 */
export async function startTapAndDrag(page: Page, at: Point, move: { readonly dx: number; readonly dy: number; readonly steps?: number }): Promise<void> {
  await tap(page, at);
  await touchStart(page, [at]);
  await moveEachFrame(page, path([at], move.dx, move.dy, move.steps ?? 10));
}

export async function threeFingerTap(page: Page, at: Point): Promise<void> {
  await touchStart(page, [offset(at, -60, 0), at, offset(at, 60, 0)]);
  await sleep(60);
  await touchEnd(page);
}

/** Two fingers either side of `centre`, from `fromGap` apart to `toGap` apart, then lifted. */
export async function pinch(page: Page, centre: Point, fromGap: number, toGap: number, steps = 12): Promise<void> {
  const frames = Array.from({ length: steps }, (_, i) => {
    const half = (fromGap + ((toGap - fromGap) * (i + 1)) / steps) / 2;
    return [offset(centre, -half, 0), offset(centre, half, 0)];
  });
  await touchStart(page, [offset(centre, -fromGap / 2, 0), offset(centre, fromGap / 2, 0)]);
  await moveEachFrame(page, frames);
  await touchEnd(page);
}

export interface TwoFingerScrollOptions {
  readonly dy: number;
  readonly steps: number;
  /** Fingers held still this long before lifting: a scroll that ends without a fling. */
  readonly restMs?: number;
}

/** Two fingers side by side at `at`, slid vertically, lifted moving (a flick) or after a rest. */
export async function twoFingerScroll(page: Page, at: Point, options: TwoFingerScrollOptions): Promise<void> {
  const fingers = [offset(at, -40, 0), offset(at, 40, 0)];
  await touchStart(page, fingers);
  await moveEachFrame(page, path(fingers, 0, options.dy, options.steps), FRAME_MS);
  if (options.restMs !== undefined) await sleep(options.restMs);
  await touchEnd(page);
}
