import { CLOSE_CODES, type ErrorCode, FINAL_CLOSE_CODES, type HostMessage, type PhoneCredential } from '@touchdesk/shared';
import { reconnectDelay } from './backoff.js';
import { Heartbeat } from './heartbeat.js';
import type { ConnectionEnvironment, CredentialSource, SocketLike } from './ports.js';
import { type InputMessage, type SessionFault, SecureSession, type SessionMessage } from './secure-session.js';

export type StatusMessage = Extract<HostMessage, { type: 'status' }>;
export type ForegroundMessage = Extract<HostMessage, { type: 'foreground' }>;
/** A slide preview frame, or the reason there will be none. */
export type PreviewMessage = Extract<HostMessage, { type: 'preview' | 'preview-unavailable' }>;

/** The host's reasons for refusing a credential, the ones the page explains by name. */
export type CredentialErrorCode = Extract<ErrorCode, 'pairing-expired' | 'device-unknown' | 'bad-proof' | 'device-revoked'>;
const CREDENTIAL_ERROR_CODES: ReadonlySet<string> = new Set<CredentialErrorCode>([
  'pairing-expired',
  'device-unknown',
  'bad-proof',
  'device-revoked',
]);

function isCredentialErrorCode(code: ErrorCode | null): code is CredentialErrorCode {
  return code !== null && CREDENTIAL_ERROR_CODES.has(code);
}

/** Why the connection gave up; each needs the person holding the phone to do something. */
export type StopReason =
  /** No credential at all: this page was not opened from the QR code, or pairing was lost. */
  | { readonly kind: 'not-paired' }
  /** The host refused the credential; `errorCode` says why when the host said so. */
  | { readonly kind: 'credential-rejected'; readonly errorCode: CredentialErrorCode | null }
  /** The page and the host speak different protocol versions. */
  | { readonly kind: 'version-mismatch' }
  /** Whoever answered could not prove it is the desktop this phone paired with. */
  | { readonly kind: 'host-unverified' };

export type ConnectionState =
  /** Trying to reach the host for the first time since the page loaded. */
  | { readonly phase: 'connecting' }
  /**
   * The host has confirmed the session; `status` is its latest word. `deviceId` is who this
   * phone is to the host in this session, which is what input numbering is kept per.
   */
  | { readonly phase: 'connected'; readonly status: StatusMessage; readonly deviceId: string }
  /** Was connected, lost it, retrying with backoff. */
  | { readonly phase: 'reconnecting' }
  /** The host refused too many attempts from here; retrying after RATE_LIMITED_RETRY_MS. */
  | { readonly phase: 'rate-limited' }
  /** Retrying cannot help; the user has to act. */
  | { readonly phase: 'stopped'; readonly reason: StopReason };

export interface ConnectionListener {
  stateChanged(state: ConnectionState): void;
  hostError(code: ErrorCode): void;
  /** The host has handled every discrete input of this device up to `seq`. */
  acknowledged(seq: number): void;
  /** A heartbeat's round trip, in milliseconds. */
  roundTrip(ms: number): void;
  /** The application in front on the desktop changed (and once after connecting). */
  foreground(message: ForegroundMessage): void;
  preview(message: PreviewMessage): void;
}

/** `WebSocket.OPEN`, spelled out because fake sockets in tests have no such static. */
const SOCKET_OPEN = 1;

/** Browsers let a page close with 1000 or 3000–4999 only; the host learns nothing more from it. */
const PHONE_CLOSE_CODE = 1000;

/**
 * A socket that connects but has no status from the host this long after is stuck (a
 * half-open connection after a Wi-Fi switch, a host that hangs): drop it and retry.
 */
export const HANDSHAKE_TIMEOUT_MS = 10_000;

/** After the host said "too many attempts": long enough for its limit to ease. */
export const RATE_LIMITED_RETRY_MS = 30_000;

/** One socket with its handshake, and what this attempt has learned so far. */
interface Attempt {
  readonly socket: SocketLike;
  readonly session: SecureSession;
  readonly credential: PhoneCredential;
  /** Known from the start with a device credential; from `paired` when pairing. */
  deviceId: string | null;
  /** Runs from the first status on. */
  heartbeat: Heartbeat | null;
  lastError: ErrorCode | null;
}

