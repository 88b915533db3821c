import { textPieces } from './text-pieces.js';

/**
 * What the macOS text typer posts for a text: keyboard events that carry their characters
 * (CGEventKeyboardSetUnicodeString), so the keyboard layout does not matter, and Return and Tab
 * as the keys themselves (applications act on those keys, not on a CR or TAB character).
 *
 * One event carries at most 20 UTF-16 units: CGEventKeyboardSetUnicodeString ignores the rest
 * (Apple's reference: "applications may ignore characters beyond the first 20"). The text is
 * cut between grapheme clusters, so that an emoji with its skin tone, a flag or a letter with
 * its accent arrives in one event; only a cluster longer than 20 units is cut, between code
 * points, never inside a surrogate pair.
 */

export type MacKeystroke = { readonly keycode: number } | { readonly characters: string };

/** Virtual keycodes (Carbon's kVK_Return, kVK_Tab): the same key on every layout. */
export const MAC_KEYCODE = {
  Return: 0x24,
  Tab: 0x30,
} as const;

export const MAX_UNITS_PER_EVENT = 20;

/**
 * Made on first use: a segmenter pages in ICU's break-iteration data, 2.5 MB of the host's
 * memory, and this module is loaded on every platform but used on macOS alone.
 */
let graphemes: Intl.Segmenter | undefined;

/** The keystrokes that type `text`. Throws, before anything is typed, as textPieces does. */
export function macKeystrokes(text: string, maxUnits: number = MAX_UNITS_PER_EVENT): MacKeystroke[] {
  const strokes: MacKeystroke[] = [];
  for (const piece of textPieces(text)) {
    if ('key' in piece) strokes.push({ keycode: MAC_KEYCODE[piece.key] });
    else for (const characters of chunks(piece.characters, maxUnits)) strokes.push({ characters });
  }
  return strokes;
}

function chunks(text: string, maxUnits: number): string[] {
  const result: string[] = [];
  let chunk = '';
  const add = (part: string): void => {
    if (chunk.length + part.length > maxUnits && chunk !== '') {
      result.push(chunk);
      chunk = '';
    }
    chunk += part;
  };
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(text)) {
    if (segment.length <= maxUnits) add(segment);
    else for (const codePoint of segment) add(codePoint);
  }
  if (chunk !== '') result.push(chunk);
  return result;
}
