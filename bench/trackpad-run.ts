import type { Locator, Page } from 'playwright-core';
import { pointIn, touchEnd, touchMove, touchStart } from '../e2e/harness/touch.js';
import { sleep } from '../e2e/harness/wait.js';
import { movePointer } from '../e2e/harness/x-readback.js';
import { cpuMs } from './host-usage.js';
import type { PageClock } from './page-clock.js';
import { recordedEvents, recordEvents } from './page-events.js';
import type { Sample } from './stats.js';
import { paced, pathOffset, type Place, POINTER_HOME, stepLatencies, stepsFromFinger } from './strokes.js';
import type { XPointerWatcher } from './x-pointer-watcher.js';

/** Each finger step, in CSS pixels: with the phone's 1.5× sensitivity a whole 3 screen pixels. */
const STEP_PX = 2;

export interface TrackpadRunOptions {
  readonly display: string;
  readonly page: Page;
  readonly pad: Locator;
  readonly clock: PageClock;
  readonly pointer: XPointerWatcher;
  readonly rateHz: number;
  readonly durationMs: number;
  /** How long to wait for the pointer after the last step before what has not arrived counts as lost. */
  readonly patienceMs: number;
  /** How long the pointer gets to settle before and after the calibration stretch. */
  readonly settleMs?: number;
  /** The host's process: its CPU time is read around the run. */
  readonly hostPid?: number;
}

export interface TrackpadRun {
  /** From the page receiving each touchmove to the pointer reaching where it leads: what TouchDesk adds. */
  readonly added: Sample[];
  /** From the DevTools protocol dispatching each step: the browser's own input pipeline included. */
  readonly endToEnd: Sample[];
  /** Pointer pixels per finger pixel, measured before the run. */
  readonly gain: number;
  /** Touchmove events the page received, fewer than steps dispatched when the browser coalesced some. */
  readonly pageEvents: number;
  readonly steps: number;
  /** How long the steps took to dispatch. */
  readonly runMs: number;
  /** CPU time the host used from the first step until the patience ran out… */
  readonly hostCpuMs: number | undefined;
  /** …and how long that was. */
  readonly hostCpuWindowMs: number;
}

/**
 * A finger on the phone page moving back and forth at `rateHz` for `durationMs`, through
 * whatever the page does with it (TouchDesk's page, or the naive one), to the X pointer.
 */
export async function trackpadRun(options: TrackpadRunOptions): Promise<TrackpadRun> {
  const { page, pointer, clock } = options;
  await movePointer(options.display, POINTER_HOME.x, POINTER_HOME.y);
  const origin = await pointIn(options.pad, { x: 40, y: 300 });
  const finger = (x: number) => [{ x, y: origin.y }];
  await touchStart(page, finger(origin.x));
  // Past the tap slop first, then a measured stretch to learn the gain (sensitivity, acceleration).
  // Paced like the run itself, so the pointer's acceleration sees the same finger speed.
  let fingerX = origin.x;
  await paced(60, 10, () => void touchMove(page, finger((fingerX += STEP_PX))));
  const settleMs = options.settleMs ?? 300;
  await sleep(settleMs);
  const before = await pointer.position();
  await paced(60, 20, () => void touchMove(page, finger((fingerX += STEP_PX))));
  await sleep(settleMs);
  const settled = await pointer.position();
  const gain = (settled.x - before.x) / (20 * STEP_PX);

  await recordEvents(page, ['touchmove']);
  const fingerStart = { x: fingerX, y: origin.y };
  const count = Math.round((options.rateHz * options.durationMs) / 1000);
  const fingerAt = (k: number): Place => {
    const offset = pathOffset(k);
    return { x: fingerStart.x + STEP_PX * offset.x, y: fingerStart.y + STEP_PX * offset.y };
  };
  const cpuBefore = options.hostPid === undefined ? undefined : await cpuMs(options.hostPid);
  const windowStart = performance.now();
  await pointer.start();
  const dispatched = await paced(options.rateHz, count, (k) => void touchMove(page, [fingerAt(k)]));
  const runMs = (dispatched.at(-1) ?? 0) - (dispatched[0] ?? 0);
  await sleep(options.patienceMs);
  const samples = await pointer.stop();
  const hostCpuWindowMs = performance.now() - windowStart;
  const hostCpuMs = options.hostPid === undefined || cpuBefore === undefined ? undefined : (await cpuMs(options.hostPid)) - cpuBefore;
  await touchEnd(page);

  const touches = await recordedEvents(page, 'touchmove');
  const added = stepsFromFinger(
    touches.map((touch) => ({ at: clock.toLocal(touch.pageTime), finger: { x: touch.x, y: touch.y } })),
    fingerStart,
    settled,
    gain,
  );
  const endToEnd = stepsFromFinger(
    dispatched.map((at, i) => ({ at, finger: fingerAt(i + 1) })),
    fingerStart,
    settled,
    gain,
  );
  return {
    added: stepLatencies(added, samples),
    endToEnd: stepLatencies(endToEnd, samples),
    gain,
    pageEvents: touches.length,
    steps: count,
    runMs,
    hostCpuMs,
    hostCpuWindowMs,
  };
}
