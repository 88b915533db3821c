import type { Locator, Page } from 'playwright-core';
import { sleep } from './wait.js';

/**
 * Fingers on the phone page, through the DevTools protocol's Input.dispatchTouchEvent: the
 * browser produces the same touchstart/touchmove/touchend (and pointer events) a real screen
 * would, unlike synthetic events dispatched from page script. Moves are a frame apart so the
 * page's per-animation-frame coalescing runs as it would under a real finger.
 *
 * Several fingers put down (or lifted) in one call reach the page as one DOM event per finger:
 * touchstart with 1 touch, then touchstart with 2, as from a hand whose fingers land a moment
 * apart. A touchmove carries all fingers at once. Chromium withholds the touchmoves of the
 * first few pixels (the touch slop, as on Android) unless the page's touchstart listener calls
 * preventDefault.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Roughly one frame at 60 Hz. */
export const FRAME_MS = 16;

/** A finger's contact patch; Chromium uses it for hit testing and some pages read it. */
const FINGER = { radiusX: 8, radiusY: 8, force: 1 } as const;

type TouchType = 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel';

interface TouchEventParameters {
  readonly type: TouchType;
  readonly touchPoints: { x: number; y: number; id: number; radiusX: number; radiusY: number; force: number }[];
  readonly timestamp: number;
}

/** What a page's touch events go through: a Playwright CDP session unless routeTouches named another. */
export interface TouchChannel {
  send(method: 'Input.dispatchTouchEvent', params: TouchEventParameters): Promise<unknown>;
}

const channels = new WeakMap<Page, Promise<TouchChannel>>();

function channelOf(page: Page): Promise<TouchChannel> {
  let channel = channels.get(page);
  if (channel === undefined) {
    channel = page.context().newCDPSession(page);
    channels.set(page, channel);
  }
  return channel;
}

/**
 * Sends every touch of `page` through `channel` from now on, or through Playwright again when
 * undefined. All of a gesture must take one channel: the browser keeps the fingers on the
 * screen per DevTools session, and ignores a move of a finger another session put down.
 */
export function routeTouches(page: Page, channel: TouchChannel | undefined): void {
  if (channel === undefined) channels.delete(page);
  else channels.set(page, Promise.resolve(channel));
}

/**
 * `fingers` lists every finger on the glass after this event, by id; lifted ones are left out.
 * `at` (wall-clock ms) is when the finger did it, which becomes the DOM event's timeStamp: the
 * page times gestures by it, so a tap stays a tap and a flick keeps its speed however late a
 * loaded machine delivers the events. Never later than now: a timestamp from the future would
 * be one no real screen reports.
 */
async function dispatch(page: Page, type: TouchType, fingers: readonly Point[], at: number = Date.now()): Promise<void> {
  const channel = await channelOf(page);
  await channel.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: fingers.map((p, i) => ({ x: p.x, y: p.y, id: i, ...FINGER })),
    timestamp: Math.min(at, Date.now()) / 1000,
  });
}

/** The viewport point at `offset` from the element's top-left corner, or at its centre. */
export async function pointIn(target: Locator, offset?: Point): Promise<Point> {
  const box = await target.boundingBox();
  if (box === null) throw new Error(`pointIn: ${String(target)} is not visible`);
  return offset === undefined
    ? { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    : { x: box.x + offset.x, y: box.y + offset.y };
}

function lerp(a: Point, b: Point, t: number): Point {
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}

// Low-level: for gestures the helpers below do not cover, such as a finger left down while the
// phone disconnects. Ids are positional: fingers[0] is id 0, fingers[1] id 1.

export function touchStart(page: Page, fingers: readonly Point[], at?: number): Promise<void> {
  return dispatch(page, 'touchStart', fingers, at);
}

export function touchMove(page: Page, fingers: readonly Point[], at?: number): Promise<void> {
  return dispatch(page, 'touchMove', fingers, at);
}

/** Lifts every finger. */
export function touchEnd(page: Page, at?: number): Promise<void> {
  return dispatch(page, 'touchEnd', [], at);
}

/** What the browser sends when the OS takes the touch away (a call comes in, the app is switched). */
export function touchCancel(page: Page): Promise<void> {
  return dispatch(page, 'touchCancel', []);
}

export interface TapOptions {
  /** How long the finger stays down; a real tap is 50–120 ms. */
  readonly holdMs?: number;
}

/** One finger down and up at a viewport point. */
export function tap(page: Page, point: Point, options: TapOptions = {}): Promise<void> {
  return press(page, [point], options);
}

export function twoFingerTap(page: Page, first: Point, second: Point, options: TapOptions = {}): Promise<void> {
  return press(page, [first, second], options);
}

async function press(page: Page, fingers: readonly Point[], options: TapOptions): Promise<void> {
  const holdMs = options.holdMs ?? 60;
  const at = Date.now();
  await touchStart(page, fingers, at);
  await sleep(holdMs);
  await touchEnd(page, at + holdMs);
}

/**
 * Sends one touchmove per frame at fixed times from the start, without waiting for each to be
 * acknowledged: Chromium acknowledges a dispatched touch only after about two frames (measured
 * ~33 ms), so awaiting each one and then sleeping a frame would move the finger at ~20 Hz, not
 * the 60 Hz a phone reports. CDP keeps the messages in order.
 */
export async function moveEachFrame(page: Page, frames: readonly (readonly Point[])[], stepMs: number = FRAME_MS): Promise<number> {
  const start = Date.now();
  const sent: Promise<void>[] = [];
  for (const [i, fingers] of frames.entries()) {
    const at = start + (i + 1) * stepMs;
    const wait = at - Date.now();
    if (wait > 0) await sleep(wait);
    sent.push(touchMove(page, fingers, at));
  }
  await Promise.all(sent);
  const end = start + (frames.length + 1) * stepMs;
  const rest = end - Date.now();
  if (rest > 0) await sleep(rest);
  return end;
}

export interface SwipeOptions {
  /** Relative to the target element's top-left corner, in CSS pixels. */
  readonly from: Point;
  readonly to: Point;
  readonly steps?: number;
  readonly stepMs?: number;
}

/** One finger down at `from`, moved in `steps` frames to `to`, then lifted. */
export async function swipe(page: Page, target: string | Locator, options: SwipeOptions): Promise<void> {
  const locator = typeof target === 'string' ? page.locator(target) : target;
  const start = await pointIn(locator, options.from);
  const end = await pointIn(locator, options.to);
  const steps = options.steps ?? 10;
  const frames = Array.from({ length: steps }, (_, i) => [lerp(start, end, (i + 1) / steps)]);
  await touchStart(page, [start]);
  await touchEnd(page, await moveEachFrame(page, frames, options.stepMs ?? FRAME_MS));
}

export interface TwoFingerDragOptions {
  readonly dx: number;
  readonly dy: number;
  readonly steps?: number;
  readonly stepMs?: number;
}

/** Two fingers down at viewport points, moved together by (dx, dy): a scroll on a trackpad. */
export async function twoFingerDrag(page: Page, first: Point, second: Point, options: TwoFingerDragOptions): Promise<void> {
  const steps = options.steps ?? 10;
  const frames = Array.from({ length: steps }, (_, i) => {
    const t = (i + 1) / steps;
    return [first, second].map((p) => ({ x: p.x + options.dx * t, y: p.y + options.dy * t }));
  });
  await touchStart(page, [first, second]);
  await touchEnd(page, await moveEachFrame(page, frames, options.stepMs ?? FRAME_MS));
}
