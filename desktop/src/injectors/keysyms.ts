import { textPieces } from './text-pieces.js';

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

/** One keysym per character to type, Return and Tab for line breaks and tabs; throws as textPieces does. */
export function keysymsForText(text: string): number[] {
  return textPieces(text).flatMap((piece) =>
    'key' in piece ? [KEYSYM[piece.key]] : [...piece.characters].map((character) => keysymForCodePoint(character.codePointAt(0) as number)),
  );
}
