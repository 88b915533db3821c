import { textPieces } from './text-pieces.js';
import { TextTypingError, type TextTyper } from './text-typer.js';
import { type ClipboardContents, MAX_CLIPBOARD_BYTES, X11Clipboard } from './x11-clipboard.js';
import { layoutKeycodes } from './x11-keymap.js';
import { FOCUS_NONE, FOCUS_POINTER_ROOT, X11Connection, XConnectionError } from './x11-protocol.js';

/**
 * The last resort for text on X11: paste it. Used only where the keysym-remapping typer cannot
 * work (a keymap with no keycode to spare), because a paste reaches only applications that
 * paste on Ctrl+V (terminals want Ctrl+Shift+V), and it borrows the user's clipboard.
 *
 * For each text: read what the clipboard holds, take the clipboard with the text, press Ctrl+V
 * through XTEST, wait until the focused application has fetched the text and asked nothing more
 * for a moment (x11-clipboard.ts says why a moment), then put back what the clipboard held.
 * Only the focused application is given the text: a clipboard manager asking in between is
 * refused, so that typed text (a password) does not land in its history.
 *
 * What "put back" covers: the clipboard's text, exactly, or its emptiness. The other forms its
 * owner offered (HTML, rich text, images) are not kept, and the clipboard is then served by
 * this typer's connection, no longer by the application that copied it (so it lasts as long as
 * the host does, unless a clipboard manager keeps it, as it would for any application that
 * quits). A clipboard holding no text at all (an image, files) or more text than fits in one
 * transfer is left alone and nothing is typed: typing must not cost the user what they copied.
 */

export interface X11ClipboardTyperOptions {
  /** The X display, e.g. ":0". */
  readonly display: string;
  /** How long the focused application may take to fetch the pasted text, and the clipboard's owner to answer. */
  readonly appTimeoutMs?: number;
  /** After the text was fetched, the clipboard is put back once no request has come for this long. */
  readonly settleMs?: number;
}

/**
 * settleMs: ten times the span of Chromium's requests for one paste (measured: 20 ms), as a
 * margin for a busy machine; it also bounds the pastes to about four a second.
 */
const DEFAULTS = { appTimeoutMs: 3000, settleMs: 200 } as const;

const KEYSYM_CONTROL_L = 0xffe3;
const KEYSYM_V = 0x76;

interface Session {
  readonly x: X11Connection;
  readonly clipboard: X11Clipboard;
}

export class X11ClipboardTyper implements TextTyper {
  private readonly options: Required<X11ClipboardTyperOptions>;
  private session: Promise<Session> | undefined;
  /** One paste at a time: each one puts back the clipboard the previous one left. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: X11ClipboardTyperOptions) {
    this.options = { ...DEFAULTS, ...options };
  }

  typeText(text: string): Promise<void> {
    // Refused before anything is pasted, as the other typers refuse them; line breaks become LF.
    const paste = textPieces(text)
      .map((piece) => ('key' in piece ? (piece.key === 'Return' ? '\n' : '\t') : piece.characters))
      .join('');
    if (paste === '') return Promise.resolve();
    if (Buffer.byteLength(paste, 'utf8') > MAX_CLIPBOARD_BYTES) {
      return Promise.reject(new TextTypingError('invalid-text', `The text is longer than a paste can carry (${MAX_CLIPBOARD_BYTES} bytes).`));
    }
    const result = this.queue.then(() => this.paste(paste));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Disconnects; a clipboard text it still serves goes with it, as with any application that quits. */
  async close(): Promise<void> {
    await this.queue;
    const session = await this.session?.catch(() => undefined);
    this.session = undefined;
    session?.clipboard.close();
    session?.x.close();
  }

  private async paste(text: string): Promise<void> {
    try {
      const { x, clipboard } = await this.connect();
      // What an earlier answer to another client caused (its window gone) is no concern of this paste.
      await x.sync().catch(() => undefined);
      const previous = await clipboard.read(this.options.appTimeoutMs);
      if (previous.kind === 'other') {
        throw new TextTypingError('clipboard-not-restorable', `Typing through the clipboard would lose what it holds: ${previous.reason}. Copy some text, or nothing, and try again.`);
      }
      const keys = await pasteKeys(x);
      const focus = await x.inputFocus();
      const focusedClient = focus === FOCUS_NONE || focus === FOCUS_POINTER_ROOT ? undefined : x.clientOf(focus);
      if (!(await clipboard.offer(text, focusedClient))) throw new TextTypingError('paste-not-taken', 'Another application took the clipboard just as TouchDesk pasted.');
      try {
        const fetched = clipboard.settledAfterFetch(this.options.appTimeoutMs, this.options.settleMs);
        x.fakeKey(keys.control, true);
        x.fakeKey(keys.v, true);
        x.fakeKey(keys.v, false);
        x.fakeKey(keys.control, false);
        await x.sync();
        if (!(await fetched)) {
          throw new TextTypingError('paste-not-taken', `The focused application did not paste the text within ${this.options.appTimeoutMs / 1000} s (it may not paste on Ctrl+V).`);
        }
      } finally {
        await restore(clipboard, previous);
      }
    } catch (error) {
      if (error instanceof XConnectionError) throw new TextTypingError('display-unavailable', error.message, { cause: error });
      throw error;
    }
  }

  /** The connection, opened on first use and again after it dropped. */
  private async connect(): Promise<Session> {
    const current = await this.session?.catch(() => undefined);
    if (current?.x.isOpen) return current;
    this.session = openSession(this.options.display);
    return this.session;
  }
}

/** When another application took the clipboard in the meantime, what it copied stays: it is newer. */
async function restore(clipboard: X11Clipboard, previous: ClipboardContents): Promise<void> {
  if (!(await clipboard.isOwner())) return;
  if (previous.kind === 'text') await clipboard.offer(previous.text);
  else await clipboard.clear();
}

/** Control and V where the layout has them now (it may have changed since the last paste). */
async function pasteKeys(x: X11Connection): Promise<{ control: number; v: number }> {
  const keycodes = layoutKeycodes({ minKeycode: x.minKeycode, rows: await x.getKeyboardMapping() }, new Map());
  const control = keycodes.get(KEYSYM_CONTROL_L);
  const v = keycodes.get(KEYSYM_V);
  if (control === undefined || v === undefined) {
    throw new TextTypingError('no-free-keycode', 'The keyboard layout has no Control or V key to paste with, and no unused keycode to type with.');
  }
  return { control, v };
}

async function openSession(display: string): Promise<Session> {
  const x = await X11Connection.open(display);
  try {
    await x.enableXTest();
    return { x, clipboard: await X11Clipboard.open(x) };
  } catch (error) {
    x.close();
    throw error;
  }
}
