import {
  CLOSE_CODES,
  type ClientMessage,
  type DiscreteInput,
  type ErrorCode,
  FINAL_CLOSE_CODES,
  hexToBytes,
  type HostMessage,
  LIMITS,
  type PhoneCredential,
  PhoneHandshake,
} from '@touchdesk/shared';
import { openSocket, pairingCredential, type TestPhone } from '../../desktop/src/server/test-phone-client.js';

/**
 * A scripted phone that keeps its promises across a bad network, for tests that send more
 * input, faster, than a finger on the phone page could: it numbers every discrete input, keeps
 * each until the host acknowledges it, reconnects by itself with the device key it was given
 * when it paired, and resends whatever was not acknowledged, as the phone page must. Motion is
 * never queued: sent while connected, dropped otherwise, like the page's.
 *
 * It speaks the protocol only through desktop/src/server/test-phone-client.ts and shared, so
 * what it proves about the host holds for any phone that does its part.
 */

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** A button, key or modifier, before it is numbered. */
export type DiscreteIntent = DistributiveOmit<DiscreteInput, 'seq'>;
export type Motion = Extract<ClientMessage, { type: 'move' | 'scroll' }>;

export interface ReliablePhoneStats {
  /** Connections that finished the handshake, the first included. */
  readonly connections: number;
  /** Connection attempts that failed before the handshake finished. */
  readonly failedAttempts: number;
  /** Discrete messages sent again after a reconnect. */
  readonly resent: number;
  /** Motion that found no open connection (or a congested one) and was dropped. */
  readonly motionDropped: number;
  readonly motionSent: number;
  /** Error codes the host sent, in order. */
  readonly hostErrors: readonly ErrorCode[];
  /** How each connection ended, as WebSocket close codes. */
  readonly closeCodes: readonly number[];
  /** Round trips of answered pings, in ms. */
  readonly pingRttMs: readonly number[];
}

export interface ReliablePhoneOptions {
  /** Where the page would be loaded from: the proxy's origin, or the host's own. */
  readonly origin: string;
  /** The QR code's URL; only its secret is used. */
  readonly pairingUrl: string;
  readonly deviceName?: string;
  /** Unsent motion beyond this many queued bytes is dropped, as the page does on a weak link. */
  readonly motionBackpressureBytes?: number;
}

/** How long the phone waits before trying again; short, because tests cause the drops on purpose. */
const RETRY_MS = [50, 100, 200, 400, 800] as const;
const PING_EVERY_MS = LIMITS.heartbeatIntervalMs;

export class ReliablePhone {
  private socket: TestPhone | undefined;
  private open = false;
  private stopped = false;
  private credential: PhoneCredential;
  private nextSeq = 1;
  /** Sent (or waiting to be) and not yet acknowledged, oldest first. */
  private readonly unacked = new Map<number, DiscreteInput>();
  private highestAck = 0;
  private nextPingId = 1;
  private readonly pingsOut = new Map<number, number>();
  private lastHeard = 0;
  private heartbeat: NodeJS.Timeout | undefined;
  private fatal: Error | undefined;
  private readonly waiters = new Set<() => void>();
  private readonly stats = {
    connections: 0,
    failedAttempts: 0,
    resent: 0,
    motionDropped: 0,
    motionSent: 0,
    hostErrors: [] as ErrorCode[],
    closeCodes: [] as number[],
    pingRttMs: [] as number[],
  };

  private constructor(private readonly options: ReliablePhoneOptions) {
    this.credential = pairingCredential(options.pairingUrl, options.deviceName ?? 'Reliable test phone');
  }

  /** Pairs with the QR code's secret and resolves once the first status arrived. */
  static async pair(options: ReliablePhoneOptions): Promise<ReliablePhone> {
    const phone = new ReliablePhone(options);
    await phone.connectOnce();
    if (phone.credential.kind !== 'device') throw new Error('the host sent no device credential when pairing');
    return phone;
  }

  get connected(): boolean {
    return this.open;
  }

  /** The highest sequence number handed out so far. */
  get lastSeq(): number {
    return this.nextSeq - 1;
  }

  get unackedCount(): number {
    return this.unacked.size;
  }

  report(): ReliablePhoneStats {
    return { ...this.stats, hostErrors: [...this.stats.hostErrors], closeCodes: [...this.stats.closeCodes], pingRttMs: [...this.stats.pingRttMs] };
  }

  /** Numbers the input, keeps it until acknowledged, and sends it now if connected. */
  send(intent: DiscreteIntent): number {
    const seq = this.nextSeq++;
    const message = { ...intent, seq } as DiscreteInput;
    this.unacked.set(seq, message);
    if (this.open) this.socket?.send(message);
    return seq;
  }

  /** True when sent; false when dropped because no connection could carry it fresh. */
  sendMotion(motion: Motion): boolean {
    const socket = this.socket;
    const limit = this.options.motionBackpressureBytes ?? 4096;
    if (!this.open || socket === undefined || socket.ws.bufferedAmount > limit) {
      this.stats.motionDropped++;
      return false;
    }
    socket.send(motion);
    this.stats.motionSent++;
    return true;
  }

  /** Resolves once connected (at once if already); rejects if the host turned this phone away for good. */
  whenConnected(timeoutMs = 15_000): Promise<void> {
    return this.until(() => this.open, timeoutMs, 'a connection');
  }

  /** Resolves once `count` connections in all have finished their handshake. */
  whenConnections(count: number, timeoutMs = 15_000): Promise<void> {
    return this.until(() => this.open && this.stats.connections >= count, timeoutMs, `connection number ${count}`);
  }

