import { describe, expect, it } from 'vitest';
import { MINUTE_MS } from './timer-countdown.js';
import { type AlertKind, signalAlert, TIME_UP_VIBRATION, WARNING_VIBRATION } from './timer-signal.js';

function outputs(vibrate: ((pattern: number[]) => boolean) | undefined) {
  const flashes: AlertKind[] = [];
  return { flashes, outputs: { vibrate, flash: (kind: AlertKind) => flashes.push(kind) } };
}

describe('signalAlert', () => {
  it('vibrates where the browser can, in a pattern that tells a warning from the end', () => {
    const patterns: number[][] = [];
    const { flashes, outputs: out } = outputs((pattern) => patterns.push(pattern) > 0);
    expect(signalAlert({ beforeEndMs: 5 * MINUTE_MS }, out)).toBe('vibrated');
    expect(signalAlert({ beforeEndMs: 0 }, out)).toBe('vibrated');
    expect(patterns).toEqual([[...WARNING_VIBRATION], [...TIME_UP_VIBRATION]]);
    expect(flashes).toEqual([]);
  });

  it('flashes where there is no Vibration API (iOS Safari)', () => {
    const { flashes, outputs: out } = outputs(undefined);
    expect(signalAlert({ beforeEndMs: MINUTE_MS }, out)).toBe('flashed');
    expect(signalAlert({ beforeEndMs: 0 }, out)).toBe('flashed');
    expect(flashes).toEqual(['warning', 'time-up']);
  });

  it('flashes when the browser refuses to vibrate', () => {
    const { flashes, outputs: out } = outputs(() => false);
    expect(signalAlert({ beforeEndMs: 0 }, out)).toBe('flashed');
    expect(flashes).toEqual(['time-up']);
  });
});
