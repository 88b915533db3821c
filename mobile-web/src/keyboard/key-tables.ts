import { DIGIT_KEYS, LETTER_KEYS, NAMED_KEYS, type NamedKey } from '@touchdesk/shared';

/**
 * Which of shared's named keys the keyboard mode offers as buttons, and what their caps show.
 * The names themselves come from shared; this only picks and labels them.
 */

/** The first row: what a phone keyboard lacks. */
export const SPECIAL_KEYS = [
  'Escape', 'Tab', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'ArrowRight',
  'Home', 'End', 'PageUp', 'PageDown', 'Delete',
] as const satisfies readonly NamedKey[];
export type SpecialKey = (typeof SPECIAL_KEYS)[number];

/** The second row. */
export const FUNCTION_KEYS = [
  'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12',
] as const satisfies readonly NamedKey[];
export type FunctionKey = (typeof FUNCTION_KEYS)[number];

/** What the key caps show; the same in every language. Function keys show their own names. */
export const SPECIAL_KEY_CAPS: Readonly<Record<SpecialKey, string>> = {
  Escape: 'Esc',
  Tab: 'Tab',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowRight: '→',
  Home: 'Home',
  End: 'End',
  PageUp: 'PgUp',
  PageDown: 'PgDn',
  Delete: 'Del',
};

/**
 * Keys a phone's own keyboard (or a Bluetooth one) reports in `keydown` that the field must
 * not handle itself: they go to the desktop as keys. `KeyboardEvent.key` and shared's names
 * agree for all of them. Enter and Backspace are handled apart (TypingMirror). Tab is not
 * taken: it moves the focus on, so a hardware keyboard is never trapped in the field. The Tab
 * button sends it, and Ctrl/Alt/Cmd+Tab from a hardware keyboard still go as chords.
 */
const FORWARDED_KEYS: ReadonlySet<string> = new Set<string>([...SPECIAL_KEYS, ...FUNCTION_KEYS].filter((key) => key !== 'Tab'));

export function forwardedKey(eventKey: string): NamedKey | null {
  return FORWARDED_KEYS.has(eventKey) ? (eventKey as NamedKey) : null;
}

const NAMED: ReadonlySet<string> = new Set<string>(NAMED_KEYS);

/** A physical key position (`KeyboardEvent.code`) shared can name: KeyA, Digit1, Space… */
export function keyOfCode(code: string): NamedKey | null {
  return NAMED.has(code) ? (code as NamedKey) : null;
}

/**
 * The key that types `character` on a US layout, for text typed while a modifier is on: Ctrl
 * then "c" on the phone means Ctrl+C on the desktop, not a "c". Capitals add Shift. Anything
 * else (punctuation, other scripts) has no layout-independent key and stays text.
 */
export function keyForCharacter(character: string): { key: NamedKey; shift: boolean } | null {
  if (character === ' ') return { key: 'Space', shift: false };
  if (character.length !== 1) return null;
  const code = character.charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) return { key: LETTER_KEYS[code - 0x61] as NamedKey, shift: false };
  if (code >= 0x41 && code <= 0x5a) return { key: LETTER_KEYS[code - 0x41] as NamedKey, shift: true };
  if (code >= 0x30 && code <= 0x39) return { key: DIGIT_KEYS[code - 0x30] as NamedKey, shift: false };
  return null;
}
