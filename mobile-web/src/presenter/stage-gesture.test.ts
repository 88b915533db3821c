import { describe, expect, it } from 'vitest';
import { stageGesture, SWIPE_MIN_PX, TAP_SLOP_PX } from './stage-gesture.js';

const box = { left: 12, width: 366 };
const tapAt = (x: number, y = 300) => stageGesture({ startX: x, startY: y, endX: x, endY: y }, box);
const stroke = (dx: number, dy: number, x = 195) => stageGesture({ startX: x, startY: 300, endX: x + dx, endY: 300 + dy }, box);

describe('stageGesture', () => {
  it('reads a tap on the right half as Next and on the left half as Previous', () => {
    expect(tapAt(300)).toBe('next');
    expect(tapAt(100)).toBe('previous');
    // The halves are the stage's, not the screen's.
    expect(tapAt(box.left + box.width / 2 - 1)).toBe('previous');
    expect(tapAt(box.left + box.width / 2 + 1)).toBe('next');
  });

  it('forgives a tap that wanders a little', () => {
    expect(stroke(TAP_SLOP_PX - 8, 10, 300)).toBe('next');
  });

  it('turns the page the way the finger swipes, wherever it starts', () => {
    expect(stroke(-SWIPE_MIN_PX, 0, 300)).toBe('next');
    expect(stroke(-120, 30, 100)).toBe('next');
    expect(stroke(SWIPE_MIN_PX, 0, 300)).toBe('previous');
    expect(stroke(150, -40, 300)).toBe('previous');
  });

  it('ignores vertical and diagonal strokes, and movements between a tap and a swipe', () => {
    expect(stroke(0, -200)).toBeNull();
    expect(stroke(60, 60)).toBeNull();
    expect(stroke(SWIPE_MIN_PX - 5, 0)).toBeNull();
  });
});
