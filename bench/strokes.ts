import { type Sample } from './stats.js';
import type { PointerSamples } from './x-pointer-watcher.js';
import { sleep } from '../e2e/harness/wait.js';

/**
 * A finger moving back and forth along x at a steady rate, a step down at every turn, and what
 * became of each step: the time from the step to the first X pointer sample at (or past) where
 * that step should have put the pointer.
 */

/** A place on the path, in steps (the finger's) or pixels (the pointer's). */
export interface Place {
  readonly x: number;
  readonly y: number;
}

/** One step of the finger (or of a direct run's moves), on the benchmark's clock. */
export interface Step {
  readonly at: number;
  /** Where the pointer should end up after this step, in screen pixels. */
  readonly target: Place;
}

/** Steps each way along x before turning back. */
export const SWEEP_STEPS = 70;
/** Turns before the path starts again from the top: keeps it on the pad and the screen. */
const TURNS = 50;

/** Offset after step `k` (0 at k = 0): up `sweep` steps, back down, and again. */
export function zigzagOffset(k: number, sweep: number): number {
  const phase = k % (2 * sweep);
  return phase <= sweep ? phase : 2 * sweep - phase;
}

/**
 * The path's place after step `k`, in steps from its start: back and forth along x, one step
 * down at each turn, so the way back never crosses the way there. Had it, a step out and a
 * step back seen together (summed by the page, or reported by X as one sample) would leave the
 * pointer where it was, and neither could be seen to arrive until the next move.
 */
export function pathOffset(k: number): Place {
  return { x: zigzagOffset(k, SWEEP_STEPS), y: Math.floor(k / SWEEP_STEPS) % TURNS };
}

const samePlace = (a: Place, b: Place) => a.x === b.x && a.y === b.y;

/** Where every run puts the pointer before it starts, well inside the screen. */
export const POINTER_HOME = { x: 300, y: 400 } as const;

/**
 * The path the floor and the host-alone run drive directly, in screen pixels: 3 a step (a
 * finger step of 2 CSS px at the phone's 1.5×), so they cover the same ground as the finger.
 */
const DIRECT_STEP_PX = 3;

/** Where the pointer should be after direct step `k` (home at k = 0). */
export function directTarget(k: number): Place {
  const offset = pathOffset(k);
  return { x: POINTER_HOME.x + DIRECT_STEP_PX * offset.x, y: POINTER_HOME.y + DIRECT_STEP_PX * offset.y };
}

/** Direct steps made at `times`, the first of them being step 1. */
export function directSteps(times: readonly number[]): Step[] {
  return times.map((at, i) => ({ at, target: directTarget(i + 1) }));
}

/**
 * Calls `step(k)` for k = 1…count at `rateHz`, on time as far as timers allow, and returns
 * when each call was made. Calls are not awaited: a phone does not wait for the desktop either.
 */
export async function paced(rateHz: number, count: number, step: (k: number) => void): Promise<number[]> {
  const period = 1000 / rateHz;
  const start = performance.now();
  const times: number[] = [];
  for (let k = 1; k <= count; k++) {
    const wait = start + k * period - performance.now();
    if (wait > 0) await sleep(wait);
    times.push(performance.now());
    step(k);
  }
  return times;
}

/**
 * Steps a single observation may account for: a burst of steps can be applied between two
 * samples (the page sums a frame's motion), but the path starts over after its last turn and
 * places recur, so a match is only looked for this far ahead of the earliest step not yet seen.
 */
const LOOKAHEAD_STEPS = 64;

/**
 * The latency of each step: from `step.at` to the first sample showing the pointer where that
 * step, or a later one, put it. Steps are applied in order on every path measured, so seeing
 * a later step's place means the earlier ones have happened too (their latency then counts
 * to that sample, an overestimate when no event reported the moment in between). Only samples
 * where the pointer moved count, and only exact places: a pointer resting at the previous
 * step's place, or passing through pixels in between (nut-js animating), is not there yet.
 * A step never seen is censored at the last sample.
 */
export function stepLatencies(steps: readonly Step[], samples: PointerSamples): Sample[] {
  const { times, xs, ys } = samples;
  const latencies: Sample[] = [];
  let previous: Place | undefined;
  for (let i = 0; i < times.length && latencies.length < steps.length; i++) {
    const at = times[i] as number;
    const place = { x: xs[i] as number, y: ys[i] as number };
    if (previous !== undefined && samePlace(place, previous)) continue;
    previous = place;
    const first = latencies.length;
    for (let j = first; j < Math.min(steps.length, first + LOOKAHEAD_STEPS) && (steps[j] as Step).at <= at; j++) {
      if (!samePlace((steps[j] as Step).target, place)) continue;
      for (let k = first; k <= j; k++) latencies.push({ ms: at - (steps[k] as Step).at, censored: false });
      break;
    }
  }
  const end = times.at(-1) ?? 0;
  for (let k = latencies.length; k < steps.length; k++) latencies.push({ ms: Math.max(0, end - (steps[k] as Step).at), censored: true });
  return latencies;
}

/**
 * Steps from finger places: targets scale the finger's travel from `fingerStart` by `gain`.
 * A touchmove that leaves the finger where the previous one had it asks nothing of the pointer
 * (the browser coalesced a step out and one back): it is left out, as no sample could ever
 * show it arrive and it would be charged the wait for the next real move.
 */
export function stepsFromFinger(
  points: readonly { readonly at: number; readonly finger: Place }[],
  fingerStart: Place,
  pointerStart: Place,
  gain: number,
): Step[] {
  const steps: Step[] = [];
  let previous = pointerStart;
  for (const { at, finger } of points) {
    const target = {
      x: pointerStart.x + Math.round(gain * (finger.x - fingerStart.x)),
      y: pointerStart.y + Math.round(gain * (finger.y - fingerStart.y)),
    };
    if (!samePlace(target, previous)) steps.push({ at, target });
    previous = target;
  }
  return steps;
}
