import { LIMITS } from '@touchdesk/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Heartbeat } from './heartbeat.js';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A heartbeat on vitest's fake timers and fake clock. */
function setup() {
  const pings: number[] = [];
  const roundTrips: number[] = [];
  const deaths: number[] = [];
  const heartbeat = new Heartbeat(
    {
      now: () => Date.now(),
      setTimer: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clearTimer: (id) => clearTimeout(id),
    },
    {
      ping: (id) => pings.push(id),
      roundTrip: (ms) => roundTrips.push(ms),
      dead: (silentMs) => deaths.push(silentMs),
    },
  );
  return { heartbeat, pings, roundTrips, deaths };
}

describe('Heartbeat', () => {
  it(`pings at once and then every ${LIMITS.heartbeatIntervalMs} ms`, () => {
    const { heartbeat, pings } = setup();
    heartbeat.start();
    expect(pings).toEqual([1]);
    vi.advanceTimersByTime(LIMITS.heartbeatIntervalMs - 1);
    expect(pings).toEqual([1]);
    heartbeat.heard();
    vi.advanceTimersByTime(1);
    expect(pings).toEqual([1, 2]);
    heartbeat.heard();
    vi.advanceTimersByTime(LIMITS.heartbeatIntervalMs);
    expect(pings).toEqual([1, 2, 3]);
  });

  it('measures the round trip from a ping to its own pong', () => {
    const { heartbeat, roundTrips } = setup();
    heartbeat.start();
    vi.advanceTimersByTime(23);
    heartbeat.pong(1);
    expect(roundTrips).toEqual([23]);
    // A repeated or unknown pong measures nothing.
    heartbeat.pong(1);
    heartbeat.pong(99);
    expect(roundTrips).toEqual([23]);
  });

  it('measures a late pong against its own ping, not the latest one', () => {
    const { heartbeat, roundTrips } = setup();
    heartbeat.start();
    vi.advanceTimersByTime(LIMITS.heartbeatIntervalMs + 40);
    heartbeat.pong(1);
    expect(roundTrips).toEqual([LIMITS.heartbeatIntervalMs + 40]);
    vi.advanceTimersByTime(10);
    heartbeat.pong(2);
    expect(roundTrips).toEqual([LIMITS.heartbeatIntervalMs + 40, 50]);
  });

  it(`declares the host dead after ${LIMITS.deadPeerMs} ms of silence, exactly, and then stops`, () => {
    const { heartbeat, pings, deaths } = setup();
    heartbeat.start();
    vi.advanceTimersByTime(LIMITS.deadPeerMs - 1);
    expect(deaths).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(deaths).toEqual([LIMITS.deadPeerMs]);
    const pinged = pings.length;
    vi.advanceTimersByTime(LIMITS.deadPeerMs * 3);
    expect(deaths).toHaveLength(1);
    expect(pings).toHaveLength(pinged);
  });

  it('counts any frame as a sign of life, not only pongs', () => {
    const { heartbeat, deaths } = setup();
    heartbeat.start();
    for (let second = 0; second < 60; second += 1) {
      vi.advanceTimersByTime(1000);
      if (second % 5 === 0) heartbeat.heard();
    }
    expect(deaths).toEqual([]);
    vi.advanceTimersByTime(LIMITS.deadPeerMs);
    expect(deaths).toHaveLength(1);
  });

  it('finds a death the timers slept through as soon as it is asked to check', () => {
    const { heartbeat, deaths } = setup();
    heartbeat.start();
    // A background tab: the clock runs on, the timers do not fire.
    vi.setSystemTime(Date.now() + 60_000);
    heartbeat.check();
    expect(deaths).toEqual([60_000]);
  });

  it('does nothing after stop', () => {
    const { heartbeat, pings, deaths } = setup();
    heartbeat.start();
    heartbeat.stop();
    vi.advanceTimersByTime(LIMITS.deadPeerMs * 2);
    heartbeat.check();
    expect(pings).toEqual([1]);
    expect(deaths).toEqual([]);
  });
});