  /** Resolves once the host acknowledged everything sent so far. */
  allAcknowledged(timeoutMs = 15_000): Promise<void> {
    const target = this.lastSeq;
    return this.until(() => this.highestAck >= target, timeoutMs, () => `the host to acknowledge up to ${target} (acknowledged ${this.highestAck}, ${this.unacked.size} waiting)`);
  }

  /** Kills the socket without a close frame, as a phone whose app is killed; it will reconnect. */
  terminateSocket(): void {
    this.socket?.ws.terminate();
  }

  /** Closes for good, with a normal close frame. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    const socket = this.socket;
    this.socket = undefined;
    this.open = false;
    if (socket === undefined || socket.ws.readyState === socket.ws.CLOSED) return;
    socket.ws.close(1000, 'test-done');
    const closed = await Promise.race([socket.closed.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000))]);
    if (!closed) socket.ws.terminate();
  }

  private until(done: () => boolean, timeoutMs: number, what: string | (() => string)): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (this.fatal !== undefined) finish(() => reject(this.fatal));
        else if (done()) finish(resolve);
      };
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const text = typeof what === 'string' ? what : what();
        reject(new Error(`reliable test phone: timed out after ${timeoutMs} ms waiting for ${text}; stats ${JSON.stringify(this.summary())}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private summary(): object {
    const { pingRttMs: _rtts, ...rest } = this.report();
    return { ...rest, open: this.open, lastSeq: this.lastSeq, highestAck: this.highestAck };
  }

  private wake(): void {
    for (const check of [...this.waiters]) check();
  }

  /** One connection attempt, handshake included; rejects on any failure. */
  private async connectOnce(): Promise<void> {
    const opening = openSocket(this.options.origin);
    const socket = await withTimeout(opening, LIMITS.handshakeTimeoutMs, 'the WebSocket upgrade').catch((error: unknown) => {
      // A stalled network may still answer later: that socket is abandoned, not left open.
      void opening.then((late) => late.ws.terminate(), () => undefined);
      throw error;
    });
    try {
      const handshake = new PhoneHandshake(this.credential);
      socket.handshake = handshake;
      socket.send(handshake.hello());
      const steps = (async () => {
        socket.send(handshake.answer(await socket.next('challenge')));
        await socket.next('welcome');
        await socket.next('status');
      })();
      await withTimeout(steps, LIMITS.handshakeTimeoutMs, 'the handshake');
    } catch (error) {
      socket.ws.terminate();
      const refusal = socket.received.find((message) => message.type === 'error');
      throw refusal?.type === 'error' ? new Error(`the host refused the handshake: ${refusal.code}`) : error;
    }
    if (this.stopped) {
      socket.ws.terminate();
      return;
    }
    this.adopt(socket);
  }

  private adopt(socket: TestPhone): void {
    this.socket = socket;
    this.open = true;
    this.stats.connections++;
    this.lastHeard = Date.now();
    socket.ws.on('message', () => this.drain(socket));
    socket.ws.on('pong', () => {
      if (this.socket === socket) this.lastHeard = Date.now();
    });
    void socket.closed.then(({ code }) => this.lost(socket, code));
    // Everything the host may not have handled, oldest first, before anything new; and before
    // reading the host's first ack, which would spare some of it: this phone trusts the host's
    // duplicate check rather than its ack, so that check is what the tests exercise.
    for (const message of this.unacked.values()) {
      socket.send(message);
      this.stats.resent++;
    }
    this.drain(socket);
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => this.beat(socket), PING_EVERY_MS);
    this.heartbeat.unref();
    this.wake();
  }

  private drain(socket: TestPhone): void {
    // test-phone-client keeps every frame; a long run would hoard them.
    socket.wire.length = 0;
    for (const message of socket.received.splice(0)) this.handle(message);
    if (this.socket === socket) this.lastHeard = Date.now();
  }

  private handle(message: HostMessage): void {
    switch (message.type) {
      case 'paired':
        this.credential = { kind: 'device', deviceId: message.deviceId, key: hexToBytes(message.deviceKey) };
        return;
      case 'ack':
        if (message.seq > this.highestAck) this.highestAck = message.seq;
        for (const seq of this.unacked.keys()) {
          if (seq > message.seq) break;
          this.unacked.delete(seq);
        }
        this.wake();
        return;
      case 'pong': {
        const sentAt = this.pingsOut.get(message.id);
        this.pingsOut.delete(message.id);
        if (sentAt !== undefined) this.stats.pingRttMs.push(Date.now() - sentAt);
        return;
      }
      case 'error':
        this.stats.hostErrors.push(message.code);
        return;
      default:
        return;
    }
  }

  private beat(socket: TestPhone): void {
    if (this.socket !== socket || !this.open) return;
    if (Date.now() - this.lastHeard > LIMITS.deadPeerMs) {
      // The host went quiet (a stalled network): give up on this socket and dial again.
      socket.ws.terminate();
      return;
    }
    const id = this.nextPingId++;
    this.pingsOut.set(id, Date.now());
    socket.send({ type: 'ping', id });
  }

  private lost(socket: TestPhone, code: number): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    this.open = false;
    clearInterval(this.heartbeat);
    this.stats.closeCodes.push(code);
    if (FINAL_CLOSE_CODES.has(code) || code === CLOSE_CODES.rateLimited) {
      this.fatal = new Error(`the host closed with ${code}, which a phone must not retry at once; stats ${JSON.stringify(this.summary())}`);
      this.wake();
      return;
    }
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 0; !this.stopped; attempt++) {
      await sleep(RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 800);
      if (this.stopped) return;
      try {
        await this.connectOnce();
        return;
      } catch (error) {
        this.stats.failedAttempts++;
        if (error instanceof Error && /refused the handshake: (device-unknown|device-revoked|rate-limited)/.test(error.message)) {
          this.fatal = error;
          this.wake();
          return;
        }
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer to ${what} within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
