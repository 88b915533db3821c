/**
 * A screen capture made small: the pixels X hands over (32 bits each, colours where the
 * visual's masks say) averaged into an RGBA thumbnail, each thumbnail pixel the mean of the
 * screen pixels it covers, so thin text and lines fade rather than vanish.
 */

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** 4 bytes a pixel, rows top to bottom, alpha 255. */
  readonly data: Uint8Array;
}

export interface ChannelMasks {
  readonly redMask: number;
  readonly greenMask: number;
  readonly blueMask: number;
}

/** The largest size within the box that keeps the screen's shape; never larger than the screen. */
export function thumbnailSize(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * `pixels` holds `height` rows of `rowPixels` 32-bit pixels each (rows may be padded past
 * `width`), in this machine's byte order. This runs four times a second over every pixel of
 * the screen while a phone watches: it keeps to integer sums and indexed reads (`as number`
 * where an index is known to be in range) so a 1280x800 screen takes a few milliseconds.
 */
export function downscale(pixels: Uint32Array, rowPixels: number, width: number, height: number, masks: ChannelMasks, size: { width: number; height: number }): RgbaImage {
  const red = channelOf(masks.redMask);
  const green = channelOf(masks.greenMask);
  const blue = channelOf(masks.blueMask);
  const cells = size.width * size.height;
  const sums = new Uint32Array(cells * 3);
  const counts = new Uint32Array(cells);
  const columnOf = new Uint32Array(width);
  for (let x = 0; x < width; x++) columnOf[x] = Math.min(size.width - 1, Math.floor((x * size.width) / width));
  for (let y = 0; y < height; y++) {
    const rowStart = Math.min(size.height - 1, Math.floor((y * size.height) / height)) * size.width;
    const source = y * rowPixels;
    for (let x = 0; x < width; x++) {
      const pixel = pixels[source + x] as number;
      const cell = rowStart + (columnOf[x] as number);
      const at = cell * 3;
      sums[at] = (sums[at] as number) + ((pixel >>> red.shift) & red.max);
      sums[at + 1] = (sums[at + 1] as number) + ((pixel >>> green.shift) & green.max);
      sums[at + 2] = (sums[at + 2] as number) + ((pixel >>> blue.shift) & blue.max);
      counts[cell] = (counts[cell] as number) + 1;
    }
  }
  const data = new Uint8Array(cells * 4);
  for (let cell = 0; cell < cells; cell++) {
    const count = counts[cell] || 1;
    data[cell * 4] = Math.round(((sums[cell * 3] as number) * red.scale) / count);
    data[cell * 4 + 1] = Math.round(((sums[cell * 3 + 1] as number) * green.scale) / count);
    data[cell * 4 + 2] = Math.round(((sums[cell * 3 + 2] as number) * blue.scale) / count);
    data[cell * 4 + 3] = 255;
  }
  return { width: size.width, height: size.height, data };
}

/** Where one colour sits in a pixel, and the factor that takes its range to 0..255. */
function channelOf(mask: number): { shift: number; max: number; scale: number } {
  if (mask === 0) return { shift: 0, max: 0, scale: 0 };
  let shift = 0;
  while (((mask >>> shift) & 1) === 0) shift++;
  const max = mask >>> shift;
  return { shift, max, scale: 255 / max };
}
