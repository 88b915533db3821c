import { describe, expect, it } from 'vitest';
import { RECONNECT_BASE_MS, RECONNECT_MAX_MS, reconnectDelay } from './backoff.js';

describe('reconnectDelay', () => {
  it('doubles from the base to the cap', () => {
    const top = () => 1;
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => reconnectDelay(attempt, top))).toEqual([
      RECONNECT_BASE_MS, 500, 1000, 2000, 4000, RECONNECT_MAX_MS, RECONNECT_MAX_MS,
    ]);
    expect(reconnectDelay(1_000_000, top)).toBe(RECONNECT_MAX_MS);
  });

  it('jitters within the upper half of the ceiling', () => {
    expect(reconnectDelay(3, () => 0)).toBe(1000);
    expect(reconnectDelay(3, () => 0.5)).toBe(1500);
    expect(reconnectDelay(10, () => 0)).toBe(RECONNECT_MAX_MS / 2);
  });
});
