/**
 * Text entry, apart from keys: a character is not a key. One backend per windowing system
 * (X11 now; SendInput with KEYEVENTF_UNICODE on Windows and CGEventKeyboardSetUnicodeString on
 * macOS later), each of which types exactly what it is given or rejects.
 */
export interface TextTyper {
  /** Resolves once the text has been typed, whatever the keyboard layout; rejects otherwise. */
  typeText(text: string): Promise<void>;
}

export type TextTypingErrorCode =
  /** The platform has no text typer yet. */
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
  | 'app-not-responding';

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

/** Windows and macOS for now: says so instead of typing nothing and reporting success. */
export const unsupportedTextTyper: TextTyper = {
  typeText: async () => {
    throw new TextTypingError('unsupported-desktop', 'Typing text is not supported on this desktop yet.');
  },
};
