import { type Sample } from './stats.js';
import type { PointerSamples } from './x-pointer-poller.js';
import { sleep } from '../e2e/harness/wait.js';

/**
 * A finger moving back and forth along x at a steady rate, and what became of each step: the
 * time from the step to the first X pointer sample at (or past) where that step should have
 * put the pointer.
 */

/** One step of the finger (or of the floor's direct moves), on the benchmark's clock. */
export interface Step {
  readonly at: number;
  /** Where the pointer should end up after this step, in screen pixels. */
  readonly target: number;
}

/** Finger offset after step `k` (0 at k = 0): up `sweep` steps, back down, and again. */
export function zigzagOffset(k: number, sweep: number): number {
  const phase = k % (2 * sweep);
  return phase <= sweep ? phase : 2 * sweep - phase;
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
 * samples (the page sums a frame's motion), but along a back-and-forth path a position
 * recurs, so a match is only looked for this far ahead of the earliest step not yet seen.
 */
const LOOKAHEAD_STEPS = 64;

/**
 * The latency of each step: from `step.at` to the first sample showing the pointer where that
 * step, or a later one, put it. Steps are applied in order on every path measured, so seeing
 * a later step's position means the earlier ones have happened too (their latency then counts
 * to that sample, an overestimate when the poller missed the moment in between). Only samples
 * where the pointer moved count, and only exact positions: a pointer resting at the previous
 * step's position, or passing through pixels in between (nut-js animating), is not there yet.
 * A step never seen is censored at the last sample.
 */
export function stepLatencies(steps: readonly Step[], samples: PointerSamples): Sample[] {
  const { times, xs } = samples;
  const latencies: Sample[] = [];
  let previous: number | undefined;
  for (let i = 0; i < times.length && latencies.length < steps.length; i++) {
    const at = times[i] as number;
    const x = xs[i] as number;
    if (x === previous) continue;
    previous = x;
    const first = latencies.length;
    for (let j = first; j < Math.min(steps.length, first + LOOKAHEAD_STEPS) && (steps[j] as Step).at <= at; j++) {
      if ((steps[j] as Step).target !== x) continue;
      for (let k = first; k <= j; k++) latencies.push({ ms: at - (steps[k] as Step).at, censored: false });
      break;
    }
  }
  const end = times.at(-1) ?? 0;
  for (let k = latencies.length; k < steps.length; k++) latencies.push({ ms: Math.max(0, end - (steps[k] as Step).at), censored: true });
  return latencies;
}

/** Steps from finger positions: targets scale the finger's travel from `fingerStart` by `gain`. */
export function stepsFromFinger(
  points: readonly { readonly at: number; readonly fingerX: number }[],
  fingerStart: number,
  pointerStart: number,
  gain: number,
): Step[] {
  return points.map((point) => ({ at: point.at, target: pointerStart + Math.round(gain * (point.fingerX - fingerStart)) }));
}
