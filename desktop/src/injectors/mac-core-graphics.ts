import koffi from 'koffi';
import type { MacKeystroke } from './mac-keystrokes.js';

/**
 * Keyboard events through CoreGraphics, called with koffi (prebuilt binaries, no native
 * build). macOS only: elsewhere the frameworks do not exist, and the tests check only that the
 * prototypes below parse.
 *
 * CGEventRef and CGEventSourceRef are opaque pointers (void *); UniCharCount is an unsigned
 * long, which koffi sizes as the OS does (64 bits on macOS).
 */
export const PROTOTYPES = {
  createKeyboardEvent: 'void *CGEventCreateKeyboardEvent(void *source, uint16_t virtualKey, bool keyDown)',
  setUnicodeString: 'void CGEventKeyboardSetUnicodeString(void *event, unsigned long stringLength, const uint16_t *unicodeString)',
  setFlags: 'void CGEventSetFlags(void *event, uint64_t flags)',
  post: 'void CGEventPost(uint32_t tap, void *event)',
  release: 'void CFRelease(void *cf)',
  isProcessTrusted: 'bool AXIsProcessTrusted()',
} as const;

const FRAMEWORKS = '/System/Library/Frameworks';

/** Events enter where the keyboard's own do, so every application sees them as typed. */
const kCGHIDEventTap = 0;

export interface MacEventPoster {
  /** Whether this process may post input: the user allowed it under Privacy & Security, Accessibility. */
  isTrusted(): boolean;
  /** Posts the key down and up of one keystroke. */
  post(stroke: MacKeystroke): void;
}

export function loadCoreGraphics(): MacEventPoster {
  const graphics = koffi.load(`${FRAMEWORKS}/CoreGraphics.framework/CoreGraphics`);
  const foundation = koffi.load(`${FRAMEWORKS}/CoreFoundation.framework/CoreFoundation`);
  const services = koffi.load(`${FRAMEWORKS}/ApplicationServices.framework/ApplicationServices`);
  const createKeyboardEvent = graphics.func(PROTOTYPES.createKeyboardEvent);
  const setUnicodeString = graphics.func(PROTOTYPES.setUnicodeString);
  const setFlags = graphics.func(PROTOTYPES.setFlags);
  const post = graphics.func(PROTOTYPES.post);
  const release = foundation.func(PROTOTYPES.release);
  const isProcessTrusted = services.func(PROTOTYPES.isProcessTrusted);

  const postKey = (keycode: number, down: boolean, units: Uint16Array | undefined): void => {
    const event: unknown = createKeyboardEvent(null, keycode, down);
    if (!event) throw new Error('CGEventCreateKeyboardEvent returned no event.');
    try {
      if (units) setUnicodeString(event, units.length, units);
      // No modifier flags: a Command or Control held on the keyboard must not make the typed
      // characters a shortcut. Keys with modifiers go through tapKey, not here.
      setFlags(event, 0);
      post(kCGHIDEventTap, event);
    } finally {
      release(event);
    }
  };

  return {
    isTrusted: () => isProcessTrusted() === true,
    post(stroke) {
      if ('keycode' in stroke) {
        postKey(stroke.keycode, true, undefined);
        postKey(stroke.keycode, false, undefined);
        return;
      }
      const text = stroke.characters;
      const units = new Uint16Array(text.length);
      for (let index = 0; index < text.length; index++) units[index] = text.charCodeAt(index);
      // The characters ride on a key event; which key does not matter (0 is A), they replace it.
      postKey(0, true, units);
      postKey(0, false, units);
    },
  };
}
