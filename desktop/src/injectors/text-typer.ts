/**
 * Text entry, apart from keys: a character is not a key. One backend per windowing system
 * (keysyms on spare keycodes on X11, with a paste as the last resort; SendInput with
 * KEYEVENTF_UNICODE on Windows; CGEventKeyboardSetUnicodeString on macOS), each of which types
 * exactly what it is given or rejects.
 */
export interface TextTyper {
  /** Resolves once the text has been typed, whatever the keyboard layout; rejects otherwise. */
  typeText(text: string): Promise<void>;
}

export type TextTypingErrorCode =
  /** The platform has no text typer. */
  | 'unsupported-desktop'
  /** The text holds a lone UTF-16 surrogate: there is no character to type. */
  | 'invalid-text'
  /** The text holds a control character other than a line break or a tab. */
  | 'unsupported-character'
  /** The X display cannot be reached, or dropped the connection. */
  | 'display-unavailable'
  /** The keyboard mapping has no free keycode to type with. */
  | 'no-free-keycode'
  /** The focused application stopped answering, so typing went no further. */
  | 'app-not-responding'
  /** The system refused the injected keys (Windows: a window of a program running as administrator). */
  | 'input-blocked'
  /** The desktop does not let TouchDesk inject input (macOS: no Accessibility permission). */
  | 'permission-denied'
  /** A paste would lose what the clipboard holds (not text, or too much of it): nothing was pasted. */
  | 'clipboard-not-restorable'
  /** The focused application did not fetch the pasted text. */
  | 'paste-not-taken';

export class TextTypingError extends Error {
  constructor(
    readonly code: TextTypingErrorCode,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'TextTypingError';
  }
}

/** A desktop with no way to type text known: says so instead of typing nothing and reporting success. */
export const unsupportedTextTyper: TextTyper = {
  typeText: async () => {
    throw new TextTypingError('unsupported-desktop', 'Typing text is not supported on this desktop.');
  },
};

/**
 * A native API, loaded on first use (so that no other OS ever touches it) and kept. One that
 * cannot be loaded is a refusal with 'unsupported-desktop', tried again on the next call.
 */
export function nativeApi<T>(what: string, load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      const detail = error instanceof Error ? error.message : String(error);
      throw new TextTypingError('unsupported-desktop', `Typing text needs ${what}, which could not be loaded: ${detail}`, { cause: error });
    }));
}
