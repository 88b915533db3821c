import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter.js';
import { ManualClock } from './test-fakes.js';

describe('AttemptLimiter', () => {
  it('allows five unproven attempts per address per minute, then refuses until the window passes', () => {
    const clock = new ManualClock();
    const limiter = new AttemptLimiter(clock);
    for (let i = 0; i < 5; i++) expect(limiter.begin('10.0.0.2', true)).toBeDefined();
    expect(limiter.begin('10.0.0.2', true)).toBeUndefined();
    expect(limiter.begin('10.0.0.3', true)).toBeDefined();
    clock.advance(60_001);
    expect(limiter.begin('10.0.0.2', true)).toBeDefined();
  });

  it('counts attempts opened side by side before any of them fails', () => {
    const limiter = new AttemptLimiter(new ManualClock());
    const started = Array.from({ length: 16 }, () => limiter.begin('10.0.0.2', false));
    expect(started.filter(Boolean)).toHaveLength(5);
  });

  it('forgives an attempt that succeeds', () => {
    const limiter = new AttemptLimiter(new ManualClock());
    for (let i = 0; i < 20; i++) limiter.begin('10.0.0.2', false)?.succeeded();
    expect(limiter.begin('10.0.0.2', false)).toBeDefined();
  });

  it('caps pairing attempts from all addresses together', () => {
    const limiter = new AttemptLimiter(new ManualClock(), { perAddress: 5, total: 3, windowMs: 1000 });
    for (const address of ['a', 'b', 'c']) limiter.begin(address, true);
    expect(limiter.begin('d', true)).toBeUndefined();
  });

  it('never holds up a paired phone for failures elsewhere', () => {
    const limiter = new AttemptLimiter(new ManualClock(), { perAddress: 5, total: 3, windowMs: 1000 });
    for (const address of ['a', 'b', 'c']) limiter.begin(address, true);
    expect(limiter.begin('d', false)).toBeDefined();
  });

  it('forgives nothing else when the forgiven attempt has already left the window', () => {
    const clock = new ManualClock();
    const limiter = new AttemptLimiter(clock);
    const old = limiter.begin('10.0.0.2', false);
    clock.advance(60_001);
    for (let i = 0; i < 5; i++) limiter.begin('10.0.0.2', false);
    old?.succeeded();
    expect(limiter.begin('10.0.0.2', false)).toBeUndefined();
  });
});
