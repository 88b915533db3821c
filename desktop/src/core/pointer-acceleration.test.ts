import { describe, expect, it } from 'vitest';
import { accelerationFactor, DEFAULT_POINTER_FEEL, PointerAcceleration, type PointerFeel } from './pointer-acceleration.js';

const adaptive = (speed: number): PointerFeel => ({ speed, acceleration: 'adaptive' });
const flat = (speed: number): PointerFeel => ({ speed, acceleration: 'flat' });

/** Moves of `step` units every `intervalMs`, as a phone sends them; returns the last factor. */
function steady(acceleration: PointerAcceleration, step: number, intervalMs: number, count: number, start = 0): number {
  let factor = 0;
  for (let i = 0; i < count; i++) factor = acceleration.factor(step, 0, start + i * intervalMs);
  return factor;
}

describe('the acceleration curve', () => {
  it('is 1:1 at ordinary speeds with the default feel', () => {
    for (const unitsPerSecond of [100, 500, 1000, 1200]) expect(accelerationFactor(unitsPerSecond, DEFAULT_POINTER_FEEL)).toBe(1);
  });

  it('slows the slowest motion down to 30 %, for precision', () => {
    expect(accelerationFactor(0, DEFAULT_POINTER_FEEL)).toBeCloseTo(0.3);
    expect(accelerationFactor(35, DEFAULT_POINTER_FEEL)).toBeCloseTo(0.65);
  });

  it('speeds fast motion up, never beyond its maximum, and never decreases with speed', () => {
    const speeds = Array.from({ length: 200 }, (_, i) => i * 50);
    const factors = speeds.map((unitsPerSecond) => accelerationFactor(unitsPerSecond, DEFAULT_POINTER_FEEL));
    for (let i = 1; i < factors.length; i++) expect(factors[i]).toBeGreaterThanOrEqual(factors[i - 1] as number);
    expect(accelerationFactor(3000, DEFAULT_POINTER_FEEL)).toBeGreaterThan(1.5);
    expect(accelerationFactor(100_000, DEFAULT_POINTER_FEEL)).toBeCloseTo(2.25);
  });

  it('accelerates sooner and further at a faster speed setting', () => {
    expect(accelerationFactor(1000, adaptive(1))).toBeGreaterThan(accelerationFactor(1000, adaptive(0)));
    expect(accelerationFactor(1000, adaptive(0.5)) / 1.25).toBeGreaterThan(1);
    expect(accelerationFactor(100_000, adaptive(1))).toBeCloseTo(1.5 * 3.5);
  });

  it('at the slowest setting only slows down, at any speed', () => {
    expect(accelerationFactor(500, adaptive(-1))).toBe(0.5);
    expect(accelerationFactor(100_000, adaptive(-1))).toBe(0.5);
  });

  it('is one constant factor when flat, set by the speed alone', () => {
    expect(accelerationFactor(0, flat(0))).toBe(1);
    expect(accelerationFactor(50_000, flat(0))).toBe(1);
    expect(accelerationFactor(50_000, flat(1))).toBe(1.5);
    expect(accelerationFactor(10, flat(-1))).toBe(0.5);
  });

  it('takes an edited setting out of range as its nearest end, and nonsense as the default', () => {
    expect(accelerationFactor(10, flat(7))).toBe(1.5);
    expect(accelerationFactor(10, flat(-3))).toBe(0.5);
    expect(accelerationFactor(10, flat(Number.NaN))).toBe(1);
  });
});

describe('the speed a finger moves at', () => {
  it('is measured across steady moves: 10 units a frame at 60 Hz is 600 units/s, 1:1', () => {
    expect(steady(new PointerAcceleration(() => DEFAULT_POINTER_FEEL), 10, 1000 / 60, 10)).toBe(1);
  });

  it('fast steady moves are accelerated', () => {
    expect(steady(new PointerAcceleration(() => DEFAULT_POINTER_FEEL), 80, 1000 / 60, 10)).toBeGreaterThan(1.5);
  });

  it('a backlog arriving at once after a stall is not flung away as a very fast finger', () => {
    const acceleration = new PointerAcceleration(() => DEFAULT_POINTER_FEEL);
    // 10 units a frame, but all ten frames arrive in the same millisecond.
    expect(steady(acceleration, 10, 0, 10)).toBe(1);
  });

  it('starts again after a turn: slow motion back is not sped up by the fast motion before it', () => {
    const acceleration = new PointerAcceleration(() => DEFAULT_POINTER_FEEL);
    steady(acceleration, 80, 1000 / 60, 10);
    expect(acceleration.factor(-1, 0, 10 * (1000 / 60))).toBeLessThan(1);
  });

  it('forgets moves from before a pause', () => {
    const acceleration = new PointerAcceleration(() => DEFAULT_POINTER_FEEL);
    steady(acceleration, 80, 1000 / 60, 10);
    expect(acceleration.factor(1, 0, 1000)).toBeLessThan(1);
  });

  it('reads the feel at every move, so a changed setting applies at once', () => {
    let feel: PointerFeel = DEFAULT_POINTER_FEEL;
    const acceleration = new PointerAcceleration(() => feel);
    expect(acceleration.factor(10, 0, 0)).toBe(1);
    feel = flat(1);
    expect(acceleration.factor(10, 0, 16)).toBe(1.5);
  });
});
