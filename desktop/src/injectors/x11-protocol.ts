import { getKeySymMapsRequest, type KeySymMap, type KeySymMapsReply, parseKeySymMapsReply, setKeySymMapsRequest } from './xkb-keysym-maps.js';
import { type Callback, loadX11Package, type RawClient, type RawDisplay, type RawXkb, type RawXTest, type XEvent, type XImage, type XkbState, type XProperty } from './x11-package.js';

export type { XEvent, XImage, XkbState, XProperty } from './x11-package.js';

/** How the pixels of an image are laid out, for reading its colours. */
export interface PixelFormat {
  readonly bitsPerPixel: number;
  /** Bytes from one row's start to the next. */
  readonly rowBytes: (width: number) => number;
  readonly leastSignificantByteFirst: boolean;
  readonly redMask: number;
  readonly greenMask: number;
  readonly blueMask: number;
}

export const EVENT_MASK = {
  SubstructureNotify: 0x0008_0000,
  PropertyChange: 0x0040_0000,
} as const;

/** Predefined atoms (X11 protocol, appendix B). */
export const ATOM = {
  ATOM: 4,
  CARDINAL: 6,
  WM_NAME: 39,
  WM_CLASS: 67,
} as const;

/** Focus values GetInputFocus reports instead of a window. */
export const FOCUS_NONE = 0;
export const FOCUS_POINTER_ROOT = 1;

/** The X connection dropped, or a request it carried failed. */
export class XConnectionError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'XConnectionError';
  }
}

/**
 * One X connection with promises, for the few requests the text typers need: the `x11` package
 * speaks in callbacks, reports some errors as events, and keeps the process alive while open.
 * Everything else in this folder talks to X through this class.
 */
export class X11Connection {
  readonly root: number;
  readonly minKeycode: number;
  readonly maxKeycode: number;
  private readonly resourceMask: number;

  private readonly pending = new Set<(error: Error) => void>();
  private readonly listeners = new Set<(event: XEvent) => void>();
  private lost: Error | undefined;
  /** An error a reply-less request caused, kept until the next `check()`. */
  private asyncError: Error | undefined;
  private xtest: RawXTest | undefined;
  private xkb: RawXkb | undefined;

  private constructor(private readonly client: RawClient, private readonly display: RawDisplay, readonly name: string) {
    const screen = display.screen[0];
    if (!screen) throw new XConnectionError(`The X display ${name} has no screen.`);
    this.root = screen.root;
    this.minKeycode = display.min_keycode;
    this.maxKeycode = display.max_keycode;
    this.resourceMask = display.resource_mask;
    client.on('event', (event) => {
      for (const listener of this.listeners) listener(event);
    });
    client.on('error', (error) => {
      // X errors of requests sent without a callback (keyboard mapping, fake input) land here,
      // and so do socket errors, which end the connection.
      if (typeof (error as { error?: unknown }).error === 'number') this.asyncError ??= error;
      else this.fail(new XConnectionError(`The connection to the X display ${name} failed: ${error.message}`, { cause: error }));
    });
    const closed = (): void => this.fail(new XConnectionError(`The connection to the X display ${name} was closed.`));
    client.on('end', closed);
    client.stream.on('close', closed);
    // An idle connection must not keep the host's process alive on its own; one waiting for a
    // reply must (see track()).
    client.stream.unref();
  }

  static open(display: string): Promise<X11Connection> {
    const x11 = loadX11Package();
    return new Promise((resolve, reject) => {
      let settled = false;
      const client = x11.createClient({ display, bufferRequests: true }, (error, raw) => {
        if (settled) return;
        settled = true;
        if (error) reject(new XConnectionError(`Could not connect to the X display ${display}: ${error.message}`, { cause: error }));
        else resolve(new X11Connection(raw.client, raw, display));
      });
      client.on('error', (error) => {
        if (settled) return;
        settled = true;
        reject(new XConnectionError(`Could not connect to the X display ${display}: ${error.message}`, { cause: error }));
      });
    });
  }

