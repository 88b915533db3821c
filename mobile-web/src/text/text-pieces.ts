import { LIMITS, SEAL_OVERHEAD_BYTES } from '@touchdesk/shared';
import type { GraphemeBoundaries } from './graphemes.js';

/**
 * The most a `text` message's text may take once the message is JSON, UTF-8 and sealed. The
 * host closes the socket (1009) on a larger frame, and the outbox would then resend the same
 * message after every reconnect, forever; LIMITS.maxTextLength alone does not prevent that,
 * because 1000 control characters take 6000 bytes as JSON escapes.
 */
export const MAX_TEXT_BYTES =
  LIMITS.maxFrameBytes -
  SEAL_OVERHEAD_BYTES -
  JSON.stringify({ type: 'text', seq: Number.MAX_SAFE_INTEGER, text: '' }).length;

export interface PieceLimits {
  /** UTF-16 units per piece. */
  readonly units: number;
  /** Bytes per piece as a JSON string's contents, in UTF-8. */
  readonly bytes: number;
}

export const TEXT_PIECE_LIMITS: PieceLimits = { units: LIMITS.maxTextLength, bytes: MAX_TEXT_BYTES };

/** What `JSON.stringify` makes of one code point, in UTF-8 bytes. */
function jsonBytes(codePoint: number): number {
  if (codePoint === 0x22 || codePoint === 0x5c) return 2;
  // \b \t \n \f \r
  if (codePoint === 0x08 || codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0c || codePoint === 0x0d) return 2;
  if (codePoint < 0x20) return 6;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // A lone surrogate: `\udxxx` from engines with well-formed JSON.stringify, U+FFFD otherwise.
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 6;
  return codePoint > 0xffff ? 4 : 3;
}

export function jsonTextBytes(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index) as number;
    bytes += jsonBytes(codePoint);
    index += codePoint > 0xffff ? 2 : 1;
  }
  return bytes;
}

/**
 * Cuts `text` into pieces that each fit one `text` message, in order, none empty, together
 * exactly `text`. Cuts fall between characters (grapheme clusters), so a desktop never types
 * half an emoji or an accent apart from its letter; only a single character larger than a
 * whole piece (hundreds of stacked marks) is cut between its code points, and never inside a
 * surrogate pair.
 */
export function splitText(text: string, boundaries: GraphemeBoundaries, limits: PieceLimits = TEXT_PIECE_LIMITS): string[] {
  const pieces: string[] = [];
  let start = 0;
  let units = 0;
  let bytes = 0;
  const add = (from: number, to: number) => {
    const size = jsonTextBytes(text.slice(from, to));
    if (units + (to - from) > limits.units || bytes + size > limits.bytes) {
      if (from > start) pieces.push(text.slice(start, from));
      start = from;
      units = 0;
      bytes = 0;
    }
    units += to - from;
    bytes += size;
  };
  const ends = boundaries(text);
  for (let i = 1; i < ends.length; i += 1) {
    const from = ends[i - 1] as number;
    const to = ends[i] as number;
    const size = jsonTextBytes(text.slice(from, to));
    if (to - from <= limits.units && size <= limits.bytes) {
      add(from, to);
      continue;
    }
    for (let index = from; index < to; ) {
      const width = (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
      add(index, index + width);
      index += width;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
