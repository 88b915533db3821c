import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { encodeJpegWithin } from './jpeg-encoder.js';

/** A slide: white, with a dark title bar. */
function slide(width: number, height: number): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(width * height * 4).fill(255);
  for (let y = 0; y < height / 5; y++) data.fill(40, y * width * 4, (y + 1) * width * 4);
  return { width, height, data };
}

/** Noise: the worst case for JPEG, nothing to compress. */
function noise(width: number, height: number): { width: number; height: number; data: Uint8Array } {
  let seed = 1;
  const data = Uint8Array.from({ length: width * height * 4 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >>> 23);
  return { width, height, data };
}

describe('encodeJpegWithin', () => {
  it('encodes a slide as a JPEG that decodes to the same picture', () => {
    const encoded = encodeJpegWithin(slide(480, 270), 60_000);
    expect(encoded).toMatchObject({ width: 480, height: 270 });
    const decoded = jpeg.decode(Buffer.from(encoded.jpegBase64, 'base64'), { useTArray: true });
    expect(decoded.width).toBe(480);
    expect(decoded.data[0]).toBeLessThan(60); // the title bar, top left
    expect(decoded.data[(200 * 480 + 240) * 4]).toBeGreaterThan(230); // the white body
  });

  it('lowers the quality, then the size, until the JPEG fits', () => {
    const encoded = encodeJpegWithin(noise(480, 270), 20_000);
    expect(encoded.jpegBase64.length).toBeLessThanOrEqual(20_000);
    expect(encoded.width).toBeLessThan(480);
  });
});
