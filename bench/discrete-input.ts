import type { Locator, Page } from 'playwright-core';
import { pointIn, tap } from '../e2e/harness/touch.js';
import { sleep } from '../e2e/harness/wait.js';
import type { PageClock } from './page-clock.js';
import { recordedEvents, recordEvents } from './page-events.js';
import type { Sample } from './stats.js';

/**
 * A tap becoming a click, and a typed character becoming a character, timed from the phone
 * page receiving the touchend (or the input) to the desktop-side window receiving the
 * mousedown (or the input): both ends are page events, each converted to this process's clock.
 * The desktop window's own handling of the X event is in the figure, as it is in the floor's.
 */

export interface Ends {
  readonly desktop: Page;
  readonly desktopClock: PageClock;
  /** How long to wait after the last one for stragglers before the missing count as lost. */
  readonly patienceMs: number;
}

/** Pairs the n-th start with the n-th arrival; a start with none is censored at the end of the wait. */
function pair(starts: readonly number[], arrivals: readonly number[], end: number): Sample[] {
  return starts.map((start, i) => {
    const arrival = arrivals[i];
    return arrival === undefined ? { ms: end - start, censored: true } : { ms: arrival - start, censored: false };
  });
}

async function arrivals(ends: Ends, type: string): Promise<number[]> {
  return (await recordedEvents(ends.desktop, type)).map((event) => ends.desktopClock.toLocal(event.pageTime));
}

/** `count` taps on the phone's pad, `gapMs` apart so no two read as a double tap. */
export async function phoneTaps(ends: Ends, phone: Page, phoneClock: PageClock, pad: Locator, count: number, gapMs: number): Promise<Sample[]> {
  const at = await pointIn(pad, { x: 120, y: 200 });
  await recordEvents(phone, ['touchend']);
  await recordEvents(ends.desktop, ['mousedown']);
  for (let i = 0; i < count; i++) {
    await tap(phone, at);
    await sleep(gapMs);
  }
  await sleep(ends.patienceMs);
  const starts = (await recordedEvents(phone, 'touchend')).map((event) => phoneClock.toLocal(event.pageTime));
  return pair(starts, await arrivals(ends, 'mousedown'), performance.now());
}

/** `count` characters typed into the phone's field, one at a time, as its keyboard would. */
export async function phoneCharacters(ends: Ends, phone: Page, phoneClock: PageClock, field: Locator, count: number, gapMs: number): Promise<Sample[]> {
  await field.focus();
  await recordEvents(phone, ['input']);
  await recordEvents(ends.desktop, ['input']);
  for (let i = 0; i < count; i++) {
    await phone.keyboard.insertText(String.fromCharCode(97 + (i % 26)));
    await sleep(gapMs);
  }
  await sleep(ends.patienceMs);
  const starts = (await recordedEvents(phone, 'input')).map((event) => phoneClock.toLocal(event.pageTime));
  return pair(starts, await arrivals(ends, 'input'), performance.now());
}

/** The floor of both: `act` injects straight with nut-js (no delays) and says when it began. */
export async function directActs(ends: Ends, type: 'mousedown' | 'input', count: number, gapMs: number, act: () => Promise<number>): Promise<Sample[]> {
  await recordEvents(ends.desktop, [type]);
  const starts: number[] = [];
  for (let i = 0; i < count; i++) {
    starts.push(await act());
    await sleep(gapMs);
  }
  await sleep(ends.patienceMs);
  return pair(starts, await arrivals(ends, type), performance.now());
}
