import { describe, expect, it } from 'vitest';
import { textPieces } from './text-pieces.js';

describe('textPieces', () => {
  it('keeps runs of characters whole, emoji sequences and combining marks included', () => {
    expect(textPieces('Ça va 👩‍💻 cafe\u0301')).toEqual([{ characters: 'Ça va 👩‍💻 cafe\u0301' }]);
  });

  it('splits the runs at line breaks (CR LF as one) and tabs', () => {
    expect(textPieces('a\r\nb\tc\n\nd\r')).toEqual([
      { characters: 'a' },
      { key: 'Return' },
      { characters: 'b' },
      { key: 'Tab' },
      { characters: 'c' },
      { key: 'Return' },
      { key: 'Return' },
      { characters: 'd' },
      { key: 'Return' },
    ]);
  });

  it('refuses the whole text for one character it cannot type, saying which and where', () => {
    expect(() => textPieces('ok\u001b[2J')).toThrow(expect.objectContaining({ code: 'unsupported-character', message: expect.stringContaining('(U+001B) at position 2') }));
    expect(() => textPieces('👍\ud83d')).toThrow(expect.objectContaining({ code: 'invalid-text' }));
  });

  it('has no pieces for an empty text', () => {
    expect(textPieces('')).toEqual([]);
  });
});
