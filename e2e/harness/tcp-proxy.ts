import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * The network between the phone and the host, under the test's control: a TCP proxy on
 * 127.0.0.1 that can stall (Wi-Fi gone quiet: nothing arrives, nobody hears a FIN), drop
 * every connection (the phone walked out of range, the access point rebooted), and refuse new
 * ones (still out of range). Start the host with `--public-url` naming the proxy, so the
 * phone loads its page and opens its socket through here.
 *
 * A stall holds everything that crosses in either direction, data and closes alike, in the
 * order it came, and delivers it on resume, as TCP would after a long retransmission. A
 * connection dropped while stalled loses what was held: the bytes that were "in the air".
 */

export interface ProxyCounts {
  /** TCP connections accepted from phones (refused ones not included). */
  readonly accepted: number;
  /** Connections turned away while refusing. */
  readonly refused: number;
  /** Connections the test destroyed with dropAll. */
  readonly dropped: number;
  /** Connections open right now, phone side. */
  readonly open: number;
  /** Bytes forwarded so far (delivered, not held). */
  readonly bytesToHost: number;
  readonly bytesToPhone: number;
  /** Chunks held by a stall that the connection's drop threw away. */
  readonly chunksLost: number;
}

export interface TcpProxy {
  /** Where phones connect: http://127.0.0.1:<port>. */
  readonly port: number;
  readonly origin: string;
  /**
   * Stop forwarding, both ways by default; sockets stay open and new ones are accepted but
   * hear nothing. One way only is a link that loses, say, every acknowledgement.
   */
  stall(direction?: StallDirection): void;
  /** Deliver what the stall held, in order, and forward normally again. */
  resume(): void;
  /** Whether anything is stalled, in either direction. */
  readonly stalled: boolean;
  /** Destroy every connection on both sides at once; what a stall held is lost. */
  dropAll(): void;
  /** While on, new connections are reset as soon as they are accepted. */
  refuse(on: boolean): void;
  counts(): ProxyCounts;
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /** Where the host listens. */
  readonly targetPort: number;
  readonly targetHost?: string;
  /** The proxy's own port; 0 (default) picks a free one. */
  readonly port?: number;
}

export type StallDirection = 'both' | 'to-host' | 'to-phone';

type Held = { readonly kind: 'data'; readonly chunk: Buffer } | { readonly kind: 'end' };
type Tally = 'bytesToHost' | 'bytesToPhone';

/** One side of a proxied connection, and what is waiting to be written to it. */
interface Side {
  socket: Socket | undefined;
  readonly tally: Tally;
  readonly held: Held[];
  /** We have ended (or destroyed) our writing half towards this side. */
  ended: boolean;
  closed: boolean;
}

interface Link {
  readonly phone: Side;
  readonly host: Side;
  /** Opened lazily: a SYN sent during a stall has not reached the host yet. */
  connectHost(): void;
  destroy(): void;
}

export async function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy> {
  const targetHost = options.targetHost ?? '127.0.0.1';
  const links = new Set<Link>();
  const stalled = { toHost: false, toPhone: false };
  let refusing = false;
  const counts = { accepted: 0, refused: 0, dropped: 0, bytesToHost: 0, bytesToPhone: 0, chunksLost: 0 };

  /** Writes what arrived for `to` at once, or holds it behind a stall or earlier held items. */
  function pass(to: Side, item: Held): void {
    if (stalledTowards(to) || to.socket === undefined || to.held.length > 0) to.held.push(item);
    else deliver(to, item);
  }

  function deliver(to: Side, item: Held): void {
    const socket = to.socket;
    if (socket === undefined || to.ended || socket.destroyed) return;
    if (item.kind === 'end') {
      to.ended = true;
      // end(), not destroy(): what was written before goes out first.
      socket.end();
    } else {
      counts[to.tally] += item.chunk.length;
      socket.write(item.chunk);
    }
  }

  function flush(to: Side): void {
    if (to.socket === undefined) return;
    for (let item = to.held.shift(); item !== undefined; item = to.held.shift()) deliver(to, item);
  }

  function stalledTowards(side: Side): boolean {
    return side.tally === 'bytesToHost' ? stalled.toHost : stalled.toPhone;
  }

  function accept(phoneSocket: Socket): void {
    if (refusing) {
      counts.refused++;
      phoneSocket.on('error', () => undefined);
      phoneSocket.resetAndDestroy();
      return;
    }
    counts.accepted++;
    phoneSocket.setNoDelay(true);
    const phone: Side = { socket: phoneSocket, tally: 'bytesToPhone', held: [], ended: false, closed: false };
    const host: Side = { socket: undefined, tally: 'bytesToHost', held: [], ended: false, closed: false };
    const forgetIfDone = (): void => {
      if (phone.closed && (host.closed || host.socket === undefined)) links.delete(link);
    };
    /** One side is gone: the other hears it, after whatever was already on its way. */
    const closed = (side: Side, other: Side): void => {
      side.closed = true;
      pass(other, { kind: 'end' });
      forgetIfDone();
    };
    const link: Link = {
      phone,
      host,
      connectHost() {
        if (host.socket !== undefined) return;
        // The phone gave up before its SYN "arrived": the host never hears of this connection.
        if (phone.closed) {
          counts.chunksLost += host.held.filter((item) => item.kind === 'data').length;
          host.held.length = 0;
          forgetIfDone();
          return;
        }
        const hostSocket = connect({ port: options.targetPort, host: targetHost, noDelay: true });
        host.socket = hostSocket;
        hostSocket.on('data', (chunk: Buffer) => pass(phone, { kind: 'data', chunk }));
        hostSocket.on('error', () => undefined);
        // 'close' covers a clean end, a reset and a refused connect (the host is down) alike.
        hostSocket.on('close', () => closed(host, phone));
        hostSocket.on('connect', () => {
          if (!stalled.toHost) flush(host);
        });
      },
      destroy() {
        counts.chunksLost += phone.held.length + host.held.length;
        phone.held.length = 0;
        host.held.length = 0;
        phone.ended = true;
        host.ended = true;
        phoneSocket.destroy();
        host.socket?.destroy();
      },
    };
    links.add(link);
    phoneSocket.on('data', (chunk: Buffer) => pass(host, { kind: 'data', chunk }));
    phoneSocket.on('error', () => undefined);
    phoneSocket.on('close', () => closed(phone, host));
    if (!stalled.toHost) link.connectHost();
  }

  const server: Server = createServer({ noDelay: true }, accept);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('the proxy has no port');

  return {
    port: address.port,
    origin: `http://127.0.0.1:${address.port}`,
    get stalled() {
      return stalled.toHost || stalled.toPhone;
    },
    stall(direction = 'both') {
      if (direction !== 'to-phone') stalled.toHost = true;
      if (direction !== 'to-host') stalled.toPhone = true;
    },
    resume() {
      stalled.toHost = false;
      stalled.toPhone = false;
      for (const link of [...links]) {
        flush(link.phone);
        if (link.host.socket === undefined) link.connectHost();
        else if (!link.host.socket.connecting) flush(link.host);
      }
    },
    dropAll() {
      for (const link of [...links]) {
        if (!link.phone.closed) counts.dropped++;
        link.destroy();
      }
    },
    refuse(on) {
      refusing = on;
    },
    counts() {
      return { ...counts, open: [...links].filter((link) => !link.phone.closed).length };
    },
    async close() {
      for (const link of [...links]) link.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
