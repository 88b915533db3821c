/**
 * The names of everything the phone can press, defined once for both ends. The host maps each
 * to its injector's own key codes; nothing else ever travels as a key.
 */
export const POINTER_BUTTONS = ['left', 'right', 'middle'] as const;
export type PointerButton = (typeof POINTER_BUTTONS)[number];

export const BUTTON_ACTIONS = ['down', 'up', 'click'] as const;
export type ButtonAction = (typeof BUTTON_ACTIONS)[number];

export const MODIFIER_KEYS = ['Control', 'Alt', 'Shift', 'Meta'] as const;
export type ModifierKey = (typeof MODIFIER_KEYS)[number];

const FUNCTION_KEYS = [
  'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12',
] as const;

export const NAMED_KEYS = [
  'Escape', 'Tab', 'Enter', 'Backspace', 'Delete', 'Space',
  'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown',
  'Home', 'End', 'PageUp', 'PageDown',
  ...FUNCTION_KEYS,
] as const;
export type NamedKey = (typeof NAMED_KEYS)[number];
