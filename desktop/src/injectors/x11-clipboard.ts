import { ATOM, type X11Connection, type XEvent } from './x11-protocol.js';

/**
 * The X11 CLIPBOARD selection as text, read and offered through one hidden window (ICCCM,
 * section 2). An X clipboard holds no data: the client that owns the selection answers each
 * paste (a SelectionRequest) by writing the data into a property of the requestor's window.
 * So offering a text means owning the selection and answering those requests for as long as
 * nobody else takes it over (a SelectionClear), and reading it means asking its owner.
 *
 * Only text is read and offered (UTF8_STRING, text/plain;charset=utf-8, and Latin-1 STRING when
 * read), and only as much as fits in one property: the INCR protocol for larger transfers is
 * not spoken, and such a clipboard reads as not text.
 */

export type ClipboardContents =
  /** Nobody owns the clipboard. */
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  /** Something this module cannot hold: not text, too large, or an owner that does not answer. */
  | { readonly kind: 'other'; readonly reason: string };

/**
 * One ChangeProperty request carries at most 2^16 - 1 four-byte units (the `x11` package writes
 * the request's 16-bit length field), less its 24-byte header.
 */
export const MAX_CLIPBOARD_BYTES = 4 * 0xffff - 24;

const ATOM_NAMES = ['CLIPBOARD', 'TARGETS', 'UTF8_STRING', 'STRING', 'text/plain;charset=utf-8', 'INCR', '_TOUCHDESK_CLIPBOARD'] as const;
type AtomName = (typeof ATOM_NAMES)[number];
type Atoms = Record<AtomName, number>;

type SelectionRequest = Extract<XEvent, { name: 'SelectionRequest' }>;
type SelectionNotify = Extract<XEvent, { name: 'SelectionNotify' }>;

interface Offer {
  readonly text: string;
  /** Only this client (see X11Connection.clientOf) is given the text; undefined: every client. */
  readonly forClient: number | undefined;
}

export class X11Clipboard {
  /** What this window serves while it owns the clipboard. */
  private offered: Offer | undefined;
  /** Told of every request answered with the offered text or its targets. */
  private readonly answered = new Set<(gaveText: boolean) => void>();
  private readonly stopListening: () => void;

  private constructor(
    private readonly x: X11Connection,
    private readonly window: number,
    private readonly atoms: Atoms,
  ) {
    this.stopListening = x.onEvent((event) => {
      if (event.name === 'SelectionRequest' && event.owner === window && event.selection === atoms.CLIPBOARD) this.answer(event);
      if (event.name === 'SelectionClear' && event.owner === window && event.selection === atoms.CLIPBOARD) this.offered = undefined;
    });
  }

  static async open(x: X11Connection): Promise<X11Clipboard> {
    const values = await Promise.all(ATOM_NAMES.map((name) => x.atom(name)));
    const atoms = Object.fromEntries(ATOM_NAMES.map((name, index) => [name, values[index] as number])) as Atoms;
    return new X11Clipboard(x, x.createHiddenWindow(), atoms);
  }

  /** What the clipboard holds now, as text when it is text; `timeoutMs` for its owner to answer. */
  async read(timeoutMs: number): Promise<ClipboardContents> {
    const owner = await this.x.selectionOwner(this.atoms.CLIPBOARD);
    if (owner === 0) return { kind: 'empty' };
    if (owner === this.window && this.offered !== undefined) return { kind: 'text', text: this.offered.text };
    const targets = await this.convert(this.atoms.TARGETS, timeoutMs);
    if (targets === undefined) return { kind: 'other', reason: 'the application that holds it did not say what it holds' };
    const offered = new Set<number>();
    for (let offset = 0; offset + 4 <= targets.length; offset += 4) offered.add(targets.readUInt32LE(offset));
    const target = [this.atoms.UTF8_STRING, this.atoms['text/plain;charset=utf-8'], this.atoms.STRING].find((atom) => offered.has(atom));
    if (target === undefined) return { kind: 'other', reason: 'it holds no text' };
    const data = await this.convert(target, timeoutMs);
    if (data === undefined) return { kind: 'other', reason: 'it holds no text, or more than TouchDesk can keep' };
    return { kind: 'text', text: data.toString(target === this.atoms.STRING ? 'latin1' : 'utf8') };
  }

