import { describe, expect, it } from 'vitest';
import { downscale, thumbnailSize } from './screen-thumbnail.js';

/** The usual 24-bit visual: 0x00RRGGBB in a 32-bit pixel. */
const RGB24 = { redMask: 0xff0000, greenMask: 0x00ff00, blueMask: 0x0000ff };

describe('thumbnailSize', () => {
  it('keeps the screen’s shape within the box', () => {
    expect(thumbnailSize(1920, 1080, 480, 360)).toEqual({ width: 480, height: 270 });
    expect(thumbnailSize(1280, 1024, 480, 360)).toEqual({ width: 450, height: 360 });
  });

  it('never enlarges a small screen', () => {
    expect(thumbnailSize(320, 200, 480, 360)).toEqual({ width: 320, height: 200 });
  });
});

describe('downscale', () => {
  it('averages the screen pixels each thumbnail pixel covers', () => {
    // 4x2 screen: left half red, right half alternating white and black.
    const pixels = Uint32Array.from([0xff0000, 0xff0000, 0xffffff, 0x000000, 0xff0000, 0xff0000, 0x000000, 0xffffff]);
    const thumb = downscale(pixels, 4, 4, 2, RGB24, { width: 2, height: 1 });
    expect([...thumb.data]).toEqual([255, 0, 0, 255, 128, 128, 128, 255]);
  });

  it('skips the padding at the end of each row', () => {
    const pixels = Uint32Array.from([0x0000ff, 0xdeadbe, 0x0000ff, 0xdeadbe]);
    const thumb = downscale(pixels, 2, 1, 2, RGB24, { width: 1, height: 1 });
    expect([...thumb.data]).toEqual([0, 0, 255, 255]);
  });

  it('reads colours wherever the visual’s masks put them (a BGR visual, a 16-bit 565 one)', () => {
    const bgr = downscale(Uint32Array.from([0x0000ff]), 1, 1, 1, { redMask: 0x0000ff, greenMask: 0x00ff00, blueMask: 0xff0000 }, { width: 1, height: 1 });
    expect([...bgr.data]).toEqual([255, 0, 0, 255]);
    const rgb565 = downscale(Uint32Array.from([0b11111_000000_00000]), 1, 1, 1, { redMask: 0xf800, greenMask: 0x07e0, blueMask: 0x001f }, { width: 1, height: 1 });
    expect([...rgb565.data]).toEqual([255, 0, 0, 255]);
  });
});
