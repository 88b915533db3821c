import { describe, expect, it } from 'vitest';
import { formatDuration, MINUTE_MS, TalkTimer } from './timer-countdown.js';

/** The wall clock, moved by the test. */
function fakeClock() {
  let time = 1_700_000_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

const TALK = { durationMs: 10 * MINUTE_MS, alertsBeforeEndMs: [5 * MINUTE_MS, MINUTE_MS, 0] };

describe('TalkTimer', () => {
  it('counts elapsed and remaining time while running, and holds them while paused', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    expect(timer.read()).toEqual({ phase: 'ready', elapsedMs: 0, remainingMs: 10 * MINUTE_MS });
    timer.start();
    clock.advance(90_000);
    expect(timer.read()).toEqual({ phase: 'running', elapsedMs: 90_000, remainingMs: 510_000 });
    timer.pause();
    clock.advance(60_000);
    expect(timer.read()).toEqual({ phase: 'paused', elapsedMs: 90_000, remainingMs: 510_000 });
    timer.start();
    clock.advance(10_000);
    expect(timer.read().elapsedMs).toBe(100_000);
  });

  it('fires each alert once, at its time, and not before', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    timer.start();
    const fired: [number, number][] = [];
    for (let second = 1; second <= 11 * 60; second++) {
      clock.advance(1000);
      for (const alert of timer.dueAlerts()) fired.push([second, alert.beforeEndMs]);
    }
    expect(fired).toEqual([
      [5 * 60, 5 * MINUTE_MS],
      [9 * 60, MINUTE_MS],
      [10 * 60, 0],
    ]);
  });

  it('gives no alert while paused, and the missed ones when it runs again', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    timer.start();
    clock.advance(4 * MINUTE_MS);
    timer.pause();
    clock.advance(30 * MINUTE_MS);
    expect(timer.dueAlerts()).toEqual([]);
    timer.start();
    clock.advance(MINUTE_MS);
    expect(timer.dueAlerts()).toEqual([{ beforeEndMs: 5 * MINUTE_MS }]);
  });

  it('hands over every alert a sleeping phone missed, in order', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    timer.start();
    clock.advance(9.5 * MINUTE_MS);
    expect(timer.dueAlerts()).toEqual([{ beforeEndMs: 5 * MINUTE_MS }, { beforeEndMs: MINUTE_MS }]);
    expect(timer.dueAlerts()).toEqual([]);
  });

  it('counts past the end as negative time left', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    timer.start();
    clock.advance(11 * MINUTE_MS);
    expect(timer.read().remainingMs).toBe(-MINUTE_MS);
  });

  it('re-arms every alert on reset', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    timer.start();
    clock.advance(10 * MINUTE_MS);
    expect(timer.dueAlerts()).toHaveLength(3);
    timer.reset();
    expect(timer.read()).toEqual({ phase: 'ready', elapsedMs: 0, remainingMs: 10 * MINUTE_MS });
    timer.start();
    clock.advance(5 * MINUTE_MS);
    expect(timer.dueAlerts()).toEqual([{ beforeEndMs: 5 * MINUTE_MS }]);
  });

  it('leaves out alerts at or past the talk’s length, so none fires at the start', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, { durationMs: 3 * MINUTE_MS, alertsBeforeEndMs: [5 * MINUTE_MS, 3 * MINUTE_MS, MINUTE_MS] });
    timer.start();
    clock.advance(1000);
    expect(timer.dueAlerts()).toEqual([]);
    clock.advance(2 * MINUTE_MS);
    expect(timer.dueAlerts()).toEqual([{ beforeEndMs: MINUTE_MS }]);
  });

  it('takes a new plan only before the talk starts', () => {
    const clock = fakeClock();
    const timer = new TalkTimer(clock.now, TALK);
    timer.configure({ durationMs: 30 * MINUTE_MS, alertsBeforeEndMs: [0] });
    timer.start();
    timer.configure({ durationMs: MINUTE_MS, alertsBeforeEndMs: [0] });
    expect(timer.read().remainingMs).toBe(30 * MINUTE_MS);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [65_000, '1:05'],
    [12 * MINUTE_MS, '12:00'],
    [3_723_000, '1:02:03'],
    [-30_000, '−0:30'],
  ])('%i ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
