/**
 * The names of everything the phone can press, defined once for both ends. The host maps each
 * to its injector's own key codes; nothing else ever travels as a key.
 */
export const POINTER_BUTTONS = ['left', 'right', 'middle'] as const;
export type PointerButton = (typeof POINTER_BUTTONS)[number];

export const BUTTON_ACTIONS = ['down', 'up', 'click'] as const;
export type ButtonAction = (typeof BUTTON_ACTIONS)[number];

/** Modifiers can also be held across other input (Ctrl+drag, Shift+click): down, then up. */
export const KEY_ACTIONS = ['down', 'up'] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];

export const MODIFIER_KEYS = ['Control', 'Alt', 'Shift', 'Meta'] as const;
export type ModifierKey = (typeof MODIFIER_KEYS)[number];

const FUNCTION_KEYS = [
  'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12',
] as const;

export const LETTER_KEYS = [
  'KeyA', 'KeyB', 'KeyC', 'KeyD', 'KeyE', 'KeyF', 'KeyG', 'KeyH', 'KeyI', 'KeyJ', 'KeyK', 'KeyL', 'KeyM',
  'KeyN', 'KeyO', 'KeyP', 'KeyQ', 'KeyR', 'KeyS', 'KeyT', 'KeyU', 'KeyV', 'KeyW', 'KeyX', 'KeyY', 'KeyZ',
] as const;

export const DIGIT_KEYS = [
  'Digit0', 'Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6', 'Digit7', 'Digit8', 'Digit9',
] as const;

export type LetterKey = (typeof LETTER_KEYS)[number];
export type DigitKey = (typeof DIGIT_KEYS)[number];

/**
 * Media keys, named as in the DOM's KeyboardEvent.code. Desktops route them to whatever plays
 * (MPRIS on Linux, the media session on Windows and macOS), not to the focused window.
 */
export const MEDIA_KEYS = [
  'MediaPlayPause', 'MediaTrackPrevious', 'MediaTrackNext',
  'AudioVolumeDown', 'AudioVolumeUp', 'AudioVolumeMute',
] as const;
export type MediaKey = (typeof MEDIA_KEYS)[number];

/**
 * Keys by position, as in the DOM's KeyboardEvent.code: shortcuts (Ctrl+C, Ctrl+A) are keys,
 * not characters. Text travels separately and is typed exactly, whatever the layout.
 */
export const NAMED_KEYS = [
  'Escape', 'Tab', 'Enter', 'Backspace', 'Delete', 'Space',
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown',
  'Home', 'End', 'PageUp', 'PageDown',
  ...FUNCTION_KEYS,
  ...LETTER_KEYS,
  ...DIGIT_KEYS,
  ...MEDIA_KEYS,
] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];
