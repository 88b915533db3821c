import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InertialScroll } from './inertial-scroll.js';
import { FLING_STOP_SPEED, INERTIA_TIME_CONSTANT_MS } from './tuning.js';

/** Frames every 16 ms on the fake clock, as requestAnimationFrame would at 60 Hz. */
function setup() {
  const glides: { dx: number; dy: number }[] = [];
  const inertia = new InertialScroll(
    (callback) => {
      setTimeout(callback, 16);
    },
    () => Date.now(),
    (dx, dy) => glides.push({ dx, dy }),
  );
  const travelled = () => glides.reduce((sum, glide) => sum + glide.dy, 0);
  return { inertia, glides, travelled };
}

describe('InertialScroll', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('glides in the fling’s direction, each frame less than the one before', () => {
    const { inertia, glides } = setup();
    inertia.start(0, 1);
    vi.advanceTimersByTime(16 * 10);
    expect(glides).toHaveLength(10);
    for (let i = 1; i < glides.length; i += 1) expect((glides[i]?.dy ?? 0) < (glides[i - 1]?.dy ?? 0)).toBe(true);
    expect(glides.every((glide) => glide.dx === 0 && glide.dy > 0)).toBe(true);
  });

  it('covers speed × time constant, whatever the frame rate, and then stops by itself', () => {
    const { inertia, travelled } = setup();
    inertia.start(0, 2);
    vi.advanceTimersByTime(10_000);
    expect(inertia.active).toBe(false);
    // All of it but the tail below the stop speed.
    expect(travelled()).toBeGreaterThan(2 * INERTIA_TIME_CONSTANT_MS - FLING_STOP_SPEED * INERTIA_TIME_CONSTANT_MS - 1);
    expect(travelled()).toBeLessThanOrEqual(2 * INERTIA_TIME_CONSTANT_MS);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops at once when told, and a new fling starts afresh with one frame loop', () => {
    const { inertia, glides } = setup();
    inertia.start(0, 1);
    vi.advanceTimersByTime(48);
    inertia.stop();
    const count = glides.length;
    vi.advanceTimersByTime(500);
    expect(glides).toHaveLength(count);
    inertia.start(1, 0);
    inertia.start(1, 0);
    vi.advanceTimersByTime(16);
    expect(glides).toHaveLength(count + 1);
  });
});
