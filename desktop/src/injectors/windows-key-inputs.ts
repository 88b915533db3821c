import { textPieces } from './text-pieces.js';

/**
 * What the Windows text typer hands SendInput for a text: keyboard input records (KEYBDINPUT),
 * in batches. A character goes as KEYEVENTF_UNICODE events, which Windows delivers to the
 * focused window as the character itself (VK_PACKET, then WM_CHAR), whatever the keyboard
 * layout: one key down and up per UTF-16 code unit, so a character beyond U+FFFF is its two
 * surrogates in order, which the window puts back together. Return and Tab go as their virtual
 * keys: applications act on those keys, and may ignore a CR or TAB character.
 */

/** The fields of a KEYBDINPUT that typing sets; `time` and `dwExtraInfo` stay 0. */
export interface KeyboardInput {
  readonly wVk: number;
  readonly wScan: number;
  readonly dwFlags: number;
}

export const KEYEVENTF = {
  KEYUP: 0x0002,
  UNICODE: 0x0004,
} as const;

/**
 * Virtual key and scan code (set 1) of each key a text presses. The scan code too, because some
 * applications (remote desktop clients, games) read it rather than the virtual key.
 */
const KEYS = {
  Return: { wVk: 0x0d, wScan: 0x1c },
  Tab: { wVk: 0x09, wScan: 0x0f },
} as const;

/**
 * At most this many records per SendInput call. Windows inserts one call's events together,
 * with no other input between them; a bounded call keeps the user's own keyboard and mouse
 * from waiting behind a long paste, and stops typing close to where a refusal happened.
 */
export const MAX_INPUTS_PER_BATCH = 256;

/**
 * The records that type `text`, in batches that never split a character (a surrogate pair's
 * four events) or a key's down and up. Throws, before anything is typed, as textPieces does.
 */
export function keyboardInputBatches(text: string, maxPerBatch: number = MAX_INPUTS_PER_BATCH): KeyboardInput[][] {
  const batches: KeyboardInput[][] = [];
  let batch: KeyboardInput[] = [];
  const add = (inputs: readonly KeyboardInput[]): void => {
    if (batch.length + inputs.length > maxPerBatch && batch.length > 0) {
      batches.push(batch);
      batch = [];
    }
    batch.push(...inputs);
  };
  for (const piece of textPieces(text)) {
    if ('key' in piece) {
      const { wVk, wScan } = KEYS[piece.key];
      add([
        { wVk, wScan, dwFlags: 0 },
        { wVk, wScan, dwFlags: KEYEVENTF.KEYUP },
      ]);
      continue;
    }
    for (const character of piece.characters) {
      const inputs: KeyboardInput[] = [];
      for (let index = 0; index < character.length; index++) {
        const unit = character.charCodeAt(index);
        inputs.push({ wVk: 0, wScan: unit, dwFlags: KEYEVENTF.UNICODE }, { wVk: 0, wScan: unit, dwFlags: KEYEVENTF.UNICODE | KEYEVENTF.KEYUP });
      }
      add(inputs);
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
