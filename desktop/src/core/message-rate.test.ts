import { describe, expect, it } from 'vitest';
import { MessageRate } from './message-rate.js';
import { ManualClock } from './test-fakes.js';

describe('MessageRate', () => {
  it('allows a burst, then the sustained rate', () => {
    const clock = new ManualClock();
    const rate = new MessageRate(clock, 10, 20);
    const taken = Array.from({ length: 25 }, () => rate.take()).filter(Boolean).length;
    expect(taken).toBe(20);
    clock.advance(500);
    expect(Array.from({ length: 10 }, () => rate.take()).filter(Boolean).length).toBe(5);
  });
});
