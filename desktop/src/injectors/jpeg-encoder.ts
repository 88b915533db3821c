import jpeg from 'jpeg-js';
import type { EncodedScreen } from '../core/preview/screen-capture-port.js';
import { type RgbaImage, thumbnailSize } from './screen-thumbnail.js';

/**
 * Qualities tried in turn until the JPEG fits. Slides (flat colour, text) fit at the first;
 * a photo full of detail may need the next; past the last the image itself gets smaller.
 */
const QUALITIES = [70, 50, 35] as const;

/**
 * The thumbnail as a JPEG in base64, at most `maxBase64Length` characters. jpeg-js is a pure-JS
 * encoder: no native build for each Electron and Node version, no install script.
 */
export function encodeJpegWithin(image: RgbaImage, maxBase64Length: number): EncodedScreen {
  for (let current = image; ; current = halve(current)) {
    for (const quality of QUALITIES) {
      const jpegBase64 = Buffer.from(jpeg.encode({ width: current.width, height: current.height, data: current.data }, quality).data).toString('base64');
      if (jpegBase64.length <= maxBase64Length) return { width: current.width, height: current.height, jpegBase64 };
    }
    if (current.width <= 16 || current.height <= 16) throw new Error(`A preview cannot be made to fit ${maxBase64Length} characters.`);
  }
}

/** Half the size, each pixel the mean of four. */
function halve(image: RgbaImage): RgbaImage {
  const { width, height } = thumbnailSize(image.width, image.height, Math.floor(image.width / 2), Math.floor(image.height / 2));
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        const at = (dy: number, dx: number) => image.data[((2 * y + dy) * image.width + 2 * x + dx) * 4 + c] ?? 0;
        data[(y * width + x) * 4 + c] = Math.round((at(0, 0) + at(0, 1) + at(1, 0) + at(1, 1)) / 4);
      }
    }
  }
  return { width, height, data };
}
