import { DIGIT_KEYS, type DigitKey, LETTER_KEYS, type LetterKey, type ModifierKey, type NamedKey, type PointerButton } from '@touchdesk/shared';
import type { InputInjector } from '../core/ports.js';
import { loadNutJs } from './nut-js-loader.js';
import { PointerPosition } from './pointer-position.js';
import type { TextTyper } from './text-typer.js';

/**
 * Injection through nut-js (the maintained fork). Loaded lazily: its native part must not be
 * touched before the display has been checked (see display-check.ts). Delays are zero and no
 * move is animated; nut-js's defaults add 100 ms and more to every call.
 *
 * Text does not go through nut-js: its keyboard.type() presses the keys of a US layout and gets
 * shifted symbols and every non-ASCII character wrong on X11. `textTyper` types it instead.
 */
export async function createNutJsInjector(textTyper: TextTyper): Promise<InputInjector> {
  const { mouse, keyboard, screen, Point, Button, Key } = await loadNutJs();
  mouse.config.autoDelayMs = 0;
  keyboard.config.autoDelayMs = 0;
  const pointer = new PointerPosition(
    {
      position: () => mouse.getPosition(),
      size: async () => {
        const [width, height] = await Promise.all([screen.width(), screen.height()]);
        return { width, height };
      },
    },
    () => performance.now(),
  );

  const buttons: Record<PointerButton, (typeof Button)[keyof typeof Button]> = {
    left: Button.LEFT,
    right: Button.RIGHT,
    middle: Button.MIDDLE,
  };
  const modifiers: Record<ModifierKey, (typeof Key)[keyof typeof Key]> = {
    Control: Key.LeftControl,
    Alt: Key.LeftAlt,
    Shift: Key.LeftShift,
    Meta: Key.LeftSuper,
  };
  type NutKey = (typeof Key)[keyof typeof Key];
  // KeyA → Key.A, Digit0 → Key.Num0: the same keys by position, under nut-js's names.
  const letters = Object.fromEntries(LETTER_KEYS.map((name) => [name, Key[name.slice(3) as 'A']])) as Record<LetterKey, NutKey>;
  const digits = Object.fromEntries(DIGIT_KEYS.map((name) => [name, Key[`Num${name.slice(5)}` as 'Num0']])) as Record<DigitKey, NutKey>;
  const keys: Record<NamedKey, NutKey> = {
    ...letters,
    ...digits,
    Escape: Key.Escape, Tab: Key.Tab, Enter: Key.Enter, Backspace: Key.Backspace,
    Delete: Key.Delete, Space: Key.Space,
    ArrowLeft: Key.Left, ArrowRight: Key.Right, ArrowUp: Key.Up, ArrowDown: Key.Down,
    Home: Key.Home, End: Key.End, PageUp: Key.PageUp, PageDown: Key.PageDown,
    F1: Key.F1, F2: Key.F2, F3: Key.F3, F4: Key.F4, F5: Key.F5, F6: Key.F6,
    F7: Key.F7, F8: Key.F8, F9: Key.F9, F10: Key.F10, F11: Key.F11, F12: Key.F12,
    // libnut sends the XF86Audio* keysyms on X11 (read back from Xvfb: XF86AudioPlay,
    // XF86AudioNext, ...), the media virtual keys on Windows and the NX system keys on macOS.
    // XF86AudioPlay is what players take as play/pause; AudioPause alone would only pause.
    MediaPlayPause: Key.AudioPlay, MediaTrackPrevious: Key.AudioPrev, MediaTrackNext: Key.AudioNext,
    AudioVolumeDown: Key.AudioVolDown, AudioVolumeUp: Key.AudioVolUp, AudioVolumeMute: Key.AudioMute,
  };

  return {
    status: { state: 'ready', backend: 'nut-js' },
    async moveBy(dx, dy) {
      const to = await pointer.movedBy(dx, dy);
      await mouse.setPosition(new Point(to.x, to.y));
    },
    async pointAt(x, y) {
      const to = await pointer.at(x, y);
      await mouse.setPosition(new Point(to.x, to.y));
    },
    async pressButton(button) {
      await mouse.pressButton(buttons[button]);
    },
    async releaseButton(button) {
      await mouse.releaseButton(buttons[button]);
    },
    async scroll(dx, dy) {
      const x = Math.round(dx);
      const y = Math.round(dy);
      if (y > 0) await mouse.scrollDown(y);
      if (y < 0) await mouse.scrollUp(-y);
      if (x > 0) await mouse.scrollRight(x);
      if (x < 0) await mouse.scrollLeft(-x);
    },
    async tapKey(key, held) {
      const chord = [...held.map((modifier) => modifiers[modifier]), keys[key]];
      await keyboard.pressKey(...chord);
      // Same order as the press: libnut takes the last key as the key and the others as its
      // modifiers. Reversed, it released the modifiers and left the key held down (measured).
      await keyboard.releaseKey(...chord);
    },
    async pressKey(key) {
      await keyboard.pressKey(modifiers[key]);
    },
    async releaseKey(key) {
      await keyboard.releaseKey(modifiers[key]);
    },
    typeText(text) {
      return textTyper.typeText(text);
    },
  };
}
