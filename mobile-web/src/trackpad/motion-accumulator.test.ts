import { describe, expect, it } from 'vitest';
import { MotionAccumulator } from './motion-accumulator.js';

describe('MotionAccumulator', () => {
  it('hands out whole units and keeps the fraction for later', () => {
    const motion = new MotionAccumulator(1000);
    motion.add(0.6, -0.6);
    expect(motion.take()).toBeNull();
    motion.add(0.6, -0.6);
    expect(motion.take()).toEqual({ dx: 1, dy: -1 });
    motion.add(0.8, -0.8);
    expect(motion.take()).toEqual({ dx: 1, dy: -1 });
    expect(motion.take()).toBeNull();
  });

  it('loses nothing of slow motion over many frames', () => {
    const motion = new MotionAccumulator(1000);
    let total = 0;
    for (let frame = 0; frame < 100; frame += 1) {
      motion.add(0.25, 0);
      total += motion.take()?.dx ?? 0;
    }
    expect(total).toBe(25);
  });

  it('never reports negative zero', () => {
    const motion = new MotionAccumulator(1000);
    motion.add(-0.5, 2);
    const delta = motion.take();
    expect(Object.is(delta?.dx, 0)).toBe(true);
    expect(delta?.dy).toBe(2);
  });

  it('clamps to the limit and drops the excess', () => {
    const motion = new MotionAccumulator(100);
    motion.add(250.5, -400);
    expect(motion.take()).toEqual({ dx: 100, dy: -100 });
    expect(motion.take()).toBeNull();
    motion.add(0.5, 0);
    expect(motion.take()).toEqual({ dx: 1, dy: 0 });
  });

  it('forgets everything when cleared', () => {
    const motion = new MotionAccumulator(100);
    motion.add(5.9, 5.9);
    motion.clear();
    motion.add(0.2, 0.2);
    expect(motion.take()).toBeNull();
  });
});
