import { TextTypingError } from './text-typer.js';

/**
 * What every text typer types, whatever its method (keysyms, SendInput, CoreGraphics events, a
 * paste): runs of characters, and the keys that stand for a line break (Return) and a tab (Tab).
 * Checked here once, so that each typer refuses the same texts, before typing any of them.
 */

export type TextPiece = { readonly key: 'Return' | 'Tab' } | { readonly characters: string };

/**
 * The text as pieces: a line break (LF, CR or CR LF) is Return and a tab is Tab. Throws on what
 * cannot be typed: a lone surrogate (no character at all) or another control character
 * (applications drop them: they are not text).
 */
export function textPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let run = '';
  const key = (name: 'Return' | 'Tab'): void => {
    if (run) pieces.push({ characters: run });
    run = '';
    pieces.push({ key: name });
  };
  let index = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) as number;
    if (character === '\n' && text[index - 1] === '\r') {
      // The LF of a CR LF pair: the CR already pressed Return.
    } else if (character === '\n' || character === '\r') {
      key('Return');
    } else if (character === '\t') {
      key('Tab');
    } else if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      throw new TextTypingError('invalid-text', `The text is not valid Unicode: it has a lone surrogate (${name(codePoint)}) at position ${index}.`);
    } else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
      throw new TextTypingError('unsupported-character', `The text has a control character (${name(codePoint)}) at position ${index}, which cannot be typed.`);
    } else {
      run += character;
    }
    index += character.length;
  }
  if (run) pieces.push({ characters: run });
  return pieces;
}

function name(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
