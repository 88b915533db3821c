/**
 * What the preview needs from the desktop, as a port: the core never sees X11 or a JPEG
 * encoder. The capture is split in two so that a still screen costs a capture and a
 * signature, and only a changed one is encoded.
 */
export interface ScreenCapture {
  /** The screen now, downscaled. Rejects when the screen can no longer be read. */
  capture(): Promise<CapturedScreen>;
  close(): void;
}

export interface CapturedScreen {
  /** See screen-signature.ts: equal signatures mean nothing worth sending changed. */
  readonly signature: Uint8Array;
  /** The thumbnail as a JPEG, in base64, at most `maxBase64Length` characters. */
  encode(maxBase64Length: number): Promise<EncodedScreen>;
}

export interface EncodedScreen {
  readonly width: number;
  readonly height: number;
  readonly jpegBase64: string;
}