/**
 * The phone's one connection to the host. Each attempt takes a credential, runs the
 * handshake (SecureSession) and from then on sends and receives only sealed frames. It
 * reconnects with backoff unless the close code says retrying cannot help. The session counts
 * as usable from the host's first sealed `status`, not from the socket's `open`.
 */
export class HostConnection {
  private attempt: Attempt | null = null;
  private state: ConnectionState = { phase: 'connecting' };
  private everConnected = false;
  private failures = 0;
  private retryTimer: number | null = null;
  private handshakeTimer: number | null = null;

  constructor(
    private readonly url: string,
    private readonly credentials: CredentialSource,
    private readonly env: ConnectionEnvironment,
    private readonly listener: ConnectionListener,
  ) {}

  start(): void {
    this.listener.stateChanged(this.state);
    this.open();
  }

  /**
   * Skip the rest of the backoff: the page has come back to the foreground or the network
   * has returned, and the person holding the phone is waiting now. A rate limit is sat out.
   * A connection that looks alive is checked at once: the page may have slept through its
   * death, and the next heartbeat could be seconds away.
   */
  retryNow(): void {
    this.attempt?.heartbeat?.check();
    if (this.state.phase !== 'reconnecting' && this.state.phase !== 'connecting') return;
    if (this.retryTimer === null) return;
    this.clearRetry();
    this.failures = 0;
    this.open();
  }

  /** Closes for good; this object reports nothing afterwards. */
  stop(): void {
    this.clearRetry();
    this.clearHandshake();
    const attempt = this.attempt;
    this.attempt = null;
    attempt?.heartbeat?.stop();
    attempt?.socket.close(PHONE_CLOSE_CODE);
  }

  /** True while the host accepts input on this connection. */
  isReady(): boolean {
    const attempt = this.attempt;
    return (
      this.state.phase === 'connected' &&
      attempt !== null &&
      attempt.session.established &&
      attempt.socket.readyState === SOCKET_OPEN
    );
  }

  bufferedAmount(): number {
    return this.attempt?.socket.bufferedAmount ?? 0;
  }

  /**
   * Seals and sends when the session is usable; otherwise the message is dropped, by design:
   * motion is worthless later, and discrete input is kept and resent by the outbox.
   */
  send(message: InputMessage): void {
    if (this.isReady()) this.attempt?.socket.send(this.attempt.session.seal(message));
  }

  private open(): void {
    const credential = this.credentials.next();
    if (credential === null) {
      this.setState({ phase: 'stopped', reason: { kind: 'not-paired' } });
      return;
    }
    const socket = this.env.createSocket(this.url);
    socket.binaryType = 'arraybuffer';
    const attempt: Attempt = {
      socket,
      session: new SecureSession(credential),
      credential,
      deviceId: credential.kind === 'device' ? credential.deviceId : null,
      heartbeat: null,
      lastError: null,
    };
    this.attempt = attempt;
    socket.onopen = () => {
      if (attempt === this.attempt) socket.send(attempt.session.hello());
    };
    socket.onmessage = (event) => {
      if (attempt !== this.attempt) return;
      attempt.heartbeat?.heard();
      this.receive(attempt, event.data);
    };
    socket.onclose = (event) => {
      if (attempt === this.attempt) this.lost(attempt, event.code);
    };
    this.handshakeTimer = this.env.setTimer(() => {
      this.handshakeTimer = null;
      // The close event of a stuck socket may take minutes; treat it as lost right away.
      if (attempt === this.attempt && this.state.phase !== 'connected') this.abandon(attempt, null);
    }, HANDSHAKE_TIMEOUT_MS);
  }

  private receive(attempt: Attempt, data: unknown): void {
    const event = attempt.session.receive(data);
    switch (event.kind) {
      case 'reply':
        attempt.socket.send(event.frame);
        break;
      case 'established':
        // Usable only once the first status arrives, sealed.
        break;
      case 'message':
        this.handle(attempt, event.message);
        break;
      case 'ignored':
        console.warn(`TouchDesk: ignored a frame from the host (${event.error.code}): ${event.error.message}`);
        break;
      case 'fault':
        console.warn(`TouchDesk: closed the connection (${event.fault}): ${event.detail}`);
        this.abandon(attempt, event.fault);
        break;
      default: {
        const unknown: never = event;
        console.warn('TouchDesk: unhandled session event', unknown);
      }
    }
  }

