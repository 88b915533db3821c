import { TextTypingError } from './text-typer.js';

/**
 * X keysyms for text: which keysym stands for each character of a text.
 *
 * Every Unicode character has one, so every text can be typed as key presses: measured in
 * Chromium on X11 (a textarea), characters beyond U+FFFF (emoji, with skin tones, joiners and
 * flags), combining marks, format characters and private-use code points all arrive exactly.
 * Control characters are the exception: no application takes them from a key.
 */

export const KEYSYM = {
  Tab: 0xff09,
  Return: 0xff0d,
} as const;

/**
 * The keysym of a character. Latin-1 keysyms are the code point itself (printable ASCII and
 * U+00A0–U+00FF); every other character has the Unicode keysym 0x01000000 + code point.
 */
export function keysymForCodePoint(codePoint: number): number {
  if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return 0x0100_0000 + codePoint;
}

/**
 * One keysym per character to type: a line break (LF, CR or CR LF) is Return and a tab is Tab.
 * Throws, before anything is typed, on what cannot be typed: a lone surrogate (no character at
 * all) or another control character (applications drop them: they are not text).
 */
export function keysymsForText(text: string): number[] {
  const keysyms: number[] = [];
  let index = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) as number;
    if (character === '\n' && text[index - 1] === '\r') {
      // The LF of a CR LF pair: the CR already pressed Return.
    } else if (character === '\n' || character === '\r') {
      keysyms.push(KEYSYM.Return);
    } else if (character === '\t') {
      keysyms.push(KEYSYM.Tab);
    } else if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      throw new TextTypingError('invalid-text', `The text is not valid Unicode: it has a lone surrogate (${name(codePoint)}) at position ${index}.`);
    } else if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
      throw new TextTypingError('unsupported-character', `The text has a control character (${name(codePoint)}) at position ${index}, which cannot be typed.`);
    } else {
      keysyms.push(keysymForCodePoint(codePoint));
    }
    index += character.length;
  }
  return keysyms;
}

function name(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
