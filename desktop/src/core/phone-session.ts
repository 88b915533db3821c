import {
  CLOSE_CODES,
  type ClientMessage,
  type ErrorCode,
  type HostMessage,
  LIMITS,
  parseClientFrame,
  PROTOCOL_VERSION,
} from '@touchdesk/shared';
import { InputQueue } from './input-queue.js';
import type { PhoneRegistry } from './phone-registry.js';
import type { InputInjector } from './ports.js';

type InputMessage = Extract<ClientMessage, { type: 'move' | 'scroll' | 'button' | 'key' }>;

function isInput(message: ClientMessage): message is InputMessage {
  return message.type === 'move' || message.type === 'scroll' || message.type === 'button' || message.type === 'key';
}

/** What a session needs from the connection it lives on. */
export interface SessionTransport {
  send(message: HostMessage): void;
  close(code: number, reason: string): void;
}

export interface SessionDeps {
  readonly id: string;
  readonly address: string;
  readonly transport: SessionTransport;
  readonly injector: InputInjector;
  readonly registry: PhoneRegistry;
  readonly verifyToken: (token: string) => boolean;
}

/**
 * One phone's connection, from its first frame to its last. Every frame is untrusted: it is
 * parsed at this edge, and nothing reaches the injector before the phone has proven it holds
 * the pairing secret. A bad frame from a paired phone gets a coded error and the session goes
 * on; a bad frame before pairing ends the connection.
 */
export class PhoneSession {
  private state: 'awaiting-hello' | 'open' | 'closed' = 'awaiting-hello';
  private readonly input: InputQueue;

  constructor(private readonly deps: SessionDeps) {
    this.input = new InputQueue(deps.injector, (error) => this.reportInjectionFailure(error));
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  receive(frame: unknown): void {
    if (this.state === 'closed') return;
    const parsed = parseClientFrame(frame);
    if (!parsed.ok) {
      this.refuse(parsed.error.code, parsed.error.message);
      return;
    }
    const message = parsed.value;
    if (this.state === 'awaiting-hello' && message.type !== 'hello') {
      this.refuse('not-authenticated', 'Say hello with the pairing secret first.');
      return;
    }
    // The phone already shows why input cannot work here; it need not hear it per event.
    if (isInput(message) && this.deps.injector.status.state !== 'ready') return;
    this.handle(message);
  }

  /** The connection is gone: release what this phone held and say goodbye to the registry. */
  async end(reason: string): Promise<void> {
    if (this.state === 'closed') return;
    const wasOpen = this.state === 'open';
    this.state = 'closed';
    await this.input.close();
    if (wasOpen) this.deps.registry.leave(this.deps.id, reason);
  }

  /** Resolves when every input received so far has been injected; for tests and shutdown. */
  idle(): Promise<void> {
    return this.input.idle();
  }

  private handle(message: ClientMessage): void {
    switch (message.type) {
      case 'hello':
        return this.greet(message);
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
        return this.deps.transport.send({ type: 'pong', id: message.id });
      default: {
        const unreachable: never = message;
        return unreachable;
      }
    }
  }

  private greet(hello: Extract<ClientMessage, { type: 'hello' }>): void {
    if (this.state === 'open') {
      this.refuse('bad-message', 'This phone already said hello.');
      return;
    }
    if (hello.version !== PROTOCOL_VERSION) {
      this.fail('version-mismatch', CLOSE_CODES.versionMismatch, `The host speaks version ${PROTOCOL_VERSION}; reload the page.`);
      return;
    }
    if (!this.deps.verifyToken(hello.token)) {
      this.fail('bad-token', CLOSE_CODES.badToken, 'The pairing secret is not valid; scan the QR code again.');
      return;
    }
    this.state = 'open';
    const { id, address, transport, registry } = this.deps;
    registry.join(id, hello.deviceName || 'Phone', address, (message) => transport.send(message));
  }

  /** A paired phone gets an error and keeps its session; anyone else is shown the door. */
  private refuse(code: ErrorCode, message: string): void {
    if (this.state === 'open') {
      this.deps.transport.send({ type: 'error', code, message });
      return;
    }
    this.fail(code, CLOSE_CODES.protocolViolation, message);
  }

  private fail(code: ErrorCode, closeCode: number, message: string): void {
    this.deps.transport.send({ type: 'error', code, message });
    this.deps.transport.close(closeCode, code);
    void this.end(code);
  }

  private reportInjectionFailure(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.deps.transport.send({
      type: 'error',
      code: 'injection-failed',
      message: `The desktop refused the input: ${detail}`.slice(0, LIMITS.maxErrorMessageLength),
    });
  }
}