  private handle(attempt: Attempt, message: SessionMessage): void {
    switch (message.type) {
      case 'status': {
        const deviceId = attempt.deviceId;
        if (deviceId === null) {
          // Without a device id input cannot be numbered, so it could not be delivered safely.
          console.warn('TouchDesk: closed the connection (protocol-violation): status before paired');
          this.abandon(attempt, 'protocol-violation');
          return;
        }
        this.clearHandshake();
        this.failures = 0;
        this.everConnected = true;
        this.setState({ phase: 'connected', status: message, deviceId });
        if (attempt.heartbeat === null && attempt === this.attempt) this.startHeartbeat(attempt);
        break;
      }
      case 'paired':
        attempt.deviceId = message.deviceId;
        this.credentials.paired({ deviceId: message.deviceId, deviceKey: message.deviceKey });
        break;
      case 'ack':
        // The first ack follows the first status; one before it has nothing to refer to.
        if (this.state.phase === 'connected') this.listener.acknowledged(message.seq);
        break;
      case 'error':
        attempt.lastError = message.code;
        this.listener.hostError(message.code);
        break;
      case 'pong':
        attempt.heartbeat?.pong(message.id);
        break;
      case 'foreground':
        this.listener.foreground(message);
        break;
      case 'preview':
      case 'preview-unavailable':
        this.listener.preview(message);
        break;
      default: {
        const unknown: never = message;
        console.warn('TouchDesk: unhandled host message', unknown);
      }
    }
  }

  private startHeartbeat(attempt: Attempt): void {
    const heartbeat = new Heartbeat(this.env, {
      ping: (id) => this.send({ type: 'ping', id }),
      roundTrip: (ms) => this.listener.roundTrip(ms),
      dead: (silentMs) => {
        if (attempt !== this.attempt) return;
        console.warn(`TouchDesk: closed the connection: nothing from the desktop for ${silentMs} ms`);
        this.abandon(attempt, null);
      },
    });
    attempt.heartbeat = heartbeat;
    heartbeat.start();
  }

  /** We end the attempt ourselves; `fault` is null when the host stopped answering. */
  private abandon(attempt: Attempt, fault: SessionFault | null): void {
    this.attempt = null;
    attempt.heartbeat?.stop();
    attempt.socket.close(PHONE_CLOSE_CODE);
    if (fault === 'host-unverified') {
      this.clearHandshake();
      this.setState({ phase: 'stopped', reason: { kind: 'host-unverified' } });
      return;
    }
    this.lost(attempt, null);
  }

  /** `closeCode` is null when we gave up on the socket ourselves. */
  private lost(attempt: Attempt, closeCode: number | null): void {
    this.attempt = null;
    attempt.heartbeat?.stop();
    this.clearHandshake();
    if (closeCode === CLOSE_CODES.credentialRejected || closeCode === CLOSE_CODES.revoked) {
      this.credentials.rejected(attempt.credential);
      this.setState({ phase: 'stopped', reason: { kind: 'credential-rejected', errorCode: credentialErrorCode(attempt, closeCode) } });
      return;
    }
    // versionMismatch, and any final code newer than this page: a reload fetches the host's page.
    if (closeCode !== null && FINAL_CLOSE_CODES.has(closeCode)) {
      this.setState({ phase: 'stopped', reason: { kind: 'version-mismatch' } });
      return;
    }
    if (closeCode === CLOSE_CODES.rateLimited) {
      this.setState({ phase: 'rate-limited' });
      this.retryAfter(RATE_LIMITED_RETRY_MS);
      return;
    }
    this.setState(this.everConnected ? { phase: 'reconnecting' } : { phase: 'connecting' });
    this.retryAfter(reconnectDelay(this.failures, this.env.random));
    this.failures += 1;
  }

  private retryAfter(ms: number): void {
    this.retryTimer = this.env.setTimer(() => {
      this.retryTimer = null;
      this.open();
    }, ms);
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

/** The host's own reason when it gave one before closing, else what the close code implies. */
function credentialErrorCode(attempt: Attempt, closeCode: number): CredentialErrorCode | null {
  if (isCredentialErrorCode(attempt.lastError)) return attempt.lastError;
  return closeCode === CLOSE_CODES.revoked ? 'device-revoked' : null;
}
