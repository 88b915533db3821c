import { type ClientMessage, CLOSE_CODES, type DiscreteInput, type HostMessage, LIMITS, parseClientFrame } from '@touchdesk/shared';
import type { DeliveryLedger } from './delivery-ledger.js';
import { InputQueue } from './input-queue.js';
import type { LaserPointer } from './laser-pointer.js';
import { MessageRate } from './message-rate.js';
import type { PhoneRegistry } from './phone-registry.js';
import { PhonePresenter } from './presenter/phone-presenter.js';
import { PresenterDesk } from './presenter/presenter-desk.js';
import { DEFAULT_POINTER_FEEL, PointerAcceleration, type PointerFeel } from './pointer-acceleration.js';
import type { Clock, InputInjector, Timers } from './ports.js';
import type { PreviewSubscription } from './preview/preview-service.js';

export interface DispatchDeps {
  readonly connectionId: string;
  readonly deviceId: string;
  readonly injector: InputInjector;
  readonly registry: PhoneRegistry;
  readonly ledger: DeliveryLedger;
  readonly clock: Clock;
  readonly timers: Timers;
  /** Seals and sends a message to this phone. */
  readonly send: (message: HostMessage) => void;
  /** Ends this connection; the phone reconnects and resends what was not acknowledged. */
  readonly close: (code: number, reason: string) => void;
  readonly maxModifierHoldMs?: number | undefined;
  /** The desktop's system and foreground app, for slide commands; without it, the app is unknown. */
  readonly presenter?: PresenterDesk | undefined;
  /** This phone's slide preview switch; absent where the host offers no preview. */
  readonly preview?: PreviewSubscription | undefined;
  /** Who points where with the laser pointer, for the desktop's spotlight. */
  readonly laserPointer?: LaserPointer | undefined;
  /** The user's pointer speed and acceleration, read at each move so a change applies at once. */
  readonly pointerFeel?: (() => PointerFeel) | undefined;
  /** The scroll direction setting, read at each scroll so a change applies at once; natural when not given. */
  readonly naturalScrolling?: (() => boolean) | undefined;
}

/** Input refused for rate is reported at most this often, so the refusals are no flood either. */
const RATE_REPORT_INTERVAL_MS = 1000;

/**
 * What an authenticated phone says, turned into input. Discrete input (clicks, keys,
 * modifiers) is numbered by the phone and handled exactly once across reconnects: a number
 * the device's ledger has seen is skipped, and the phone hears the highest number handled, at
 * most once per turn of the event loop, so it can forget what it kept for resending. Input the
 * desktop may not take now (paused, another phone in control, no injection here) still counts
 * as handled: it is dropped, never replayed later when nobody expects it.
 */
export class InputDispatch {
  private readonly input: InputQueue;
  private readonly rate: MessageRate;
  private readonly presenter: PhonePresenter;
  private readonly acceleration: PointerAcceleration;
  private lastRateReport = -Infinity;
  private ackDue = false;

  constructor(private readonly deps: DispatchDeps) {
    const earlierInput = deps.ledger.handOver(deps.deviceId, () => this.input.idle());
    this.input = new InputQueue(deps.injector, (error) => this.reportInjectionFailure(error), {
      timers: deps.timers,
      maxModifierHoldMs: deps.maxModifierHoldMs,
      after: earlierInput,
    });
    this.rate = new MessageRate(deps.clock, LIMITS.messagesPerSecond, LIMITS.messageBurst);
    this.presenter = new PhonePresenter(deps.presenter ?? new PresenterDesk('pc'), deps.send);
    this.acceleration = new PointerAcceleration(deps.pointerFeel ?? (() => DEFAULT_POINTER_FEEL));
  }

  /** The text of one sealed frame, not yet validated. */
  receive(text: string): void {
    const withinRate = this.rate.take();
    const parsed = parseClientFrame(text);
    if (!parsed.ok) return this.deps.send({ type: 'error', code: parsed.error.code, message: parsed.error.message });
    if (withinRate) return this.handle(parsed.value);
    // Motion over the rate is simply dropped. A click or key may not be: dropping it would
    // lose it for good once a later number is acknowledged. So the connection ends with it
    // unacknowledged, and the phone's reconnect (with its backoff) resends it and slows it down.
    if ('seq' in parsed.value) return this.deps.close(CLOSE_CODES.tooManyMessages, 'too-many-messages');
    this.reportRate();
  }

  /** Tells a phone that just connected where its numbering stands, so it resends only what is missing. */
  sendAck(): void {
    this.deps.send({ type: 'ack', seq: this.deps.ledger.highestFor(this.deps.deviceId) });
  }

