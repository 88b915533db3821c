import { describe, expect, it } from 'vitest';
import { DIM_OPACITY, screenBounds, spotFor, spotlightBackground } from './spotlight-geometry.js';

const LAPTOP = { x: 0, y: 0, width: 1280, height: 800 };
/** A projector to the right of the laptop, taller. */
const PROJECTOR = { x: 1280, y: 0, width: 1920, height: 1080 };

describe('spotFor', () => {
  it('puts the circle where the pointer is on a single monitor', () => {
    expect(spotFor([LAPTOP], 0.25, 0.5)).toEqual({ display: LAPTOP, x: 320, y: 400, radius: 100 });
  });

  it('picks the monitor under the pointer and works in its own coordinates', () => {
    expect(screenBounds([LAPTOP, PROJECTOR])).toEqual({ x: 0, y: 0, width: 3200, height: 1080 });
    expect(spotFor([LAPTOP, PROJECTOR], 0.7, 0.5)).toEqual({ display: PROJECTOR, x: 960, y: 540, radius: 135 });
    expect(spotFor([LAPTOP, PROJECTOR], 0.1, 0.1)?.display).toBe(LAPTOP);
  });

  it('gives a point below the shorter monitor to the nearest one', () => {
    // Under the laptop (which ends at y 800), left of the projector.
    expect(spotFor([LAPTOP, PROJECTOR], 0.2, 0.95)?.display).toBe(LAPTOP);
  });

  it('has no spot without a monitor', () => {
    expect(spotFor([], 0.5, 0.5)).toBeUndefined();
  });
});

describe('spotlightBackground', () => {
  it('leaves the circle clear and dims the rest', () => {
    expect(spotlightBackground({ x: 320, y: 400, radius: 100 })).toBe(
      `radial-gradient(circle at 320px 400px, rgba(0,0,0,0) 100px, rgba(0,0,0,${DIM_OPACITY}) 104px)`,
    );
  });

  it('refuses anything but finite numbers, so nothing else reaches the page', () => {
    expect(() => spotlightBackground({ x: Number.NaN, y: 0, radius: 1 })).toThrow(RangeError);
  });
});
