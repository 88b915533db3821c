import {
  ChannelBroken,
  CLOSE_CODES,
  type ClientMessage,
  type ErrorCode,
  type HostMessage,
  HostHandshake,
  LIMITS,
  parseClientFrame,
  type SealedChannel,
} from '@touchdesk/shared';
import type { Attempt } from './attempt-limiter.js';
import { type Credential, deviceKeyHex, type Gatekeeper } from './gatekeeper.js';
import { InputQueue } from './input-queue.js';
import { MessageRate } from './message-rate.js';
import type { PhoneRegistry } from './phone-registry.js';
import type { Clock, InputInjector } from './ports.js';

/** What a session needs from the connection it lives on: text frames for the handshake, binary after. */
export interface SessionTransport {
  send(frame: string | Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface SessionDeps {
  readonly id: string;
  readonly address: string;
  readonly transport: SessionTransport;
  readonly injector: InputInjector;
  readonly registry: PhoneRegistry;
  readonly gatekeeper: Gatekeeper;
  readonly clock: Clock;
  readonly randomBytes: (length: number) => Uint8Array;
}

type Phase =
  | { readonly name: 'hello' }
  | {
      readonly name: 'proving';
      readonly handshake: HostHandshake;
      readonly credential: Credential;
      readonly key: Uint8Array;
      readonly attempt: Attempt;
    }
  | { readonly name: 'open'; readonly channel: SealedChannel; readonly deviceId: string }
  | { readonly name: 'closed' };

type InputMessage = Extract<ClientMessage, { type: 'move' | 'scroll' | 'button' | 'key' }>;

function isInput(message: ClientMessage): message is InputMessage {
  return message.type === 'move' || message.type === 'scroll' || message.type === 'button' || message.type === 'key';
}

/** Input refused for rate is reported at most this often, so the refusals are no flood either. */
const RATE_REPORT_INTERVAL_MS = 1000;

/**
 * One phone's connection, from its first frame to its last. Every frame is untrusted. Until
 * the phone has proven it holds a key (the QR code's secret, or its own from an earlier
 * pairing), nothing it says reaches the injector and any mistake ends the connection. After
 * that, every frame is sealed; one that fails to open ends the session, and a sealed but
 * malformed message gets a coded error while the session goes on.
 */
export class PhoneSession {
  private phase: Phase = { name: 'hello' };
  private readonly input: InputQueue;
  private readonly rate: MessageRate;
  private lastRateReport = -Infinity;

  constructor(private readonly deps: SessionDeps) {
    this.input = new InputQueue(deps.injector, (error) => this.reportInjectionFailure(error));
    this.rate = new MessageRate(deps.clock, LIMITS.messagesPerSecond, LIMITS.messageBurst);
  }

  get isOpen(): boolean {
    return this.phase.name === 'open';
  }

  /** The paired device behind this session, once the handshake is done. */
  get deviceId(): string | undefined {
    return this.phase.name === 'open' ? this.phase.deviceId : undefined;
  }

  receive(frame: string | Uint8Array): void {
    switch (this.phase.name) {
      case 'closed':
        return;
      case 'open':
        return this.receiveSealed(this.phase.channel, frame);
      case 'hello':
      case 'proving':
        return this.receiveHandshake(frame);
      default: {
        const unreachable: never = this.phase;
        return unreachable;
      }
    }
  }

  /** The connection is gone: release what this phone held and say goodbye to the registry. */
  async end(reason: string): Promise<void> {
    if (this.phase.name === 'closed') return;
    const wasOpen = this.phase.name === 'open';
    this.phase = { name: 'closed' };
    await this.input.close();
    if (wasOpen) this.deps.registry.leave(this.deps.id, reason);
  }

  /** Resolves when every input received so far has been injected; for tests and shutdown. */
  idle(): Promise<void> {
    return this.input.idle();
  }

  private receiveHandshake(frame: string | Uint8Array): void {
    const parsed = typeof frame === 'string' ? parseClientFrame(frame) : undefined;
    if (!parsed) return this.fail('not-authenticated', CLOSE_CODES.protocolViolation, 'Finish the handshake first.');
    if (!parsed.ok) {
      const closeCode = parsed.error.code === 'version-mismatch' ? CLOSE_CODES.versionMismatch : CLOSE_CODES.protocolViolation;
      return this.fail(parsed.error.code, closeCode, parsed.error.message);
    }
    const message = parsed.value;
    if (this.phase.name === 'hello' && message.type === 'hello') return this.challenge(message);
    if (this.phase.name === 'proving' && message.type === 'prove') return this.checkProof(this.phase, message.proof);
    this.fail('not-authenticated', CLOSE_CODES.protocolViolation, 'Finish the handshake first.');
  }

  private challenge(hello: Extract<ClientMessage, { type: 'hello' }>): void {
    const { gatekeeper, address } = this.deps;
    const attempt = gatekeeper.begin(address, hello.credential);
    if (!attempt) return this.fail('rate-limited', CLOSE_CODES.rateLimited, 'Too many failed attempts; wait a minute.');
    const lookup = gatekeeper.keyFor(hello.credential);
    if ('refusal' in lookup) return this.fail(lookup.refusal, CLOSE_CODES.credentialRejected, 'Scan the QR code on the desktop again.');
    const handshake = new HostHandshake(lookup.key, hello.phoneNonce, this.deps.randomBytes);
    this.phase = { name: 'proving', handshake, credential: hello.credential, key: lookup.key, attempt };
    this.sendPlain({ type: 'challenge', hostNonce: handshake.hostNonceHex });
  }

  private checkProof(proving: Extract<Phase, { name: 'proving' }>, proof: string): void {
    const { gatekeeper, address, registry, transport, id } = this.deps;
    const verified = proving.handshake.verify(proof);
    if (!verified) return this.fail('bad-proof', CLOSE_CODES.credentialRejected, 'Scan the QR code on the desktop again.');
    proving.attempt.succeeded();
    const admission = gatekeeper.admit(proving.credential, proving.key);
    if ('refusal' in admission) {
      return this.fail(admission.refusal, CLOSE_CODES.credentialRejected, 'Scan the QR code on the desktop again.');
    }
    const { device, newlyPaired } = admission;
    this.sendPlain({ type: 'welcome', proof: verified.proof });
    this.phase = { name: 'open', channel: verified.channel, deviceId: device.id };
    if (newlyPaired) this.send({ type: 'paired', deviceId: device.id, deviceKey: deviceKeyHex(device) });
    registry.join({
      id,
      deviceId: device.id,
      deviceName: device.name,
      address,
      send: (message) => this.send(message),
      close: (code, reason) => {
        transport.close(code, reason);
        void this.end(reason);
      },
    });
  }

  private receiveSealed(channel: SealedChannel, frame: string | Uint8Array): void {
    let text: string;
    try {
      if (typeof frame === 'string') throw new ChannelBroken('Plain text after the handshake.');
      text = channel.open(frame);
    } catch (error) {
      if (!(error instanceof ChannelBroken)) throw error;
      // Nothing more can be sealed for a peer whose frames no longer open: the close says why.
      this.deps.transport.close(CLOSE_CODES.protocolViolation, 'channel-broken');
      void this.end('channel-broken');
      return;
    }
    if (!this.rate.take()) return this.reportRate();
    const parsed = parseClientFrame(text);
    if (!parsed.ok) return this.send({ type: 'error', code: parsed.error.code, message: parsed.error.message });
    this.handle(parsed.value);
  }

  private handle(message: ClientMessage): void {
    // The phone already shows why input cannot work here; it need not hear it per event.
    if (isInput(message) && this.deps.injector.status.state !== 'ready') return;
    switch (message.type) {
      case 'hello':
      case 'prove':
        return this.send({ type: 'error', code: 'bad-message', message: 'The handshake is already done.' });
      case 'move':
        return this.input.move(message.dx, message.dy);
      case 'scroll':
        return this.input.scroll(message.dx, message.dy);
      case 'button':
        if (message.action === 'down') return this.input.press(message.button);
        if (message.action === 'up') return this.input.release(message.button);
        return this.input.click(message.button);
      case 'key':
        return this.input.tapKey(message.key, message.modifiers);
      case 'ping':
        return this.send({ type: 'pong', id: message.id });
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  /** Sealed once the channel is open; plain text only during the handshake. */
  private send(message: HostMessage): void {
    if (this.phase.name === 'open') this.deps.transport.send(this.phase.channel.seal(JSON.stringify(message)));
    else if (this.phase.name !== 'closed') this.sendPlain(message);
  }

  private sendPlain(message: HostMessage): void {
    this.deps.transport.send(JSON.stringify(message));
  }

  private fail(code: ErrorCode, closeCode: number, message: string): void {
    this.send({ type: 'error', code, message: message.slice(0, LIMITS.maxErrorMessageLength) });
    this.deps.transport.close(closeCode, code);
    void this.end(code);
  }

  private reportRate(): void {
    const now = this.deps.clock.now();
    if (now - this.lastRateReport < RATE_REPORT_INTERVAL_MS) return;
    this.lastRateReport = now;
    this.send({ type: 'error', code: 'too-many-messages', message: 'Too many messages; some were dropped.' });
  }

  private reportInjectionFailure(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.send({
      type: 'error',
      code: 'injection-failed',
      message: `The desktop refused the input: ${detail}`.slice(0, LIMITS.maxErrorMessageLength),
    });
  }
}