  /**
   * Takes the clipboard, offering `text` to whoever pastes (or only to `forClient`), until
   * another client takes it. Resolves false when another client took it at once
   * (SetSelectionOwner has no reply).
   */
  async offer(text: string, forClient?: number): Promise<boolean> {
    if (Buffer.byteLength(text, 'utf8') > MAX_CLIPBOARD_BYTES) throw new RangeError(`A clipboard text is at most ${MAX_CLIPBOARD_BYTES} bytes.`);
    this.offered = { text, forClient };
    this.x.setSelectionOwner(this.window, this.atoms.CLIPBOARD);
    if (await this.isOwner()) return true;
    this.offered = undefined;
    return false;
  }

  /** Whether this window owns the clipboard now (a SelectionClear may still be on its way). */
  async isOwner(): Promise<boolean> {
    return (await this.x.selectionOwner(this.atoms.CLIPBOARD)) === this.window;
  }

  /** Leaves the clipboard empty (when this window still owns it): what it was before a paste into an empty one. */
  async clear(): Promise<void> {
    this.offered = undefined;
    if (await this.isOwner()) this.x.setSelectionOwner(0, this.atoms.CLIPBOARD);
    await this.x.sync();
  }

  /**
   * Resolves true once a requestor has been given the offered text (not just the list of its
   * targets) and then no request has come for `settleMs`; false when none asked for the text
   * within `timeoutMs`. Call it before the paste is triggered.
   *
   * X does not say when a paste is over, and an application may read the clipboard more than
   * once for one paste: Chromium reads the text for the paste event, then again to insert it,
   * with requests for the targets in between and after (measured: 17 requests within 20 ms).
   */
  settledAfterFetch(timeoutMs: number, settleMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      let fetched = false;
      let settle: NodeJS.Timeout | undefined;
      const finish = (result: boolean): void => {
        clearTimeout(deadline);
        clearTimeout(settle);
        this.answered.delete(onAnswer);
        resolve(result);
      };
      const onAnswer = (gaveText: boolean): void => {
        fetched ||= gaveText;
        if (!fetched) return;
        clearTimeout(settle);
        settle = setTimeout(() => finish(true), settleMs);
      };
      // An application that keeps asking past the deadline has had the text all the same.
      const deadline = setTimeout(() => finish(fetched), timeoutMs);
      this.answered.add(onAnswer);
    });
  }

  close(): void {
    this.stopListening();
    this.offered = undefined;
    if (this.x.isOpen) this.x.destroyWindow(this.window);
  }

  /** Converts the clipboard to `target` into this window's property, and reads it back. */
  private async convert(target: number, timeoutMs: number): Promise<Buffer | undefined> {
    const { window, atoms } = this;
    const isAnswer = (event: XEvent): event is SelectionNotify =>
      event.name === 'SelectionNotify' && event.requestor === window && event.selection === atoms.CLIPBOARD && event.target === target;
    const answer = this.x.waitForEvent(isAnswer, timeoutMs);
    this.x.convertSelection(window, atoms.CLIPBOARD, target, atoms._TOUCHDESK_CLIPBOARD);
    const notify = await answer;
    if (notify === undefined || notify.property === 0) return undefined;
    const value = await this.x.getProperty(window, notify.property, MAX_CLIPBOARD_BYTES);
    this.x.deleteProperty(window, notify.property);
    if (value.type === atoms.INCR || value.bytesAfter > 0) return undefined;
    return value.data;
  }

  /** Answers one paste: the text as UTF-8, or the list of targets it can be had as; anything else is refused. */
  private answer(request: SelectionRequest): void {
    const { atoms } = this;
    // ICCCM: a requestor that names no property (an obsolete client) wants the target's name.
    const property = request.property === 0 ? request.target : request.property;
    const texts = [atoms.UTF8_STRING, atoms['text/plain;charset=utf-8']];
    const offer = this.offered;
    const served = offer !== undefined && (offer.forClient === undefined || offer.forClient === this.x.clientOf(request.requestor));
    let answered = 0;
    if (served && request.target === atoms.TARGETS) {
      this.x.setProperty(request.requestor, property, ATOM.ATOM, 32, [atoms.TARGETS, ...texts]);
      answered = property;
    } else if (served && texts.includes(request.target)) {
      this.x.setProperty(request.requestor, property, request.target, 8, Buffer.from(offer.text, 'utf8'));
      answered = property;
    }
    this.x.sendEvent(request.requestor, 0, {
      name: 'SelectionNotify',
      time: request.time,
      requestor: request.requestor,
      selection: request.selection,
      target: request.target,
      property: answered,
    });
    if (answered !== 0) for (const onAnswer of [...this.answered]) onAnswer(request.target !== atoms.TARGETS);
  }
}
