import { nativeApi, TextTypingError, type TextTyper } from './text-typer.js';
import { keyboardInputBatches } from './windows-key-inputs.js';
import type { SendInput } from './windows-send-input.js';

/**
 * Types any Unicode text on Windows with SendInput and KEYEVENTF_UNICODE (windows-key-inputs.ts):
 * the characters themselves, not keys of a layout, so the keyboard layout does not matter.
 *
 * SendInput returns how many events it inserted. Fewer than it was given means Windows blocked
 * them: User Interface Privilege Isolation keeps a program from typing into the windows of one
 * running with higher rights (as administrator), and nothing types into the secure desktop
 * (the sign-in screen, a UAC prompt). Typing stops there and says so.
 */
export class WindowsTextTyper implements TextTyper {
  /** `sendInput` gives SendInput: by default user32.dll's. */
  constructor(private readonly sendInput: () => Promise<SendInput> = user32SendInput) {}

  async typeText(text: string): Promise<void> {
    const batches = keyboardInputBatches(text);
    if (batches.length === 0) return;
    const sendInput = await this.sendInput();
    const total = batches.reduce((sum, batch) => sum + batch.length, 0);
    let sent = 0;
    // One batch after another with no await in between: typeText calls cannot interleave.
    for (const batch of batches) {
      const inserted = sendInput(batch);
      sent += inserted;
      if (inserted < batch.length) {
        throw new TextTypingError(
          'input-blocked',
          `Windows blocked the typed keys after ${sent} of ${total} key events. The focused window may belong to a program running as administrator: run TouchDesk as administrator to type into it.`,
        );
      }
    }
  }
}

const user32SendInput = nativeApi("user32.dll's SendInput", async () => (await import('./windows-send-input.js')).loadSendInput());
