import { EVENT_MASK, FOCUS_NONE, FOCUS_POINTER_ROOT, type X11Connection, type XEvent } from './x11-protocol.js';

/**
 * The application that gets the keys, and a way to know it has caught up with them.
 *
 * X clients read their events in order, and turn a key event into a character with the
 * keyboard mapping they hold when they handle it. EWMH's _NET_WM_PING travels the same queue:
 * when the application answers a ping sent after some key events, it has handled them all, so
 * the keycodes they used may be remapped. Chromium (and Electron), GTK, Qt and Firefox answer
 * pings; for a window that does not, the typer falls back on a fixed wait, which is only likely
 * to be enough.
 */

export interface FocusedApp {
  /** The top-level window that answers _NET_WM_PING, when there is one. */
  readonly pingWindow: number | undefined;
}

/**
 * The wait instead of a ping, a guess with a margin: in Chromium, 20 ms after each batch in
 * place of a ping still let a character through wrong now and then (measured).
 */
export const FALLBACK_SETTLE_MS = 60;

type PingReply = Extract<XEvent, { name: 'ClientMessage' }>;

export class FocusedAppTracker {
  private readonly pingable = new Map<number, boolean>();
  private nextNonce = Math.floor(Math.random() * 0x7000_0000) + 0x1000_0000;

  private constructor(
    private readonly x: X11Connection,
    private readonly atoms: { readonly WM_PROTOCOLS: number; readonly _NET_WM_PING: number },
  ) {}

  static async create(x: X11Connection): Promise<FocusedAppTracker> {
    const [WM_PROTOCOLS, _NET_WM_PING] = await Promise.all([x.atom('WM_PROTOCOLS'), x.atom('_NET_WM_PING')]);
    // Applications answer a ping by sending it to the root window with this mask.
    x.selectEvents(x.root, EVENT_MASK.SubstructureNotify);
    return new FocusedAppTracker(x, { WM_PROTOCOLS, _NET_WM_PING });
  }

  /** Where key events go now: the focus window, or the window under the pointer (PointerRoot). */
  async focusedApp(): Promise<FocusedApp> {
    const focus = await this.x.inputFocus();
    try {
      if (focus === FOCUS_NONE) return { pingWindow: undefined };
      if (focus === FOCUS_POINTER_ROOT) return { pingWindow: await this.pingWindowUnderPointer() };
      for (let window = focus; window !== 0 && window !== this.x.root; window = await this.x.parentOf(window)) {
        if (await this.answersPing(window)) return { pingWindow: window };
      }
    } catch {
      // The window went away while we looked (BadWindow): nobody to wait for.
    }
    return { pingWindow: undefined };
  }

  /**
   * Resolves once `app` has handled every event sent to it before this call. Returns false when
   * it could only wait a fixed time (no ping support), and throws when the app does not answer.
   */
  async caughtUp(app: FocusedApp, timeoutMs: number): Promise<boolean> {
    const window = app.pingWindow;
    if (window === undefined) {
      await this.x.sync();
      await new Promise((resolve) => setTimeout(resolve, FALLBACK_SETTLE_MS));
      return false;
    }
    const nonce = this.nextNonce++ >>> 0;
    const { WM_PROTOCOLS, _NET_WM_PING } = this.atoms;
    const isReply = (event: XEvent): event is PingReply =>
      event.name === 'ClientMessage' && event.message_type === WM_PROTOCOLS && event.data[0] === _NET_WM_PING && event.data[1] === nonce && event.data[2] === window;
    const reply = this.x.waitForEvent(isReply, timeoutMs);
    // An empty mask delivers the message to the client that created the window.
    this.x.sendEvent(window, 0, { name: 'ClientMessage', format: 32, wid: window, message_type: WM_PROTOCOLS, data: [_NET_WM_PING, nonce, window] });
    this.x.check();
    if ((await reply) === undefined) throw new AppNotRespondingError(timeoutMs);
    return true;
  }

  private async pingWindowUnderPointer(): Promise<number | undefined> {
    let window = this.x.root;
    // Top-level frame, then the client window inside it: a few levels at most.
    for (let depth = 0; depth < 8; depth++) {
      const { child } = await this.x.pointer(window);
      if (child === 0) return undefined;
      window = child;
      if (await this.answersPing(window)) return window;
    }
    return undefined;
  }

  private async answersPing(window: number): Promise<boolean> {
    const known = this.pingable.get(window);
    if (known !== undefined) return known;
    const protocols = await this.x.getProperty(window, this.atoms.WM_PROTOCOLS, 256);
    let answers = false;
    if (protocols.format === 32) {
      for (let offset = 0; offset + 4 <= protocols.data.length; offset += 4) {
        if (protocols.data.readUInt32LE(offset) === this.atoms._NET_WM_PING) answers = true;
      }
    }
    // Only a yes is kept: a window may still be setting its properties when first seen. Window
    // ids are reused once their client is gone, so the memory is kept short.
    if (this.pingable.size > 64) this.pingable.clear();
    if (answers) this.pingable.set(window, true);
    return answers;
  }
}

export class AppNotRespondingError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`The focused application did not respond within ${timeoutMs} ms.`);
  }
}
