import { NoSpareKeycodeError, planBatches } from './keycode-batches.js';
import { KEYSYM, keysymsForText } from './keysyms.js';
import { TextTypingError, type TextTyper } from './text-typer.js';
import { AppNotRespondingError, type FocusedApp, FocusedAppTracker } from './x11-focused-app.js';
import { bindingRow, type Keymap, layoutKeycodes, spareKeycodes, typesLevelOne } from './x11-keymap.js';
import { X11Connection, XConnectionError, type XkbState } from './x11-protocol.js';
import { keySymMapFor } from './xkb-keysym-maps.js';

/**
 * Types any Unicode text into the focused X11 window, whatever the keyboard layout, the way
 * xdotool does: a spare keycode (one no key of the layout uses) is mapped to the character's
 * keysym and pressed through XTEST. What xdotool leaves to timing is made a protocol here.
 *
 * An application turns a key event into a character with the keymap it holds when it handles
 * the event, not with the one the server had when the event was sent; and it may hold that
 * keymap on more than one connection (Chromium reads keys on its own connection, but the
 * character comes from GTK's input method, whose keymap lives on GDK's connection and is
 * refreshed only when GDK gets round to its MappingNotify). So:
 *
 * - Keys go in batches, one spare keycode per distinct keysym (keycode-batches.ts). Within a
 *   batch a keycode stands for one keysym only, and the batch's keycodes are remapped at once:
 *   one XkbSetMap request, so one MappingNotify for every client to handle, not one per key.
 * - Before a batch's keycodes are remapped, the application answers a ping sent after the last
 *   batch's keys (x11-focused-app.ts): it has handled them, with the old mapping.
 * - After the remap, it answers another ping before the batch's keys are sent: it has been idle
 *   since the mapping changed, and its main loop has handled the change on all its connections
 *   (the MappingNotify reached each of them before the ping reached the first). Without this
 *   second ping, Chromium busy with earlier input typed a few keys of a few hundred batches
 *   with the keysym their keycode held before (measured).
 * - Characters the layout types with no modifier (most of a Latin text) are typed on the
 *   layout's own keys, which need no remapping, when no modifier or group would change them.
 * - Both levels of a borrowed keycode hold the keysym, so Shift does not matter, and its single
 *   group serves whatever layout group is active. Caps Lock does matter (toolkits capitalise
 *   lowercase keysyms of such keys): it is unlocked while typing and locked again after.
 * - Borrowed keycodes keep their keysyms while typing goes on (text arriving a few characters at
 *   a time reuses them) and are emptied once it stops, on close, and after a layout switch.
 */

export interface X11TextTyperOptions {
  /** The X display, e.g. ":0". */
  readonly display: string;
  /** How long the focused application may take to handle one batch before typing stops. */
  readonly appTimeoutMs?: number;
  /** Borrowed keycodes are emptied after this long without typing. */
  readonly releaseAfterMs?: number;
}

const DEFAULTS = { appTimeoutMs: 5000, releaseAfterMs: 1000 } as const;

interface Session {
  readonly x: X11Connection;
  readonly apps: FocusedAppTracker;
  /** Root window property listing the keycodes the typer has mapped (keycode, keysym, ...). */
  readonly boundProperty: number;
}

/**
 * The borrowed keycodes are written down on the root window, so that a typer that comes after
 * one that could not empty them (the host was killed mid-session) takes them back as spare.
 */
const BOUND_PROPERTY = '_TOUCHDESK_TEXT_TYPER_KEYCODES';

/** One typeText call: the state it works with, and what it has done so far. */
interface Run {
  readonly session: Session;
  readonly app: FocusedApp;
  readonly spare: Map<number, number>;
  readonly fixed: ReadonlyMap<number, number>;
  /** Keys were pressed or remapped since the application last confirmed it had handled everything. */
  sentSinceCaughtUp: boolean;
  /** Keys sent so far, for the error message when typing stops halfway. */
  sent: number;
  /** Caps Lock was on, and is off while typing. */
  readonly capsUnlocked: boolean;
}

/** The Lock modifier (Caps Lock, Shift Lock) in core and XKB modifier masks. */
const LOCK = 0x02;

export class X11TextTyper implements TextTyper {
  private readonly options: Required<X11TextTyperOptions>;
  private session: Promise<Session> | undefined;
  /** typeText calls run one after another: each one's batches assume the keymap it left. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Spare keycodes this typer has mapped, and to what. */
  private readonly bound = new Map<number, number>();
  private releaseTimer: NodeJS.Timeout | undefined;

