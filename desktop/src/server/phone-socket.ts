import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLOSE_CODES, LIMITS, WEBSOCKET_PATH } from '@touchdesk/shared';
import { type RawData, WebSocketServer, type WebSocket } from 'ws';
import type { PhoneSession, SessionTransport } from '../core/phone-session.js';

/** How long a peer gets to answer our close frame before its socket is simply dropped. */
const CLOSE_GRACE_MS = 1000;

/**
 * What the host sends a phone is small (acknowledgements, pongs, status), so this much unsent
 * means the phone stopped reading while its socket stays open (a frozen tab, a slow-read
 * attack). Rather than let its backlog grow without bound, its socket is dropped; a live phone
 * reconnects and resends what was not acknowledged.
 */
export const MAX_UNSENT_BYTES = 256 * 1024;

export interface PhoneSocketOptions {
  readonly server: Server;
  /** Host headers this server answers to (DNS-rebinding defence): `address:port`. */
  readonly isAllowedHost: (host: string) => boolean;
  /**
   * An origin accepted besides this server's own (`http(s)://` + the Host header): the public
   * URL's, for a reverse proxy that rewrites the Host header on its way here.
   */
  readonly extraOrigin?: string | undefined;
  readonly openSession: (id: string, address: string, transport: SessionTransport) => PhoneSession;
  readonly handshakeTimeoutMs: number;
  /** Every socket is pinged this often... */
  readonly heartbeatIntervalMs: number;
  /** ...and dropped when nothing (no pong, no message) came from it for this long. */
  readonly deadPeerMs: number;
}

/**
 * The WebSocket edge. Upgrades are checked before ws sees them: the right path, a Host header
 * naming this server, and an Origin equal to the page this server served, so no other web page
 * the phone or the desktop has open can open a socket here (cross-site WebSocket hijacking).
 * Sockets that have not finished the handshake are few and short-lived, so a crowd of them
 * cannot starve the host (pre-authentication resource exhaustion). A peer that went silent (a
 * phone that left the Wi-Fi without closing, a frozen tab) is found by the heartbeat and cut
 * off, and its session releases whatever it held.
 */
export function attachPhoneSocket(options: PhoneSocketOptions): { closeAll(): Promise<void> } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxFrameBytes });
  const sessions = new Set<PhoneSession>();
  const pending = () => [...sessions].filter((session) => !session.isOpen).length;
  const lastHeard = new Map<WebSocket, number>();
  const silent = new Set<WebSocket>();
  const congested = new Set<WebSocket>();
  // One timer for every socket: the pings go out together, and an idle host wakes once per interval.
  const heartbeat = setInterval(() => {
    const now = performance.now();
    for (const [ws, heard] of lastHeard) {
      if (now - heard < options.deadPeerMs) ws.ping();
      else {
        silent.add(ws);
        ws.terminate();
      }
    }
  }, options.heartbeatIntervalMs);
  heartbeat.unref();

  options.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = refuseUpgrade(request, options.isAllowedHost, options.extraOrigin) ?? (pending() >= LIMITS.maxPendingHandshakes ? '503 Service Unavailable' : undefined);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const session = options.openSession(randomUUID(), request.socket.remoteAddress ?? '', transportOf(ws, () => congested.add(ws)));
      sessions.add(session);
      const timer = setTimeout(() => {
        if (session.isOpen) return;
        // The slot is free at once; a client that ignores the close frame loses its socket soon after.
        sessions.delete(session);
        void session.end('handshake-timeout');
        ws.close(CLOSE_CODES.handshakeTimeout, 'handshake-timeout');
        setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
      }, options.handshakeTimeoutMs);
      const heard = () => lastHeard.set(ws, performance.now());
      heard();
      ws.on('pong', heard);
      ws.on('message', (data, isBinary) => {
        heard();
        session.receive(isBinary ? bytesOf(data) : String(data));
      });
      ws.on('error', () => ws.terminate());
      ws.on('close', (code) => {
        clearTimeout(timer);
        sessions.delete(session);
        lastHeard.delete(ws);
        const wasSilent = silent.delete(ws);
        const wasCongested = congested.delete(ws);
        void session.end(wasSilent ? 'heartbeat-timeout' : wasCongested ? 'not-reading' : code === CLOSE_CODES.hostShutdown ? 'host-shutdown' : 'connection-closed');
      });
    });
  });

  return {
    async closeAll() {
      clearInterval(heartbeat);
      for (const client of wss.clients) client.close(CLOSE_CODES.hostShutdown, 'host-shutdown');
      await Promise.all([...sessions].map((session) => session.end('host-shutdown')));
      wss.close();
    },
  };
}

function refuseUpgrade(request: IncomingMessage, isAllowedHost: (host: string) => boolean, extraOrigin: string | undefined): string | undefined {
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (path !== WEBSOCKET_PATH) return '404 Not Found';
  const host = request.headers.host ?? '';
  if (!isAllowedHost(host)) return '403 Forbidden';
  const origin = request.headers.origin;
  const sameOrigin = origin === `http://${host}` || origin === `https://${host}`;
  if (!sameOrigin && (extraOrigin === undefined || origin !== extraOrigin)) return '403 Forbidden';
  return undefined;
}

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** A session's way out through `ws`; `onCongested` hears of a phone dropped for not reading. */
export function transportOf(ws: Pick<WebSocket, 'readyState' | 'OPEN' | 'bufferedAmount' | 'send' | 'close' | 'terminate'>, onCongested: () => void): SessionTransport {
  return {
    send(frame) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_UNSENT_BYTES) {
        onCongested();
        ws.terminate();
        return;
      }
      ws.send(frame);
    },
    close(code, reason) {
      ws.close(code, reason);
    },
    bufferedAmount() {
      return ws.bufferedAmount;
    },
  };
}
