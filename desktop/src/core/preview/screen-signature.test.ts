import { describe, expect, it } from 'vitest';
import { SIGNATURE_COLUMNS, SIGNATURE_ROWS, screenChanged, screenSignature } from './screen-signature.js';

const WIDTH = 480;
const HEIGHT = 270;

/** A grey screen with an optional filled rectangle, as RGBA. */
function screen(fill: number, box?: { x: number; y: number; w: number; h: number; value: number }): Uint8Array {
  const rgba = new Uint8Array(WIDTH * HEIGHT * 4).fill(fill);
  if (box) {
    for (let y = box.y; y < box.y + box.h; y++) {
      for (let x = box.x; x < box.x + box.w; x++) rgba.fill(box.value, (y * WIDTH + x) * 4, (y * WIDTH + x) * 4 + 3);
    }
  }
  return rgba;
}

describe('screenSignature', () => {
  it('is a coarse grid of brightness', () => {
    const signature = screenSignature(screen(200), WIDTH, HEIGHT);
    expect(signature.length).toBe(SIGNATURE_COLUMNS * SIGNATURE_ROWS);
    expect(new Set(signature)).toEqual(new Set([200]));
  });

  it('weighs green above red above blue, as the eye does', () => {
    const pixel = (r: number, g: number, b: number) => screenSignature(Uint8Array.from([r, g, b, 255]), 1, 1)[0];
    expect(pixel(0, 255, 0)).toBeGreaterThan(pixel(255, 0, 0) ?? 0);
    expect(pixel(255, 0, 0)).toBeGreaterThan(pixel(0, 0, 255) ?? 0);
  });

  it('handles images smaller than the grid', () => {
    expect(() => screenSignature(screen(10).subarray(0, 4 * 3 * 2), 3, 2)).not.toThrow();
  });
});

describe('screenChanged', () => {
  const still = screenSignature(screen(255), WIDTH, HEIGHT);

  it('calls the first look a change', () => {
    expect(screenChanged(undefined, still)).toBe(true);
  });

  it('sees no change in the same screen captured again', () => {
    expect(screenChanged(still, screenSignature(screen(255), WIDTH, HEIGHT))).toBe(false);
  });

  it('sees a new slide', () => {
    expect(screenChanged(still, screenSignature(screen(30), WIDTH, HEIGHT))).toBe(true);
  });

  it('sees one short line of text appear (a bullet point revealed)', () => {
    const bullet = screenSignature(screen(255, { x: 100, y: 100, w: 6, h: 3, value: 0 }), WIDTH, HEIGHT);
    expect(screenChanged(still, bullet)).toBe(true);
  });

  it('ignores a change too faint to see in a thumbnail (one pixel shaded a little)', () => {
    const faint = screenSignature(screen(255, { x: 100, y: 100, w: 1, h: 1, value: 195 }), WIDTH, HEIGHT);
    expect(screenChanged(still, faint)).toBe(false);
  });
});
