import type { CapturedScreen, ScreenCapture } from '../core/preview/screen-capture-port.js';
import { screenSignature } from '../core/preview/screen-signature.js';
import { encodeJpegWithin } from './jpeg-encoder.js';
import { downscale, thumbnailSize } from './screen-thumbnail.js';
import { X11Connection } from './x11-protocol.js';

/** The preview's size on the phone: sharp at a phone's width, small enough to send often. */
const THUMBNAIL_BOX = { width: 480, height: 360 } as const;

/**
 * The slide preview's eyes on X11: GetImage of the root window (the whole screen as shown,
 * every monitor) through the pure-JS `x11` client, made small at once. The connection is
 * opened on the first capture, not when the host starts (most hosts never show a preview),
 * and opened again after the X server dropped it.
 */
export class X11ScreenCapture implements ScreenCapture {
  private connection: Promise<X11Connection> | undefined;

  constructor(private readonly display: string) {}

  async capture(): Promise<CapturedScreen> {
    const x = await this.connect();
    const { width, height } = await x.geometry(x.root);
    const image = await x.getImage(x.root, 0, 0, width, height);
    const format = x.pixelFormat(image.depth, image.visualId);
    if (!format || format.bitsPerPixel !== 32 || !format.leastSignificantByteFirst) {
      throw new Error(`The X display ${this.display} stores pixels in a layout the preview does not read (depth ${image.depth}).`);
    }
    const { data } = image;
    // Whole 32-bit pixels in this (little-endian) machine's order: read in place when aligned.
    const aligned = data.byteOffset % 4 === 0 ? data : Buffer.from(data);
    const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
    const thumbnail = downscale(pixels, format.rowBytes(width) / 4, width, height, format, thumbnailSize(width, height, THUMBNAIL_BOX.width, THUMBNAIL_BOX.height));
    return {
      signature: screenSignature(thumbnail.data, thumbnail.width, thumbnail.height),
      encode: async (maxBase64Length) => encodeJpegWithin(thumbnail, maxBase64Length),
    };
  }

  close(): void {
    const connection = this.connection;
    this.connection = undefined;
    void connection?.then((x) => x.close()).catch(() => undefined);
  }

  private async connect(): Promise<X11Connection> {
    const current = await this.connection?.catch(() => undefined);
    if (current?.isOpen) return current;
    this.connection = X11Connection.open(this.display);
    return this.connection;
  }
}
