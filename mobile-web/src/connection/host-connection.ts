import {
  type ClientMessage,
  type ErrorCode,
  FINAL_CLOSE_CODES,
  type HostMessage,
  parseHostFrame,
  PROTOCOL_VERSION,
} from '@touchdesk/shared';
import { reconnectDelay } from './backoff.js';

export type StatusMessage = Extract<HostMessage, { type: 'status' }>;

export type ConnectionState =
  /** Trying to reach the host for the first time since the page loaded. */
  | { readonly phase: 'connecting' }
  /** The host has confirmed the session; `status` is its latest word. */
  | { readonly phase: 'connected'; readonly status: StatusMessage }
  /** Was connected, lost it, retrying with backoff. */
  | { readonly phase: 'reconnecting' }
  /** The host closed with a code retrying cannot fix; the user has to act. */
  | { readonly phase: 'stopped'; readonly closeCode: number };

export interface ConnectionListener {
  stateChanged(state: ConnectionState): void;
  hostError(code: ErrorCode): void;
}

/** The socket as this module uses it; the browser's `WebSocket`, or a fake in tests. */
export interface SocketLike {
  readonly readyState: number;
  readonly bufferedAmount: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  send(data: string): void;
  close(code?: number): void;
}

/** What the connection needs from the page, injected so tests control sockets and time. */
export interface ConnectionEnvironment {
  createSocket(url: string): SocketLike;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(id: number): void;
  random(): number;
}

export interface ConnectionOptions {
  readonly url: string;
  readonly token: string;
  readonly deviceName: string;
}

/** `WebSocket.OPEN`, spelled out because fake sockets in tests have no such static. */
const SOCKET_OPEN = 1;

/**
 * A socket that connects, says hello and waits this long for the host's first status is
 * stuck (a half-open connection after a Wi-Fi switch, a host that hangs): drop it and retry.
 */
export const HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * The phone's one connection to the host: says hello with the pairing secret, validates every
 * frame the host sends, reconnects with backoff unless the close code says it cannot help.
 * The session counts as usable from the host's first `status` message, not from the socket's
 * `open`: only then has the host accepted the secret.
 */
export class HostConnection {
  private socket: SocketLike | null = null;
  private state: ConnectionState = { phase: 'connecting' };
  private everConnected = false;
  private attempt = 0;
  private retryTimer: number | null = null;
  private handshakeTimer: number | null = null;

  constructor(
    private readonly options: ConnectionOptions,
    private readonly env: ConnectionEnvironment,
    private readonly listener: ConnectionListener,
  ) {}

  start(): void {
    this.listener.stateChanged(this.state);
    this.open();
  }

  /**
   * Skip the rest of the backoff: the page has come back to the foreground or the network
   * has returned, and the person holding the phone is waiting now.
   */
  retryNow(): void {
    if (this.state.phase !== 'reconnecting' && this.state.phase !== 'connecting') return;
    if (this.retryTimer === null) return;
    this.clearRetry();
    this.attempt = 0;
    this.open();
  }

  /** Closes for good; this object reports nothing afterwards. */
  stop(): void {
    this.clearRetry();
    this.clearHandshake();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000);
  }

  /** True while the host accepts input on this connection. */
  isReady(): boolean {
    return this.state.phase === 'connected' && this.socket?.readyState === SOCKET_OPEN;
  }

  bufferedAmount(): number {
    return this.socket?.bufferedAmount ?? 0;
  }

  /** Sends when the session is usable; otherwise the message is dropped, by design for now. */
  send(message: ClientMessage): void {
    if (this.isReady()) this.socket?.send(JSON.stringify(message));
  }

  private open(): void {
    const socket = this.env.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      const hello: ClientMessage = {
        type: 'hello',
        version: PROTOCOL_VERSION,
        token: this.options.token,
        deviceName: this.options.deviceName,
      };
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (event) => {
      if (socket === this.socket) this.receive(event.data);
    };
    socket.onclose = (event) => {
      if (socket === this.socket) this.lost(event.code);
    };
    this.handshakeTimer = this.env.setTimer(() => {
      this.handshakeTimer = null;
      if (socket !== this.socket || this.state.phase === 'connected') return;
      // The close event of a stuck socket may take minutes; treat it as lost right away.
      this.socket = null;
      socket.close(1000);
      this.lost(null);
    }, HANDSHAKE_TIMEOUT_MS);
  }

  private receive(data: unknown): void {
    const parsed = parseHostFrame(data);
    if (!parsed.ok) {
      console.warn(`TouchDesk: ignored a frame from the host (${parsed.error.code}): ${parsed.error.message}`);
      return;
    }
    const message = parsed.value;
    switch (message.type) {
      case 'status':
        this.clearHandshake();
        this.attempt = 0;
        this.everConnected = true;
        this.setState({ phase: 'connected', status: message });
        break;
      case 'error':
        this.listener.hostError(message.code);
        break;
      case 'pong':
        // Heartbeats come with a later change; a pong now is harmless.
        break;
      default: {
        const unknown: never = message;
        console.warn('TouchDesk: unhandled host message', unknown);
      }
    }
  }

  /** `closeCode` is null when we gave up on the socket ourselves. */
  private lost(closeCode: number | null): void {
    this.socket = null;
    this.clearHandshake();
    if (closeCode !== null && FINAL_CLOSE_CODES.has(closeCode)) {
      this.setState({ phase: 'stopped', closeCode });
      return;
    }
    this.setState(this.everConnected ? { phase: 'reconnecting' } : { phase: 'connecting' });
    const delay = reconnectDelay(this.attempt, this.env.random);
    this.attempt += 1;
    this.retryTimer = this.env.setTimer(() => {
      this.retryTimer = null;
      this.open();
    }, delay);
  }

  private setState(state: ConnectionState): void {
    const unchanged = state.phase === this.state.phase && state.phase !== 'connected';
    this.state = state;
    if (!unchanged) this.listener.stateChanged(state);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.env.clearTimer(this.retryTimer);
    this.retryTimer = null;
  }

  private clearHandshake(): void {
    if (this.handshakeTimer !== null) this.env.clearTimer(this.handshakeTimer);
    this.handshakeTimer = null;
  }
}
