import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_CLOCK_STEP_MS, pageClock } from '../bench/page-clock.js';
import { recordedEvents, recordEvents } from '../bench/page-events.js';
import { touchSocket } from '../bench/touch-socket.js';
import { XPointerWatcher } from '../bench/x-pointer-watcher.js';
import { launchPhone, type Phone } from './harness/chromium.js';
import { tap, touchEnd, touchMove, touchStart } from './harness/touch.js';
import { sleep } from './harness/wait.js';
import { movePointer } from './harness/x-readback.js';

/**
 * What `npm run bench` measures with, checked against the real browser and X server: a wrong
 * sign in a clock or a finger that never lands would not fail the benchmark, only its figures.
 */

const display = inject('display');

const PAD = `<!doctype html><meta name="viewport" content="width=device-width">
<div id="pad" style="position:absolute;inset:0;touch-action:none"></div>
<script>document.getElementById('pad').addEventListener('touchstart', (e) => e.preventDefault(), { passive: false });</script>`;

describe("the benchmark's phone", () => {
  let phone: Phone;

  beforeAll(async () => {
    phone = await launchPhone({ devToolsSocket: true });
    await phone.page.setContent(PAD);
  });

  afterAll(async () => {
    await phone?.close();
  });

  it('moves a finger over its DevTools socket, then over Playwright again once the socket is closed', async () => {
    const finger = await touchSocket(phone.page, phone.devToolsUrl);
    await recordEvents(phone.page, ['touchstart', 'touchmove', 'touchend']);
    await touchStart(phone.page, [{ x: 50, y: 100 }]);
    for (const x of [60, 70, 80]) await touchMove(phone.page, [{ x, y: 100 }]);
    await touchEnd(phone.page);
    expect(finger.sent).toBe(5);
    await finger.close();
    expect((await recordedEvents(phone.page, 'touchstart')).map((event) => [event.x, event.y])).toEqual([[50, 100]]);
    expect((await recordedEvents(phone.page, 'touchmove')).at(-1)).toMatchObject({ x: 80, y: 100 });
    expect(await recordedEvents(phone.page, 'touchend')).toHaveLength(1);

    await recordEvents(phone.page, ['touchstart']);
    await tap(phone.page, { x: 120, y: 140 });
    expect(finger.sent).toBe(5);
    expect((await recordedEvents(phone.page, 'touchstart')).map((event) => [event.x, event.y])).toEqual([[120, 140]]);
  });

  it('refuses a finger over a socket the browser was not launched with', async () => {
    await expect(touchSocket(phone.page, undefined)).rejects.toThrow(/without its DevTools socket/);
  });

  it("puts the page's time on the benchmark's clock, between the moments before and after it was read", async () => {
    const clock = await pageClock(phone.page, 20);
    expect(clock.method).toBe('shared clock');
    expect(Math.abs(clock.estimateOffByMs)).toBeLessThan(1);
    for (let i = 0; i < 20; i++) {
      const before = performance.now();
      const pageTime = await phone.page.evaluate(() => performance.now());
      const after = performance.now();
      const local = clock.toLocal(pageTime);
      expect(local).toBeGreaterThanOrEqual(before - PAGE_CLOCK_STEP_MS);
      expect(local).toBeLessThanOrEqual(after + PAGE_CLOCK_STEP_MS);
    }
  });
});

describe("the benchmark's X pointer watcher", () => {
  let watcher: XPointerWatcher;

  beforeAll(async () => {
    watcher = await XPointerWatcher.open(display);
  });

  afterAll(async () => {
    await watcher?.close();
  });

  it('runs its stamps at real-time priority where the machine allows it, and says why not elsewhere', () => {
    // Root here (and in CI) may raise a thread's priority; elsewhere the result says why it could not.
    if (process.getuid?.() === 0) expect(watcher.priority).toBe('real-time (SCHED_FIFO 20)');
    else expect(watcher.priority).toMatch(/^(real-time \(SCHED_FIFO 20\)|normal, could not be raised \(.+\))$/);
  });

  it('stamps a move of the pointer between the moment it was made and the moment it was asked for', async () => {
    await movePointer(display, 100, 100);
    await watcher.start();
    const before = performance.now();
    await movePointer(display, 222, 333);
    await sleep(100);
    const samples = await watcher.stop();
    const after = performance.now();
    const at = samples.xs.findIndex((x, i) => x === 222 && samples.ys[i] === 333);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(samples.times[at]).toBeGreaterThanOrEqual(before);
    expect(samples.times[at]).toBeLessThanOrEqual(after);
    expect(await watcher.position()).toEqual({ x: 222, y: 333 });
  });
});
