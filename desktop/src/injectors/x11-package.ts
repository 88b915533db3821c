import { createRequire } from 'node:module';

/**
 * The part of the `x11` package (a pure-JS X11 client: no native build, no install script) that
 * this folder uses, typed: the package ships no types. Only x11-protocol.ts imports this.
 */

export type Callback<T> = (error: Error | null | undefined, result: T) => unknown;

export interface RawXTest {
  readonly KeyPress: number;
  readonly KeyRelease: number;
  FakeInput(type: number, keycode: number, time: number, window: number, x: number, y: number): void;
}

export interface RawXkb {
  readonly majorOpcode: number;
  readonly UseCoreKbd: number;
  readonly supported: number;
  GetState(deviceSpec: number, cb: Callback<XkbState>): void;
  LatchLockState(
    deviceSpec: number, affectModLocks: number, modLocks: number, lockGroup: boolean, groupLock: number,
    affectModLatches: number, modLatches: number, latchGroup: boolean, groupLatch: number,
  ): void;
}

/** The keyboard's XKB state: effective and locked modifiers (core bits), effective group. */
export interface XkbState {
  readonly mods: number;
  readonly lockedMods: number;
  readonly group: number;
}

/** A rectangle of pixels as the server stores them (ZPixmap: whole pixels, rows padded). */
export interface XImage {
  readonly depth: number;
  readonly visualId: number;
  readonly data: Buffer;
}

/** How a visual packs red, green and blue into a pixel. */
export interface XVisual {
  readonly red_mask: number;
  readonly green_mask: number;
  readonly blue_mask: number;
}

export interface XProperty {
  readonly type: number;
  readonly format: number;
  readonly bytesAfter: number;
  readonly data: Buffer;
}

/** The events this folder reacts to, as the package parses them. */
export type XEvent =
  | { readonly name: 'ClientMessage'; readonly wid: number; readonly message_type: number; readonly format: number; readonly data: readonly number[] }
  /** Another client asks the owner of a selection to convert it to `target`, into `property` of `requestor`. */
  | { readonly name: 'SelectionRequest'; readonly time: number; readonly owner: number; readonly requestor: number; readonly selection: number; readonly target: number; readonly property: number }
  /** The owner of a selection answers a ConvertSelection: `property` holds the data, or is 0 when refused. */
  | { readonly name: 'SelectionNotify'; readonly time: number; readonly requestor: number; readonly selection: number; readonly target: number; readonly property: number }
  /** Another client took a selection this one owned. */
  | { readonly name: 'SelectionClear'; readonly time: number; readonly owner: number; readonly selection: number }
  /** A window property changed (`state` 0) or was deleted (1): the active window, a title. */
  | { readonly name: 'PropertyNotify'; readonly wid: number; readonly atom: number; readonly state: number }
  /** Any other event: the name is the package's, listed here only as not one of the above. */
  | { readonly name: 'other' };

export interface RawClient {
  GetKeyboardMapping(first: number, count: number, cb: Callback<number[][]>): void;
  ChangeKeyboardMapping(first: number, keysymsPerKeycode: number, keysyms: readonly number[]): void;
  GetInputFocus(cb: Callback<{ focus: number }>): void;
  QueryTree(window: number, cb: Callback<{ parent: number }>): void;
  QueryPointer(window: number, cb: Callback<{ child: number; keyMask: number }>): void;
  GetGeometry(drawable: number, cb: Callback<{ width: number; height: number }>): void;
  GetImage(format: number, drawable: number, x: number, y: number, width: number, height: number, planeMask: number, cb: Callback<XImage>): void;
  InternAtom(onlyIfExists: boolean, name: string, cb: Callback<number>): void;
  GetProperty(del: number, window: number, property: number, type: number, longOffset: number, longLength: number, cb: Callback<XProperty>): void;
  ChangeProperty(mode: number, window: number, property: number, type: number, format: number, data: Buffer | readonly number[]): void;
  DeleteProperty(window: number, property: number): void;
  ChangeWindowAttributes(window: number, values: { eventMask: number }): void;
  SendEvent(destination: number, propagate: number, eventMask: number, event: Record<string, unknown>): void;
  AllocID(): number;
  CreateWindow(id: number, parent: number, x: number, y: number, width: number, height: number, borderWidth: number, depth: number, windowClass: number, visual: number, values: Record<string, number>): void;
  DestroyWindow(id: number): void;
  SetSelectionOwner(owner: number, selection: number, time: number): void;
  GetSelectionOwner(selection: number, cb: Callback<number>): void;
  ConvertSelection(requestor: number, selection: number, target: number, property: number, time: number): void;
  require(extension: 'xtest', cb: Callback<RawXTest>): void;
  require(extension: 'xkb', cb: Callback<RawXkb>): void;
  GrabServer(): void;
  UngrabServer(): void;
  sync(cb: (error: Error | null) => void): void;
  /**
   * The package's own plumbing, which its extension modules use to send requests it has no
   * method for: bump the sequence number, queue the bytes, register the reply's parser.
   */
  seq_num: number;
  readonly pack_stream: { put(request: Buffer): void; submit(expectsReply?: boolean): void };
  readonly replies: Record<number, [(body: Buffer, detail: number) => unknown, Callback<unknown>]>;
  terminate(): void;
  on(event: 'event', listener: (event: XEvent) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'end', listener: () => void): void;
  readonly stream: { ref(): void; unref(): void; on(event: 'close', listener: () => void): void };
}

export interface RawDisplay {
  readonly client: RawClient;
  readonly min_keycode: number;
  readonly max_keycode: number;
  readonly resource_mask: number;
  readonly screen: readonly {
    readonly root: number;
    /** Visuals by depth, then by id. */
    readonly depths: Readonly<Record<number, Readonly<Record<number, XVisual>>>>;
  }[];
  /** Bits a pixel takes in an image, by depth. */
  readonly format: Readonly<Record<number, { readonly bits_per_pixel: number; readonly scanline_pad: number }>>;
  /** 0: least significant byte first. */
  readonly image_byte_order: number;
}

interface X11Package {
  createClient(options: { display: string; bufferRequests: boolean }, cb: Callback<RawDisplay>): RawClient;
}

export function loadX11Package(): X11Package {
  return createRequire(import.meta.url)('x11') as X11Package;
}
