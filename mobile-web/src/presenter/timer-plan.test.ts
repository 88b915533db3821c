import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { DEFAULT_TIMER_SETTINGS, MINUTE_MS } from './timer-countdown.js';
import { formatAlertMinutes, parseAlertMinutes, parseMinutes, TimerPlanStore, timerPlanKey } from './timer-plan.js';

describe('parseMinutes', () => {
  it.each([
    ['20', 20 * MINUTE_MS],
    [' 45 ', 45 * MINUTE_MS],
    ['0', null],
    ['601', null],
    ['1.5', null],
    ['', null],
    ['ten', null],
  ])('%j is %s', (text, ms) => {
    expect(parseMinutes(text)).toBe(ms);
  });
});

describe('parseAlertMinutes', () => {
  it('reads a list in any order, with commas, spaces or Chinese commas, largest first', () => {
    expect(parseAlertMinutes('1, 5 0')).toEqual([5 * MINUTE_MS, MINUTE_MS, 0]);
    expect(parseAlertMinutes('5，1、0')).toEqual([5 * MINUTE_MS, MINUTE_MS, 0]);
  });

  it('takes an empty list as no alerts, and drops repeats', () => {
    expect(parseAlertMinutes(' ')).toEqual([]);
    expect(parseAlertMinutes('1,1')).toEqual([MINUTE_MS]);
  });

  it('refuses anything that is not whole minutes', () => {
    expect(parseAlertMinutes('5, soon')).toBeNull();
    expect(parseAlertMinutes('-1')).toBeNull();
    expect(parseAlertMinutes('1 2 3 4 5 6 7 8 9')).toBeNull();
  });

  it('round-trips through formatAlertMinutes', () => {
    expect(formatAlertMinutes(parseAlertMinutes('5, 1, 0') ?? [])).toBe('5, 1, 0');
  });
});

describe('TimerPlanStore', () => {
  it('keeps the plan per desktop, and falls back to the defaults', () => {
    const storage = new MemoryStore();
    const store = new TimerPlanStore(storage, 'desk:47800');
    expect(store.load()).toEqual(DEFAULT_TIMER_SETTINGS);
    store.save({ durationMs: 30 * MINUTE_MS, alertsBeforeEndMs: [10 * MINUTE_MS, 0] });
    expect(new TimerPlanStore(storage, 'desk:47800').load()).toEqual({ durationMs: 30 * MINUTE_MS, alertsBeforeEndMs: [10 * MINUTE_MS, 0] });
    expect(new TimerPlanStore(storage, 'other:1').load()).toEqual(DEFAULT_TIMER_SETTINGS);
  });

  it('ignores a stored plan it cannot read', () => {
    const storage = new MemoryStore();
    storage.setItem(timerPlanKey('desk:47800'), 'garbage');
    expect(new TimerPlanStore(storage, 'desk:47800').load()).toEqual(DEFAULT_TIMER_SETTINGS);
  });
});