  get isOpen(): boolean {
    return this.lost === undefined;
  }

  onEvent(listener: (event: XEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first event that `match` accepts within `timeoutMs`, or undefined when none came. */
  waitForEvent<T extends XEvent>(match: (event: XEvent) => event is T, timeoutMs: number): Promise<T | undefined> {
    const lost = this.lost;
    if (lost) return Promise.reject(lost);
    return new Promise<T | undefined>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        stop();
        this.untrack(abandon);
      };
      const abandon = (error: Error): void => {
        done();
        reject(error);
      };
      const stop = this.onEvent((event) => {
        if (!match(event)) return;
        done();
        resolve(event);
      });
      const timer = setTimeout(() => {
        done();
        resolve(undefined);
      }, timeoutMs);
      this.track(abandon);
    });
  }

  close(): void {
    if (this.lost) return;
    this.fail(new XConnectionError(`The connection to the X display ${this.name} was closed.`));
    this.client.terminate();
  }

  /** A round trip: every request sent before it has been processed; throws what they caused. */
  async sync(): Promise<void> {
    await this.request<void>((cb) => this.client.sync((error) => cb(error, undefined)));
    this.check();
  }

  /** Throws the first error a reply-less request caused since the last check. */
  check(): void {
    const error = this.asyncError;
    this.asyncError = undefined;
    if (error) throw new XConnectionError(`The X server refused a request: ${error.message}`, { cause: error });
  }

  getKeyboardMapping(): Promise<number[][]> {
    const count = this.maxKeycode - this.minKeycode + 1;
    return this.request((cb) => this.client.GetKeyboardMapping(this.minKeycode, count, cb));
  }

  changeKeyboardMapping(firstKeycode: number, keysymsPerKeycode: number, keysyms: readonly number[]): void {
    this.send(() => this.client.ChangeKeyboardMapping(firstKeycode, keysymsPerKeycode, keysyms));
  }

  /** Presses or releases a key through XTEST, as a keyboard would. Needs `enableXTest()` first. */
  fakeKey(keycode: number, down: boolean): void {
    const xtest = this.xtest;
    if (!xtest) throw new XConnectionError('XTEST is not enabled on this connection.');
    this.send(() => xtest.FakeInput(down ? xtest.KeyPress : xtest.KeyRelease, keycode, 0, 0, 0, 0));
  }

  async inputFocus(): Promise<number> {
    return (await this.request<{ focus: number }>((cb) => this.client.GetInputFocus(cb))).focus;
  }

  async parentOf(window: number): Promise<number> {
    return (await this.request<{ parent: number }>((cb) => this.client.QueryTree(window, cb))).parent;
  }

  /** The child of `window` that contains the pointer (0 when none), and the modifier state. */
  pointer(window: number): Promise<{ child: number; keyMask: number }> {
    return this.request((cb) => this.client.QueryPointer(window, cb));
  }

  /** A window's size; of the root window, the whole screen (every monitor). */
  geometry(drawable: number): Promise<{ width: number; height: number }> {
    return this.request((cb) => this.client.GetGeometry(drawable, cb));
  }

  /** The pixels of a rectangle of `drawable`, in the server's own layout (see pixelFormat()). */
  getImage(drawable: number, x: number, y: number, width: number, height: number): Promise<XImage> {
    const Z_PIXMAP = 2;
    const ALL_PLANES = 0xffff_ffff;
    return this.request<XImage>((cb) =>
      // The reply's data is a view of the package's read buffer, reused once the callback returns.
      this.client.GetImage(Z_PIXMAP, drawable, x, y, width, height, ALL_PLANES, (error, image) =>
        cb(error, image && { depth: image.depth, visualId: image.visualId, data: Buffer.from(image.data) }),
      ),
    );
  }

  /** The layout of an image of this depth and visual, or undefined when the server did not describe it. */
  pixelFormat(depth: number, visualId: number): PixelFormat | undefined {
    const format = this.display.format[depth];
    const visual = this.display.screen[0]?.depths[depth]?.[visualId];
    if (!format || !visual) return undefined;
    const pad = format.scanline_pad;
    return {
      bitsPerPixel: format.bits_per_pixel,
      rowBytes: (width) => Math.ceil((width * format.bits_per_pixel) / pad) * (pad / 8),
      leastSignificantByteFirst: this.display.image_byte_order === 0,
      redMask: visual.red_mask,
      greenMask: visual.green_mask,
      blueMask: visual.blue_mask,
    };
  }

  atom(name: string): Promise<number> {
    return this.request((cb) => this.client.InternAtom(false, name, cb));
  }

  /** A window property, any type, up to `maxBytes`. */
  getProperty(window: number, property: number, maxBytes: number): Promise<XProperty> {
    return this.request((cb) => this.client.GetProperty(0, window, property, 0, 0, Math.ceil(maxBytes / 4), cb));
  }

  /** Replaces a property with a list of 32-bit numbers. */
  setCardinals(window: number, property: number, values: readonly number[]): void {
    this.setProperty(window, property, ATOM.CARDINAL, 32, values);
  }

  /** Replaces a property: bytes (format 8) or 32-bit numbers (format 32) of the given type. */
  setProperty(window: number, property: number, type: number, format: 8 | 32, data: Buffer | readonly number[]): void {
    this.send(() => this.client.ChangeProperty(0, window, property, type, format, data));
  }

  /** A property's 32-bit numbers (empty when it is not there). */
  async cardinals(window: number, property: number, maxCount: number): Promise<number[]> {
    const value = await this.getProperty(window, property, maxCount * 4);
    const values: number[] = [];
    if (value.format === 32) for (let offset = 0; offset + 4 <= value.data.length; offset += 4) values.push(value.data.readUInt32LE(offset));
    return values;
  }

  deleteProperty(window: number, property: number): void {
    this.send(() => this.client.DeleteProperty(window, property));
  }

  selectEvents(window: number, eventMask: number): void {
    this.send(() => this.client.ChangeWindowAttributes(window, { eventMask }));
  }

  sendEvent(destination: number, eventMask: number, event: Record<string, unknown>): void {
    this.send(() => this.client.SendEvent(destination, 0, eventMask, event));
  }

  /** A window that is never shown, to own selections and receive their data in its properties. */
  createHiddenWindow(): number {
    const id = this.client.AllocID();
    const INPUT_ONLY = 2;
    this.send(() => this.client.CreateWindow(id, this.root, 0, 0, 1, 1, 0, 0, INPUT_ONLY, 0, {}));
    return id;
  }

  destroyWindow(window: number): void {
    this.send(() => this.client.DestroyWindow(window));
  }

  /**
   * The client that created a window (or any resource), as a number to compare: the server gives
   * each client its own range of ids, told apart by the bits outside the resource mask (the X.Org
   * server, Xvfb and Xwayland give every client the same mask).
   */
  clientOf(resource: number): number {
    return (resource & ~this.resourceMask) >>> 0;
  }

  /** The window that owns `selection` (e.g. CLIPBOARD), 0 when none does. */
  selectionOwner(selection: number): Promise<number> {
    return this.request((cb) => this.client.GetSelectionOwner(selection, cb));
  }

  /** Makes `owner` (0: nobody) the owner of `selection` from now on (CurrentTime). */
  setSelectionOwner(owner: number, selection: number): void {
    this.send(() => this.client.SetSelectionOwner(owner, selection, 0));
  }

  /** Asks the owner of `selection` for it as `target`, into `property` of `requestor`; SelectionNotify answers. */
  convertSelection(requestor: number, selection: number, target: number, property: number): void {
    this.send(() => this.client.ConvertSelection(requestor, selection, target, property, 0));
  }

  /** XKB, for the keyboard state; without it (very old servers) keyboardState() says so. */
  async enableXkb(): Promise<void> {
    const xkb = await this.request<RawXkb>((cb) => this.client.require('xkb', cb)).catch(() => undefined);
    if (xkb?.supported) this.xkb = xkb;
  }

  /** The keyboard state, or undefined without XKB. */
  async keyboardState(): Promise<XkbState | undefined> {
    const xkb = this.xkb;
    if (!xkb) return undefined;
    return this.request<XkbState>((cb) => xkb.GetState(xkb.UseCoreKbd, cb));
  }

  get hasXkb(): boolean {
    return this.xkb !== undefined;
  }

  /** XKB's key symbol maps of keycodes [first, first + count). Needs XKB. */
  async keySymMaps(first: number, count: number): Promise<KeySymMapsReply> {
    const xkb = this.requireXkb();
    const body = await this.request<Buffer>((cb) => this.rawRequest(getKeySymMapsRequest(xkb.majorOpcode, first, count), cb));
    return parseKeySymMapsReply(body);
  }

  /** Replaces the key symbol maps from `first` on, in one request. Needs XKB. */
  setKeySymMaps(reply: KeySymMapsReply, first: number, maps: readonly KeySymMap[]): void {
    const xkb = this.requireXkb();
    this.send(() => this.rawRequest(setKeySymMapsRequest(xkb.majorOpcode, reply, first, maps)));
  }

  /** Until ungrabServer(), the server handles this connection's requests only: a read-modify-write is atomic. */
  grabServer(): void {
    this.send(() => this.client.GrabServer());
  }

  ungrabServer(): void {
    this.send(() => this.client.UngrabServer());
  }

  /** Locks (`values` bit set) or unlocks the modifiers in `affect`, as Caps Lock does. Needs XKB. */
  lockModifiers(affect: number, values: number): void {
    const xkb = this.requireXkb();
    this.send(() => xkb.LatchLockState(xkb.UseCoreKbd, affect, values, false, 0, 0, 0, false, 0));
  }

  private requireXkb(): RawXkb {
    if (!this.xkb) throw new XConnectionError('XKB is not enabled on this connection.');
    return this.xkb;
  }

  /** A request the package has no method for, sent the way its extension modules send theirs. */
  private rawRequest(request: Buffer, cb?: Callback<Buffer>): void {
    const client = this.client;
    client.seq_num++;
    client.pack_stream.put(request);
    // The body may be a view of the package's read buffer: kept as a copy.
    if (cb) client.replies[client.seq_num] = [(body) => Buffer.from(body), cb as Callback<unknown>];
    client.pack_stream.submit(cb !== undefined);
  }

  async enableXTest(): Promise<void> {
    this.xtest ??= await this.request<RawXTest>((cb) => this.client.require('xtest', cb)).catch((error: unknown) => {
      throw new XConnectionError(`The X display ${this.name} has no XTEST extension, which injecting keys needs.`, { cause: error });
    });
  }

  private send(issue: () => void): void {
    if (this.lost) throw this.lost;
    issue();
  }

  private request<T>(issue: (cb: Callback<T>) => void): Promise<T> {
    const lost = this.lost;
    if (lost) return Promise.reject(lost);
    return new Promise<T>((resolve, reject) => {
      const abandon = (error: Error): void => reject(error);
      this.track(abandon);
      issue((error, result) => {
        this.untrack(abandon);
        if (error) {
          reject(new XConnectionError(`X request failed: ${error.message}`, { cause: error }));
          return true; // handled: the package would emit it as an 'error' event otherwise
        }
        resolve(result);
        return undefined;
      });
    });
  }

  /** A reply or an event is awaited: the process stays up for it, and it fails if the connection does. */
  private track(abandon: (error: Error) => void): void {
    if (this.pending.size === 0) this.client.stream.ref();
    this.pending.add(abandon);
  }

  private untrack(abandon: (error: Error) => void): void {
    if (this.pending.delete(abandon) && this.pending.size === 0) this.client.stream.unref();
  }

  private fail(error: Error): void {
    if (this.lost) return;
    this.lost = error;
    for (const abandon of this.pending) abandon(error);
    this.pending.clear();
    this.listeners.clear();
  }
}
