import { describe, expect, it } from 'vitest';
import { ManualClock } from '../test-fakes.js';
import { PreviewPacer } from './preview-pacer.js';

const BUDGET = { maxFramesPerSecond: 4, maxBytesPerSecond: 100_000, maxBufferedBytes: 64_000 };
const frame = (id: number, bytes = 10_000) => ({ id, bytes });

describe('PreviewPacer', () => {
  it('sends a frame at once when nothing else went out', () => {
    const pacer = new PreviewPacer(new ManualClock(), BUDGET);
    pacer.offer(frame(1));
    expect(pacer.take(0)).toEqual(frame(1));
    expect(pacer.take(0)).toBeUndefined();
  });

  it('keeps only the newest frame: intermediate ones are dropped', () => {
    const clock = new ManualClock();
    const pacer = new PreviewPacer(clock, BUDGET);
    pacer.offer(frame(1));
    pacer.take(0);
    pacer.offer(frame(2));
    pacer.offer(frame(3));
    expect(pacer.take(0)).toBeUndefined(); // too soon after frame 1
    clock.advance(250);
    expect(pacer.take(0)).toEqual(frame(3));
    expect(pacer.hasWaiting).toBe(false);
  });

  it('caps the frame rate', () => {
    const clock = new ManualClock();
    const pacer = new PreviewPacer(clock, BUDGET);
    let sent = 0;
    for (let ms = 0; ms < 2000; ms += 10) {
      pacer.offer(frame(ms, 100));
      if (pacer.take(0)) sent++;
      clock.advance(10);
    }
    expect(sent).toBe(8); // 4 a second for 2 s
  });

  it('caps the bytes per second, whatever the frame rate allows', () => {
    const clock = new ManualClock();
    const pacer = new PreviewPacer(clock, BUDGET);
    let bytes = 0;
    for (let ms = 0; ms < 10_000; ms += 50) {
      pacer.offer(frame(ms, 45_000));
      bytes += pacer.take(0)?.bytes ?? 0;
      clock.advance(50);
    }
    // The bucket starts full (one second's worth), then refills at the rate.
    expect(bytes).toBeLessThanOrEqual(100_000 + 10 * 100_000);
    expect(bytes).toBeGreaterThan(8 * 100_000);
  });

  it('lets a frame larger than a second of budget through once the bucket is full', () => {
    const clock = new ManualClock();
    const pacer = new PreviewPacer(clock, { ...BUDGET, maxBytesPerSecond: 20_000 });
    pacer.offer(frame(1, 45_000));
    expect(pacer.take(0)).toEqual(frame(1, 45_000));
    pacer.offer(frame(2, 45_000));
    clock.advance(1000);
    expect(pacer.take(0)).toBeUndefined(); // the bucket is still paying off the first
    clock.advance(2000);
    expect(pacer.take(0)).toEqual(frame(2, 45_000));
  });

  it('waits while the socket has a backlog, then sends the newest', () => {
    const clock = new ManualClock();
    const pacer = new PreviewPacer(clock, BUDGET);
    pacer.offer(frame(1));
    expect(pacer.take(BUDGET.maxBufferedBytes + 1)).toBeUndefined();
    pacer.offer(frame(2));
    clock.advance(1000);
    expect(pacer.take(BUDGET.maxBufferedBytes + 1)).toBeUndefined();
    expect(pacer.take(0)).toEqual(frame(2));
  });
});
