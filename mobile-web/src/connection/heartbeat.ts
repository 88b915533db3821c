import { LIMITS } from '@touchdesk/shared';
import type { ConnectionEnvironment } from './ports.js';

export interface HeartbeatPort {
  ping(id: number): void;
  /** Milliseconds from a ping to its pong. */
  roundTrip(ms: number): void;
  /** Nothing at all came from the host for `silentMs`: the connection is dead, however it looks. */
  dead(silentMs: number): void;
}

/**
 * One session's pulse: a ping every LIMITS.heartbeatIntervalMs, the round trip from each pong,
 * and the verdict "dead" once the host has been silent for LIMITS.deadPeerMs. A Wi-Fi switch
 * or a sleeping laptop leaves a socket that looks open for minutes; without this the page
 * would show "Connected" while every tap vanished.
 *
 * Any frame counts as a sign of life, not only pongs. One timer, aimed at whichever comes
 * first: the next ping or the moment the silence would become fatal.
 */
export class Heartbeat {
  private nextId = 1;
  private readonly sentAt = new Map<number, number>();
  private lastHeard = 0;
  private nextPingAt = 0;
  private timer: number | null = null;
  private running = false;

  constructor(
    private readonly env: Pick<ConnectionEnvironment, 'now' | 'setTimer' | 'clearTimer'>,
    private readonly port: HeartbeatPort,
  ) {}

  /** Pings at once, so the round trip shows right after connecting. */
  start(): void {
    const now = this.env.now();
    this.running = true;
    this.lastHeard = now;
    this.nextPingAt = now;
    this.tick();
  }

  /** A frame arrived from the host. */
  heard(): void {
    this.lastHeard = this.env.now();
  }

  pong(id: number): void {
    const sentAt = this.sentAt.get(id);
    if (sentAt === undefined) return;
    for (const earlier of this.sentAt.keys()) {
      if (earlier <= id) this.sentAt.delete(earlier);
    }
    this.port.roundTrip(Math.max(0, this.env.now() - sentAt));
  }

  /** Looks now rather than at the next tick: the page came back from the background. */
  check(): void {
    if (this.running) this.tick();
  }

  stop(): void {
    this.running = false;
    this.clearTimer();
  }

  private tick(): void {
    this.clearTimer();
    const now = this.env.now();
    const silent = now - this.lastHeard;
    if (silent >= LIMITS.deadPeerMs) {
      this.stop();
      this.port.dead(silent);
      return;
    }
    if (now >= this.nextPingAt) {
      this.ping(now);
      // `dead` or `stop` may have come from inside the send.
      if (!this.running) return;
      this.nextPingAt = now + LIMITS.heartbeatIntervalMs;
    }
    const wake = Math.min(this.nextPingAt, this.lastHeard + LIMITS.deadPeerMs);
    this.timer = this.env.setTimer(() => {
      this.timer = null;
      this.tick();
    }, Math.max(0, wake - now));
  }

  private ping(now: number): void {
    // A pong later than the dead-peer limit is never coming; keep the map from growing.
    for (const [id, at] of this.sentAt) {
      if (now - at > LIMITS.deadPeerMs) this.sentAt.delete(id);
    }
    const id = this.nextId;
    this.nextId += 1;
    this.sentAt.set(id, now);
    this.port.ping(id);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.env.clearTimer(this.timer);
    this.timer = null;
  }
}
