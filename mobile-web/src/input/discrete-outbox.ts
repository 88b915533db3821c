import type { DiscreteInput, ModifierKey } from '@touchdesk/shared';

type WithoutSeq<T> = T extends unknown ? Omit<T, 'seq'> : never;

/** Discrete input as the page makes it; the outbox gives it its number. */
export type UnsequencedInput = WithoutSeq<DiscreteInput>;

/** Where the numbers come from and go to: SequenceStore in the page, a map in tests. */
export interface SequenceNumbers {
  next(deviceId: string): number;
  save(deviceId: string, next: number): void;
}

export interface OutboxPort {
  /** Puts one message on the wire; may silently fail, as the entry stays until acknowledged. */
  send(message: DiscreteInput): void;
  /** The oldest waiting input was dropped to make room: the user should hear of it. */
  overflowed(capacity: number): void;
}

/**
 * At most this many inputs wait for the host. Enough for minutes of tapping through a dead
 * Wi-Fi (people tap a few times a second at most), and small enough that resending all of it
 * after a reconnect stays well inside the host's burst allowance (LIMITS.messageBurst, 1000)
 * even with motion going out alongside; more than that would be refused by the host's rate
 * limit and lost anyway, only later and less visibly.
 */
export const MAX_PENDING = 500;

interface Entry {
  readonly message: UnsequencedInput;
  /** Given when the entry first goes on the wire, for the device of that session. */
  seq: number | null;
  /** Sticky modifiers (Ctrl…) held when it was made: its meaning depends on them. */
  readonly heldModifiers: readonly ModifierKey[];
}

/** What `sessionEnded` dropped besides the modifier messages themselves. */
export interface DroppedWithModifiers {
  readonly count: number;
  /** The modifiers those inputs were made with. */
  readonly modifiers: readonly ModifierKey[];
}

/**
 * - `offline`: no session; input waits.
 * - `syncing`: the host's first status has come, its first ack (what it already handled)
 *   has not: input still waits, so nothing new overtakes what is to be resent.
 * - `live`: input goes out as it comes.
 */
type Phase = 'offline' | 'syncing' | 'live';

/**
 * Discrete input (clicks, keys, modifiers) delivered exactly once across reconnects. Every
 * message is kept until the host acknowledges its number; the host's ack that follows the
 * first status of a session says which it already handled, and the rest are resent in their
 * order before anything new. The host skips numbers it has seen, so a resend never doubles.
 *
 * Numbers are given when an entry first goes on the wire rather than when it is made: only
 * then is the device known (a fresh pairing learns its id during the handshake), and a new
 * device id starts again at 1. Nothing here survives a reload but the next number: taps from
 * before a reload replayed into whatever window has focus afterwards would surprise more than
 * they help, and the reload itself shows the user that what was pending is gone.
 */
export class DiscreteOutbox {
  private readonly pending: Entry[] = [];
  private phase: Phase = 'offline';
  private deviceId: string | null = null;
  private nextSeq = 1;

  constructor(
    private readonly sequences: SequenceNumbers,
    private readonly port: OutboxPort,
    private readonly capacity = MAX_PENDING,
  ) {}

  /** Inputs not yet acknowledged, sent or not. */
  get size(): number {
    return this.pending.length;
  }

  push(message: UnsequencedInput, heldModifiers: readonly ModifierKey[]): void {
    if (this.pending.length >= this.capacity) {
      this.pending.shift();
      this.port.overflowed(this.capacity);
    }
    const entry: Entry = { message, seq: null, heldModifiers };
    this.pending.push(entry);
    if (this.phase === 'live') this.transmit(entry);
  }

  /** The host's first status on a new connection, as `deviceId`. */
  sessionStarted(deviceId: string): void {
    if (deviceId !== this.deviceId) {
      this.deviceId = deviceId;
      this.nextSeq = this.sequences.next(deviceId);
      // Numbers given under another device id mean nothing to this one, and the old session
      // may have handled them: resending under the new id could do them twice.
      this.dropWhere((entry) => entry.seq !== null);
    }
    this.phase = 'syncing';
  }

  /** Every input up to `seq` has been handled. */
  acknowledged(seq: number): void {
    if (this.phase === 'offline') return;
    while (this.pending.length > 0) {
      const first = this.pending[0] as Entry;
      if (first.seq === null || first.seq > seq) break;
      this.pending.shift();
    }
    if (this.phase !== 'syncing') return;
    if (seq >= this.nextSeq) {
      // The host has handled numbers beyond ours: storage lost our count (a private tab, a
      // full quota). New input numbered at or below its count would be skipped as old.
      this.nextSeq = seq + 1;
      this.saveNext();
    }
    this.phase = 'live';
    for (const entry of this.pending) this.transmit(entry);
  }

  /**
   * The session is gone, and with it the modifiers the host held for this phone: the host
   * lets them go when a phone disconnects. Waiting modifier presses and releases are dropped
   * (a resent press would hold a key the user sees as released), and so is input made while a
   * modifier was held: replayed without it, Ctrl+click would turn into a plain click.
   */
  sessionEnded(): DroppedWithModifiers {
    this.phase = 'offline';
    let count = 0;
    const modifiers = new Set<ModifierKey>();
    this.dropWhere((entry) => {
      if (entry.message.type === 'modifier') return true;
      if (entry.heldModifiers.length === 0) return false;
      count += 1;
      for (const key of entry.heldModifiers) modifiers.add(key);
      return true;
    });
    return { count, modifiers: [...modifiers] };
  }

  /** Forgets everything waiting: input the host will not take (paused, another phone in control). */
  clear(): void {
    this.pending.length = 0;
  }

  private transmit(entry: Entry): void {
    if (entry.seq === null) {
      // Another tab of this page on the same device may have numbered input since: both
      // read and write the same storage, so neither reuses the other's numbers.
      if (this.deviceId !== null) this.nextSeq = Math.max(this.nextSeq, this.sequences.next(this.deviceId));
      entry.seq = this.nextSeq;
      this.nextSeq += 1;
      this.saveNext();
    }
    this.port.send({ ...entry.message, seq: entry.seq });
  }

  private saveNext(): void {
    if (this.deviceId !== null) this.sequences.save(this.deviceId, this.nextSeq);
  }

  private dropWhere(predicate: (entry: Entry) => boolean): void {
    const kept = this.pending.filter((entry) => !predicate(entry));
    this.pending.length = 0;
    this.pending.push(...kept);
  }
}