  constructor(options: X11TextTyperOptions) {
    this.options = { ...DEFAULTS, ...options };
  }

  async typeText(text: string): Promise<void> {
    // Refused before anything is typed: a text is typed whole or not at all, as far as it can be.
    const keysyms = keysymsForText(text);
    return this.serially(() => this.type(keysyms));
  }

  /** Empties the borrowed keycodes and disconnects. */
  close(): Promise<void> {
    return this.serially(async () => {
      clearTimeout(this.releaseTimer);
      const session = await this.session?.catch(() => undefined);
      this.session = undefined;
      if (!session) return;
      await this.release(session).catch(() => undefined);
      session.x.close();
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async type(keysyms: readonly number[]): Promise<void> {
    clearTimeout(this.releaseTimer);
    let run: Run | undefined;
    try {
      const session = await this.connect();
      run = await this.startRun(session);
      await this.pressKeys(run, keysyms);
      // Resolving means the application has the keys, and the keycodes are free again.
      await this.caughtUp(run);
      session.x.check();
    } catch (error) {
      throw this.explain(error, run, keysyms.length);
    } finally {
      // After the keys: each carries the state it was sent with, so this cannot change them.
      if (run?.capsUnlocked) {
        try {
          run.session.x.lockModifiers(LOCK, LOCK);
        } catch {
          // The connection is gone, and with it the chance to lock it again.
        }
      }
      this.releaseLater();
    }
  }

  private async startRun(session: Session): Promise<Run> {
    const { x } = session;
    const [app, rows, state, written] = await Promise.all([
      session.apps.focusedApp(),
      x.getKeyboardMapping(),
      keyboardState(x),
      x.cardinals(x.root, session.boundProperty, 2 * 256),
    ]);
    for (let i = 0; i + 1 < written.length; i += 2) {
      if (!this.bound.has(written[i] as number)) this.bound.set(written[i] as number, written[i + 1] as number);
    }
    // Every key event carries the modifier state the server had when it made it: unlocking Caps
    // Lock now and locking it after the keys changes none but ours.
    const capsUnlocked = (state.lockedMods & LOCK) !== 0;
    if (capsUnlocked) x.lockModifiers(LOCK, 0);
    const keymap: Keymap = { minKeycode: x.minKeycode, rows };
    const spare = spareKeycodes(keymap, this.bound);
    // What a layout switch or another program took back is no longer ours.
    this.bound.clear();
    for (const [keycode, keysym] of spare) if (keysym !== 0) this.bound.set(keycode, keysym);
    const layout = layoutKeycodes(keymap, spare);
    // The layout's own keys type what they show unmodified, and need no remapping: most of a
    // Latin text. With Shift, AltGr or another group active (when typing starts) they would type
    // something else, so then only Return and Tab are taken from the layout (they do the same).
    const typingState = (state.mods & ~(capsUnlocked ? LOCK : 0)) | (state.group << 13);
    const fixed = typesLevelOne(typingState) ? layout : new Map<number, number>();
    for (const keysym of [KEYSYM.Return, KEYSYM.Tab]) {
      const keycode = layout.get(keysym);
      if (keycode !== undefined) fixed.set(keysym, keycode);
    }
    // Not known yet: whether the application has seen the keymap as it is (a layout switch, or
    // Caps Lock unlocked just now). The first keys wait for a ping either way.
    return { session, app, spare, fixed, sentSinceCaughtUp: true, sent: 0, capsUnlocked };
  }

  private async pressKeys(run: Run, keysyms: readonly number[]): Promise<void> {
    const { x } = run.session;
    for (const batch of planBatches(keysyms, { spare: run.spare, fixed: run.fixed })) {
      if (batch.remap.length > 0) {
        // The keys sent before have been read: their keycodes are free to change.
        await this.caughtUp(run);
        await this.remap(run.session, new Map(batch.remap.map(({ keycode, keysym }) => [keycode, keysym])));
        for (const { keycode, keysym } of batch.remap) {
          run.spare.set(keycode, keysym);
          this.bound.set(keycode, keysym);
        }
        this.writeDownBound(run.session);
        run.sentSinceCaughtUp = true;
      }
      // The application has taken in the keymap as it now is (the remap, or at the start whatever
      // changed it before) before the first key that needs it.
      await this.caughtUp(run);
      for (const keycode of batch.taps) {
        x.fakeKey(keycode, true);
        x.fakeKey(keycode, false);
      }
      run.sentSinceCaughtUp = true;
      run.sent += batch.taps.length;
    }
  }

  /**
   * Maps each keycode of `changes` to its keysym (0: to nothing), in one XkbSetMap request whose
   * range holds the layout's keys in between unchanged (xkb-keysym-maps.ts), read and written
   * under a server grab so that no other client changes the keymap in between. Without XKB, one
   * core request per keycode.
   */
  private async remap(session: Session, changes: ReadonlyMap<number, number>): Promise<void> {
    const { x } = session;
    if (!x.hasXkb) {
      for (const [keycode, keysym] of changes) x.changeKeyboardMapping(keycode, 2, bindingRow(keysym));
      return;
    }
    const keycodes = [...changes.keys()];
    const first = Math.min(...keycodes);
    const count = Math.max(...keycodes) - first + 1;
    x.grabServer();
    try {
      const current = await x.keySymMaps(first, count);
      const maps = current.maps.map((map, index) => {
        const keysym = changes.get(first + index);
        return keysym === undefined ? map : keySymMapFor(keysym);
      });
      x.setKeySymMaps(current, first, maps);
    } finally {
      if (x.isOpen) x.ungrabServer();
    }
  }

  private writeDownBound(session: Session): void {
    session.x.setCardinals(session.x.root, session.boundProperty, [...this.bound].flat());
  }

  private async caughtUp(run: Run): Promise<void> {
    if (!run.sentSinceCaughtUp) return;
    await run.session.apps.caughtUp(run.app, this.options.appTimeoutMs);
    run.sentSinceCaughtUp = false;
  }

  /** The connection, opened on first use and again after it dropped. */
  private async connect(): Promise<Session> {
    const current = await this.session?.catch(() => undefined);
    if (current?.x.isOpen) return current;
    this.session = openSession(this.options.display);
    return this.session;
  }

  private releaseLater(): void {
    clearTimeout(this.releaseTimer);
    if (this.bound.size === 0) return;
    this.releaseTimer = setTimeout(() => {
      void this.serially(async () => {
        const session = await this.session?.catch(() => undefined);
        if (session?.x.isOpen) await this.release(session).catch(() => undefined);
      });
    }, this.options.releaseAfterMs);
    // Leftover keysyms on unused keycodes must not keep the host alive.
    this.releaseTimer.unref();
  }

  /** Empties every keycode this typer mapped (that still holds what it put there). */
  private async release(session: Session): Promise<void> {
    if (this.bound.size === 0) return;
    const keymap: Keymap = { minKeycode: session.x.minKeycode, rows: await session.x.getKeyboardMapping() };
    const ours = [...spareKeycodes(keymap, this.bound)].filter(([, keysym]) => keysym !== 0);
    if (ours.length > 0) await this.remap(session, new Map(ours.map(([keycode]) => [keycode, 0])));
    this.bound.clear();
    session.x.deleteProperty(session.x.root, session.boundProperty);
    await session.x.sync();
  }

  private explain(error: unknown, run: Run | undefined, total: number): Error {
    const progress = run && run.sent > 0 ? ` Typing stopped after ${run.sent} of ${total} characters.` : '';
    if (error instanceof TextTypingError) return progress ? new TextTypingError(error.code, error.message + progress, { cause: error }) : error;
    if (error instanceof AppNotRespondingError) {
      return new TextTypingError('app-not-responding', `The focused application did not respond within ${error.timeoutMs / 1000} s.${progress}`, { cause: error });
    }
    if (error instanceof NoSpareKeycodeError) {
      return new TextTypingError('no-free-keycode', 'The keyboard mapping has no unused keycode to type with. Switching to a standard keyboard layout frees some.', { cause: error });
    }
    if (error instanceof XConnectionError) return new TextTypingError('display-unavailable', `${error.message}${progress}`, { cause: error });
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The XKB state; from the core state (QueryPointer) when the server has no XKB. */
async function keyboardState(x: X11Connection): Promise<XkbState> {
  const state = await x.keyboardState();
  if (state) return state;
  const { keyMask } = await x.pointer(x.root);
  return { mods: keyMask & 0xff, lockedMods: 0, group: (keyMask >> 13) & 0x3 };
}

async function openSession(display: string): Promise<Session> {
  const x = await X11Connection.open(display);
  try {
    await x.enableXTest();
    await x.enableXkb();
    const [apps, boundProperty] = await Promise.all([FocusedAppTracker.create(x), x.atom(BOUND_PROPERTY)]);
    return { x, apps, boundProperty };
  } catch (error) {
    x.close();
    throw error;
  }
}

