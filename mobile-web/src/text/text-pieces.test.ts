import { LIMITS, SEAL_OVERHEAD_BYTES } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { graphemeBoundaries } from './graphemes.js';
import { jsonTextBytes, MAX_TEXT_BYTES, splitText, TEXT_PIECE_LIMITS } from './text-pieces.js';

const boundaries = graphemeBoundaries();
const FAMILY = '👨‍👩‍👧';

/** The bytes the host receives for a `text` message holding `text`, sealed. */
function sealedBytes(text: string): number {
  const json = JSON.stringify({ type: 'text', seq: Number.MAX_SAFE_INTEGER, text });
  return new TextEncoder().encode(json).length + SEAL_OVERHEAD_BYTES;
}

function expectFits(pieces: readonly string[]): void {
  for (const piece of pieces) {
    expect(piece.length).toBeGreaterThan(0);
    expect(piece.length).toBeLessThanOrEqual(LIMITS.maxTextLength);
    expect(sealedBytes(piece)).toBeLessThanOrEqual(LIMITS.maxFrameBytes);
  }
}

describe('jsonTextBytes', () => {
  it('counts what JSON.stringify makes of the text, in UTF-8', () => {
    for (const text of ['plain', 'quote " and \\', 'tab\tnew\nline', '\u0001\u001f', '你好', 'é', '😀', FAMILY, '\u2028']) {
      expect(jsonTextBytes(text), text).toBe(new TextEncoder().encode(JSON.stringify(text)).length - 2);
    }
  });
});

describe('splitText', () => {
  it('leaves short text whole', () => {
    expect(splitText('hello', boundaries)).toEqual(['hello']);
    expect(splitText('', boundaries)).toEqual([]);
  });

  it('cuts long ASCII at the UTF-16 limit', () => {
    const text = 'a'.repeat(2500);
    const pieces = splitText(text, boundaries);
    expect(pieces.map((piece) => piece.length)).toEqual([1000, 1000, 500]);
    expect(pieces.join('')).toBe(text);
  });

  it('never cuts an emoji, a flag or an accented letter apart', () => {
    const text = `${'a'.repeat(999)}${FAMILY}🇨🇳e\u0301`.repeat(3);
    const pieces = splitText(text, boundaries);
    expect(pieces.join('')).toBe(text);
    expectFits(pieces);
    for (const piece of pieces) {
      const ends = boundaries(text);
      expect(ends).toContain(text.indexOf(piece) + piece.length);
      expect(piece.charCodeAt(piece.length - 1) & 0xfc00).not.toBe(0xd800);
    }
    expect(pieces[0]).toBe('a'.repeat(999));
  });

  it('keeps CJK in pieces that fit a frame', () => {
    const text = '漢字かなカナ한국어'.repeat(400);
    const pieces = splitText(text, boundaries);
    expect(pieces.join('')).toBe(text);
    expectFits(pieces);
  });

  it('cuts text of control characters by bytes: 1000 of them would be 6000 bytes of JSON', () => {
    const text = '\u0001'.repeat(1000);
    expect(sealedBytes(text)).toBeGreaterThan(LIMITS.maxFrameBytes);
    const pieces = splitText(text, boundaries);
    expect(pieces.length).toBe(2);
    expect(pieces.join('')).toBe(text);
    expectFits(pieces);
  });

  it('cuts one enormous character (stacked marks) between code points, never in a pair', () => {
    const text = `😀${'\u0301'.repeat(1500)}`;
    const pieces = splitText(text, boundaries);
    expect(pieces.join('')).toBe(text);
    expectFits(pieces);
    expect(pieces[0]?.startsWith('😀')).toBe(true);
  });

  it('leaves room for the largest sequence number', () => {
    expect(MAX_TEXT_BYTES).toBe(LIMITS.maxFrameBytes - SEAL_OVERHEAD_BYTES - 48);
    expect(TEXT_PIECE_LIMITS.units).toBe(LIMITS.maxTextLength);
  });

  it('obeys smaller limits too', () => {
    expect(splitText('abc你好', boundaries, { units: 100, bytes: 5 })).toEqual(['abc', '你', '好']);
    expect(splitText('abcdef', boundaries, { units: 4, bytes: 100 })).toEqual(['abcd', 'ef']);
  });
});
