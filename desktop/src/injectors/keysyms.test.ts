import { describe, expect, it } from 'vitest';
import { KEYSYM, keysymForCodePoint, keysymsForText } from './keysyms.js';

const cp = (character: string) => character.codePointAt(0) as number;

describe('keysymForCodePoint', () => {
  it('is the code point itself for printable ASCII and Latin-1', () => {
    for (const character of [' ', '!', 'A', '~', '\u00a0', 'é', 'ÿ']) expect(keysymForCodePoint(cp(character))).toBe(cp(character));
  });

  it('is the Unicode keysym everywhere else, beyond U+FFFF too', () => {
    expect(keysymForCodePoint(cp('€'))).toBe(0x010020ac);
    expect(keysymForCodePoint(cp('œ'))).toBe(0x01000153);
    expect(keysymForCodePoint(cp('你'))).toBe(0x01004f60);
    expect(keysymForCodePoint(cp('👍'))).toBe(0x0101f44d);
  });
});

describe('keysymsForText', () => {
  it('gives one keysym per character, emoji sequences as the code points they are made of', () => {
    expect(keysymsForText('Aé你')).toEqual([0x41, 0xe9, 0x01004f60]);
    // Thumbs up, medium skin tone: two code points. Woman technologist: three, with a joiner.
    expect(keysymsForText('👍🏽')).toEqual([0x0101f44d, 0x0101f3fd]);
    expect(keysymsForText('👩‍💻')).toEqual([0x0101f469, 0x0100200d, 0x0101f4bb]);
    expect(keysymsForText('e\u0301')).toEqual([0x65, 0x01000301]);
  });

  it('types line breaks as Return (CR LF as one) and tabs as Tab', () => {
    expect(keysymsForText('a\nb\r\nc\rd\te')).toEqual([0x61, KEYSYM.Return, 0x62, KEYSYM.Return, 0x63, KEYSYM.Return, 0x64, KEYSYM.Tab, 0x65]);
    expect(keysymsForText('\r\n\r\n')).toEqual([KEYSYM.Return, KEYSYM.Return]);
  });

  it('refuses other control characters, saying which and where', () => {
    for (const [text, where] of [['ab\u0007', 'U+0007) at position 2'], ['\u007f', 'U+007F) at position 0'], ['👍\u0085', 'U+0085) at position 2']]) {
      expect(() => keysymsForText(text as string)).toThrow(expect.objectContaining({ code: 'unsupported-character', message: expect.stringContaining(where as string) }));
    }
  });

  it('refuses a lone surrogate', () => {
    expect(() => keysymsForText('ab\ud83dc')).toThrow(expect.objectContaining({ code: 'invalid-text', message: expect.stringContaining('(U+D83D) at position 2') }));
    expect(() => keysymsForText('\udc4d')).toThrow(expect.objectContaining({ code: 'invalid-text' }));
  });

  it('types nothing for an empty text', () => {
    expect(keysymsForText('')).toEqual([]);
  });
});
