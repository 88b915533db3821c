import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter.js';
import { ManualClock } from './test-fakes.js';

describe('AttemptLimiter', () => {
  it('allows five failures per address per minute, then refuses until the window passes', () => {
    const clock = new ManualClock();
    const limiter = new AttemptLimiter(clock);
    for (let i = 0; i < 5; i++) {
      expect(limiter.allows('10.0.0.2')).toBe(true);
      limiter.recordFailure('10.0.0.2');
    }
    expect(limiter.allows('10.0.0.2')).toBe(false);
    expect(limiter.allows('10.0.0.3')).toBe(true);
    clock.advance(60_001);
    expect(limiter.allows('10.0.0.2')).toBe(true);
  });

  it('caps failures from all addresses together', () => {
    const limiter = new AttemptLimiter(new ManualClock(), { perAddress: 5, total: 3, windowMs: 1000 });
    for (const address of ['a', 'b', 'c']) limiter.recordFailure(address);
    expect(limiter.allows('d')).toBe(false);
  });
});
