import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { MotionAccumulator } from './motion-accumulator.js';

describe('MotionAccumulator', () => {
  it('hands out whole units and keeps the fraction for later', () => {
    const motion = new MotionAccumulator(1000);
    motion.add(0.6, -0.6, 0);
    expect(motion.take(0)).toBeNull();
    motion.add(0.6, -0.6, 16);
    expect(motion.take(16)).toEqual({ dx: 1, dy: -1 });
    motion.add(0.8, -0.8, 32);
    expect(motion.take(32)).toEqual({ dx: 1, dy: -1 });
    expect(motion.take(48)).toBeNull();
  });

  it('loses nothing of slow motion over many frames', () => {
    const motion = new MotionAccumulator(1000);
    let total = 0;
    for (let frame = 0; frame < 100; frame += 1) {
      motion.add(0.25, 0, frame * 16);
      total += motion.take(frame * 16)?.dx ?? 0;
    }
    expect(total).toBe(25);
  });

  it('never reports negative zero', () => {
    const motion = new MotionAccumulator(1000);
    motion.add(-0.5, 2, 0);
    const delta = motion.take(0);
    expect(Object.is(delta?.dx, 0)).toBe(true);
    expect(delta?.dy).toBe(2);
  });

  it('clamps to the limit and drops the excess', () => {
    const motion = new MotionAccumulator(100);
    motion.add(250.5, -400, 0);
    expect(motion.take(0)).toEqual({ dx: 100, dy: -100 });
    expect(motion.take(0)).toBeNull();
    motion.add(0.5, 0, 0);
    expect(motion.take(0)).toEqual({ dx: 1, dy: 0 });
  });

  it('forgets everything when cleared', () => {
    const motion = new MotionAccumulator(100);
    motion.add(5.9, 5.9, 0);
    motion.clear();
    motion.add(0.2, 0.2, 0);
    expect(motion.take(0)).toBeNull();
  });

  it(`drops motion older than ${LIMITS.maxMotionAgeMs} ms when it is taken, and keeps what is fresh`, () => {
    const motion = new MotionAccumulator(1000);
    motion.add(10, 0, 0);
    motion.add(3, 0, 100);
    // Exactly at the limit is still fresh; one millisecond past it is not.
    expect(motion.take(LIMITS.maxMotionAgeMs)).toEqual({ dx: 13, dy: 0 });
    motion.add(10, 0, 1000);
    motion.add(3, 0, 1150);
    expect(motion.take(1000 + LIMITS.maxMotionAgeMs + 1)).toEqual({ dx: 3, dy: 0 });
    motion.add(7, 7, 2000);
    expect(motion.take(2000 + LIMITS.maxMotionAgeMs + 1)).toBeNull();
  });

  it('keeps no more than the last moments of motion while nothing is taken', () => {
    const motion = new MotionAccumulator(100_000);
    for (let at = 0; at <= 10_000; at += 1) motion.add(1, 0, at);
    expect(motion.take(10_000)).toEqual({ dx: LIMITS.maxMotionAgeMs + 1, dy: 0 });
  });
});
