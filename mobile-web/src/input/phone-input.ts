import { type KeyAction, LIMITS, MODIFIER_KEYS, type ModifierKey, type NamedKey } from '@touchdesk/shared';
import type { ConnectionState } from '../connection/host-connection.js';
import type { ConnectionEnvironment } from '../connection/ports.js';
import type { InputMessage } from '../connection/secure-session.js';
import { DiscreteOutbox, type SequenceNumbers, type UnsequencedInput } from './discrete-outbox.js';
import { acceptsDiscreteInput, type InputGate, inputGate } from './input-gate.js';
import { ModifierLatch, type ModifierState } from './modifier-latch.js';
import { type GraphemeBoundaries, graphemeBoundaries } from '../text/graphemes.js';
import { splitText } from '../text/text-pieces.js';

export type MotionMessage = Extract<InputMessage, { type: 'move' | 'scroll' }>;

/** The live connection, as input needs it. */
export interface InputTransport {
  /** True while the socket takes sealed frames. */
  isReady(): boolean;
  /** Bytes the socket has queued but not yet put on the network. */
  bufferedAmount(): number;
  send(message: InputMessage): void;
}

export type InputWarning =
  /** More input waited than the outbox keeps; the oldest was dropped. */
  | { readonly kind: 'queue-overflow'; readonly capacity: number }
  /**
   * The session ended while modifiers were held, or with input made with them still unsent:
   * `keys` are released, and `droppedInputs` made with them will not be sent.
   */
  | { readonly kind: 'held-keys-released'; readonly keys: readonly ModifierKey[]; readonly droppedInputs: number };

export interface InputObserver {
  /** What the controls show may have changed: held modifiers, or whether input is taken. */
  changed(): void;
  warned(warning: InputWarning): void;
}

export type InputClock = Pick<ConnectionEnvironment, 'now' | 'setTimer' | 'clearTimer'>;

/**
 * The phone lets a held modifier go a little before the host does (LIMITS.maxModifierHoldMs
 * without other input), so the toggle never shows a key as held that the host has let go.
 */
export const MODIFIER_HOLD_MS = LIMITS.maxModifierHoldMs - 1000;

/**
 * Everything the page sends as input passes through here: the gate (paused, another phone in
 * control), the outbox that delivers discrete input exactly once, and the sticky modifiers.
 * Motion goes straight out or not at all; it is never kept for later.
 */
export class PhoneInput {
  private readonly latch = new ModifierLatch();
  private readonly outbox: DiscreteOutbox;
  private gate: InputGate = { kind: 'waiting' };
  private connected = false;
  private lastInputAt = 0;
  private holdTimer: number | null = null;

  constructor(
    private readonly transport: InputTransport,
    sequences: SequenceNumbers,
    private readonly clock: InputClock,
    private readonly observer: InputObserver,
    private readonly boundaries: GraphemeBoundaries = graphemeBoundaries(),
  ) {
    this.outbox = new DiscreteOutbox(sequences, {
      send: (message) => this.transport.send(message),
      overflowed: (capacity) => this.observer.warned({ kind: 'queue-overflow', capacity }),
    });
  }

  /** Whether the controls that send discrete input should be usable. */
  acceptsInput(): boolean {
    return acceptsDiscreteInput(this.gate);
  }

  isHeld(key: ModifierKey): boolean {
    return this.latch.isHeld(key);
  }

  modifierState(key: ModifierKey): ModifierState {
    return this.latch.state(key);
  }

  /** Held and armed modifiers: what the next key would be pressed with. */
  activeModifiers(): ModifierKey[] {
    return this.latch.activeKeys();
  }

  /** Unacknowledged discrete input, for tests and diagnostics. */
  get pendingCount(): number {
    return this.outbox.size;
  }

  canSendMotion(): boolean {
    return this.gate.kind === 'open' && this.transport.isReady();
  }

  bufferedAmount(): number {
    return this.transport.bufferedAmount();
  }

  sendMotion(message: MotionMessage): void {
    if (!this.canSendMotion()) return;
    this.lastInputAt = this.clock.now();
    this.transport.send(message);
  }

  /** Sent now, or kept until the next session, or dropped when the host will not take it. */
  sendDiscrete(message: UnsequencedInput): void {
    if (!this.acceptsInput()) return;
    this.lastInputAt = this.clock.now();
    this.outbox.push(message, this.latch.heldKeys());
  }