  /** Tells a phone that just connected which app is in front; later changes follow by themselves. */
  sendForeground(): void {
    this.presenter.sendForeground();
  }

  releaseHeld(): void {
    this.input.releaseAll();
    this.deps.laserPointer?.ended(this.deps.connectionId);
  }

  /** Resolves when every input received so far has been injected. */
  idle(): Promise<void> {
    return this.input.idle();
  }

  close(): Promise<void> {
    this.presenter.close();
    this.deps.preview?.stop();
    this.deps.laserPointer?.ended(this.deps.connectionId);
    return this.input.close();
  }

  private handle(message: ClientMessage): void {
    switch (message.type) {
      case 'hello':
      case 'prove':
        return this.deps.send({ type: 'error', code: 'bad-message', message: 'The handshake is already done.' });
      case 'move':
        if (this.mayInject()) this.move(message.dx, message.dy);
        return;
      case 'scroll':
        if (this.mayInject()) this.scroll(message.dx, message.dy);
        return;
      case 'button':
      case 'key':
      case 'modifier':
      case 'text':
      case 'slide':
        return this.handleOnce(message);
      case 'take-control':
        return this.deps.registry.takeControl(this.deps.connectionId);
      case 'ping':
        return this.deps.send({ type: 'pong', id: message.id });
      case 'presenter-app':
        return this.presenter.choose(message.choice);
      case 'preview':
        return this.deps.preview?.want(message.on);
      case 'pointer':
        if (!this.mayInject()) return;
        this.input.pointAt(message.x, message.y);
        return this.deps.laserPointer?.moved(this.deps.connectionId, { x: message.x, y: message.y });
      case 'pointer-end':
        return this.deps.laserPointer?.ended(this.deps.connectionId);
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** The speed is measured where the move arrives, before it waits behind other input. */
  private move(dx: number, dy: number): void {
    const factor = this.acceleration.factor(dx, dy, this.deps.clock.now());
    this.input.move(dx * factor, dy * factor);
  }

  /**
   * The phone sends scrolling the natural way, content following the fingers as on its own
   * screen; with natural scrolling off the fingers move the scroll bar, so the wheel turns back.
   */
  private scroll(dx: number, dy: number): void {
    const sign = this.deps.naturalScrolling?.() === false ? -1 : 1;
    this.input.scroll(sign * dx, sign * dy);
  }

  private handleOnce(message: DiscreteInput): void {
    if (this.deps.ledger.accept(this.deps.deviceId, message.seq) && this.mayInject()) this.enqueue(message);
    this.scheduleAck();
  }

  private enqueue(message: DiscreteInput): void {
    switch (message.type) {
      case 'button':
        if (message.action === 'down') return this.input.press(message.button);
        if (message.action === 'up') return this.input.release(message.button);
        return this.input.click(message.button);
      case 'key':
        return this.input.tapKey(message.key, message.modifiers);
      case 'modifier':
        if (message.action === 'down') return this.input.pressKey(message.key);
        return this.input.releaseKey(message.key);
      case 'text':
        return this.input.typeText(message.text);
      case 'slide':
        return this.slide(message);
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** The slide program's keys for the command; a command it has no keys for types nothing. */
  private slide(message: Extract<DiscreteInput, { type: 'slide' }>): void {
    const keys = this.presenter.keysFor(message);
    if (!keys.ok) return this.deps.send({ type: 'error', code: 'slide-command-unsupported', message: keys.reason });
    for (const { key, modifiers } of keys.taps) this.input.tapKey(key, modifiers);
  }

  /** Paused, another phone in control, or nothing to inject with: the phone already shows why. */
  private mayInject(): boolean {
    return this.deps.injector.status.state === 'ready' && this.deps.registry.mayInject(this.deps.deviceId);
  }

  private scheduleAck(): void {
    if (this.ackDue) return;
    this.ackDue = true;
    this.deps.timers.soon(() => {
      this.ackDue = false;
      this.sendAck();
    });
  }

  private reportRate(): void {
    const now = this.deps.clock.now();
    if (now - this.lastRateReport < RATE_REPORT_INTERVAL_MS) return;
    this.lastRateReport = now;
    this.deps.send({ type: 'error', code: 'too-many-messages', message: 'Too many messages; some were dropped.' });
  }

  private reportInjectionFailure(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.deps.send({
      type: 'error',
      code: 'injection-failed',
      message: `The desktop refused the input: ${detail}`.slice(0, LIMITS.maxErrorMessageLength),
    });
  }
}
