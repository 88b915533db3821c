import type { MacEventPoster } from './mac-core-graphics.js';
import { macKeystrokes } from './mac-keystrokes.js';
import { nativeApi, TextTypingError, type TextTyper } from './text-typer.js';

/**
 * Types any Unicode text on macOS: keyboard events that carry their characters
 * (CGEventKeyboardSetUnicodeString, see mac-keystrokes.ts), posted where the keyboard's own
 * events enter, so the keyboard layout does not matter.
 *
 * Without the Accessibility permission macOS drops posted events without a word, so the typer
 * asks first (AXIsProcessTrusted) and refuses with a code instead of reporting text as typed.
 */
export class MacTextTyper implements TextTyper {
  /** `poster` gives the event poster: by default CoreGraphics'. */
  constructor(private readonly poster: () => Promise<MacEventPoster> = coreGraphics) {}

  async typeText(text: string): Promise<void> {
    const strokes = macKeystrokes(text);
    if (strokes.length === 0) return;
    const poster = await this.poster();
    if (!poster.isTrusted()) {
      throw new TextTypingError(
        'permission-denied',
        'macOS does not let TouchDesk type: allow it in System Settings, Privacy & Security, Accessibility, then try again.',
      );
    }
    // No await between strokes: typeText calls cannot interleave.
    for (const stroke of strokes) poster.post(stroke);
  }
}

const coreGraphics = nativeApi('CoreGraphics', async () => (await import('./mac-core-graphics.js')).loadCoreGraphics());