  /**
   * One key press, as a chord with every modifier in effect: those the host holds (it presses
   * them no second time), armed ones, which this spends, and `extra` (a shortcut's own).
   * Self-contained, so a chord resent after a reconnect means what it meant.
   */
  pressKey(key: NamedKey, extra: readonly ModifierKey[] = []): void {
    if (!this.acceptsInput()) return;
    const armed = this.latch.takeArmed();
    const modifiers = MODIFIER_KEYS.filter((modifier) => this.latch.isHeld(modifier) || armed.includes(modifier) || extra.includes(modifier));
    this.sendDiscrete({ type: 'key', key, modifiers });
    if (armed.length > 0) this.observer.changed();
  }

  /** Text typed as given, in as many messages as it takes. */
  typeText(text: string): void {
    if (!this.acceptsInput()) return;
    for (const piece of splitText(text, this.boundaries)) this.sendDiscrete({ type: 'text', text: piece });
  }

  /** Armed modifiers that cannot apply to what is typed next (text, not a key) go off. */
  disarmModifiers(): void {
    if (this.latch.takeArmed().length > 0) this.observer.changed();
  }

  /** The trackpad's Ctrl: a tap holds the key, the next lets it go. */
  toggleModifier(key: ModifierKey): void {
    if (!this.acceptsInput()) return;
    this.sendModifier(key, this.latch.toggle(key));
  }

  /** The keyboard's modifiers: a tap arms (or lets go of a locked key)... */
  tapModifier(key: ModifierKey): void {
    if (!this.acceptsInput()) return;
    this.sendModifier(key, this.latch.tap(key));
  }

  /** ...a long press or a double tap locks. */
  lockModifier(key: ModifierKey): void {
    if (!this.acceptsInput()) return;
    this.sendModifier(key, this.latch.lock(key));
  }

  /**
   * Releases every held modifier, on the desktop too. The presenter does this: a Next pressed
   * while Ctrl is still held would be Ctrl+PageDown, which switches the browser's tab instead
   * of the slide. Armed modifiers stay armed; slide commands do not use them.
   */
  letGoOfModifiers(): void {
    const held = this.releaseModifiers();
    for (const key of held) this.sendDiscrete({ type: 'modifier', key, action: 'up' });
    this.observer.changed();
  }

  connectionChanged(state: ConnectionState): void {
    const wasConnected = this.connected;
    this.connected = state.phase === 'connected';
    if (state.phase === 'connected' && !wasConnected) this.outbox.sessionStarted(state.deviceId);
    if (!this.connected && wasConnected) {
      const dropped = this.outbox.sessionEnded();
      const keys = new Set([...this.releaseModifiers(), ...dropped.modifiers]);
      if (keys.size > 0) {
        this.observer.warned({ kind: 'held-keys-released', keys: [...keys], droppedInputs: dropped.count });
      }
    }
    this.gate = inputGate(state);
    if (!acceptsDiscreteInput(this.gate)) {
      this.outbox.clear();
      // The host lets go of this phone's modifiers when it pauses or hands control to
      // another phone; sending the release would only be refused.
      this.releaseModifiers();
      this.latch.takeArmed();
    }
    this.observer.changed();
  }

  acknowledged(seq: number): void {
    this.outbox.acknowledged(seq);
  }

  private sendModifier(key: ModifierKey, action: KeyAction | null): void {
    if (action !== null) {
      this.sendDiscrete({ type: 'modifier', key, action });
      this.armHoldTimer();
    }
    this.observer.changed();
  }

  private releaseModifiers(): ModifierKey[] {
    if (this.holdTimer !== null) this.clock.clearTimer(this.holdTimer);
    this.holdTimer = null;
    return this.latch.releaseAll();
  }

  private armHoldTimer(): void {
    if (this.holdTimer !== null) this.clock.clearTimer(this.holdTimer);
    this.holdTimer = null;
    if (!this.latch.anyHeld()) return;
    const remaining = this.lastInputAt + MODIFIER_HOLD_MS - this.clock.now();
    this.holdTimer = this.clock.setTimer(() => {
      this.holdTimer = null;
      if (this.clock.now() - this.lastInputAt < MODIFIER_HOLD_MS) {
        this.armHoldTimer();
        return;
      }
      // The host is about to let go by itself; saying so keeps both ends in step.
      this.letGoOfModifiers();
    }, Math.max(0, remaining));
  }
}
