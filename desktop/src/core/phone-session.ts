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
import type { DeliveryLedger } from './delivery-ledger.js';
import { type Credential, deviceKeyHex, type Gatekeeper } from './gatekeeper.js';
import { InputDispatch } from './input-dispatch.js';
import type { PhoneRegistry } from './phone-registry.js';
import type { PresenterDesk } from './presenter/presenter-desk.js';
import type { PointerFeel } from './pointer-acceleration.js';
import type { LaserPointer } from './laser-pointer.js';
import type { Clock, InputInjector, Timers } from './ports.js';
import type { PreviewService } from './preview/preview-service.js';

/** What a session needs from the connection it lives on: text frames for the handshake, binary after. */
export interface SessionTransport {
  send(frame: string | Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes sent and not yet on the wire: the slide preview waits while the phone's link is behind. */
  bufferedAmount(): number;
}

export interface SessionDeps {
  readonly id: string;
  readonly address: string;
  readonly transport: SessionTransport;
  readonly injector: InputInjector;
  readonly registry: PhoneRegistry;
  readonly gatekeeper: Gatekeeper;
  readonly clock: Clock;
  readonly timers: Timers;
  /** Shared by every session: which numbered input each device has had handled. */
  readonly ledger: DeliveryLedger;
  readonly randomBytes: (length: number) => Uint8Array;
  /** The desktop's system and foreground app, for slide commands. */
  readonly presenter?: PresenterDesk | undefined;
  readonly maxModifierHoldMs?: number | undefined;
  /** The slide preview every phone may ask for; none in tests that do not need it. */
  readonly preview?: PreviewService | undefined;
  readonly laserPointer?: LaserPointer | undefined;
  readonly pointerFeel?: (() => PointerFeel) | undefined;
  readonly naturalScrolling?: (() => boolean) | undefined;
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
  | { readonly name: 'open'; readonly channel: SealedChannel; readonly deviceId: string; readonly dispatch: InputDispatch }
  | { readonly name: 'closed' };

/**
 * One phone's connection, from its first frame to its last. Every frame is untrusted. Until
 * the phone has proven it holds a key (the QR code's secret, or its own from an earlier
 * pairing), nothing it says reaches the injector and any mistake ends the connection. After
 * that, every frame is sealed; one that fails to open ends the session, and what it carries
 * goes to the session's InputDispatch.
 */
export class PhoneSession {
  private phase: Phase = { name: 'hello' };
  private proofReceived = false;
  /** Set once the handshake is done; kept after the end, so `idle()` still waits for its input. */
  private dispatch: InputDispatch | undefined;

  constructor(private readonly deps: SessionDeps) {}

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
        return this.receiveSealed(this.phase, frame);
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
    // A connection cut between challenge and proof guessed nothing: a phone on a flaky network
    // must not lock itself out by losing a few handshakes.
    if (this.phase.name === 'proving' && !this.proofReceived) this.phase.attempt.succeeded();
    const wasOpen = this.phase.name === 'open';
    this.phase = { name: 'closed' };
    await this.dispatch?.close();
    if (wasOpen) this.deps.registry.leave(this.deps.id, reason);
  }

  /** Resolves when every input received so far has been injected; for tests and shutdown. */
  async idle(): Promise<void> {
    await this.dispatch?.idle();
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
    if (this.phase.name === 'proving' && message.type === 'prove') {
      this.proofReceived = true;
      return this.checkProof(this.phase, message.proof);
    }
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
    const { gatekeeper, address, registry, transport, id, injector, ledger, clock, timers, maxModifierHoldMs, pointerFeel, naturalScrolling } = this.deps;
    const verified = proving.handshake.verify(proof);
    if (!verified) return this.fail('bad-proof', CLOSE_CODES.credentialRejected, 'Scan the QR code on the desktop again.');
    proving.attempt.succeeded();
    const admission = gatekeeper.admit(proving.credential, proving.key);
    if ('refusal' in admission) {
      return this.fail(admission.refusal, CLOSE_CODES.credentialRejected, 'Scan the QR code on the desktop again.');
    }
    const { device, newlyPaired } = admission;
    this.sendPlain({ type: 'welcome', proof: verified.proof });
    const send = (message: HostMessage) => this.send(message);
    const close = (code: number, reason: string) => {
      transport.close(code, reason);
      void this.end(reason);
    };
    const preview = this.deps.preview?.subscribe({ send, bufferedAmount: () => transport.bufferedAmount() });
    const { laserPointer, presenter } = this.deps;
    const dispatch = new InputDispatch({ preview, laserPointer, presenter, connectionId: id, deviceId: device.id, injector, registry, ledger, clock, timers, send, close, maxModifierHoldMs, pointerFeel, naturalScrolling });
    this.phase = { name: 'open', channel: verified.channel, deviceId: device.id, dispatch };
    this.dispatch = dispatch;
    if (newlyPaired) this.send({ type: 'paired', deviceId: device.id, deviceKey: deviceKeyHex(device) });
    registry.join({
      id,
      deviceId: device.id,
      deviceName: device.name,
      address,
      send,
      close,
      releaseHeld: () => dispatch.releaseHeld(),
    });
    // Right after the first status: a phone coming back learns what it need not resend.
    dispatch.sendAck();
    dispatch.sendForeground();
  }

  private receiveSealed({ channel, dispatch }: Extract<Phase, { name: 'open' }>, frame: string | Uint8Array): void {
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
    dispatch.receive(text);
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
}
