import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { CLOSE_CODES, LIMITS, WEBSOCKET_PATH } from '@touchdesk/shared';
import { type RawData, WebSocketServer, type WebSocket } from 'ws';
import type { PhoneSession, SessionTransport } from '../core/phone-session.js';

/** How long a peer gets to answer our close frame before its socket is simply dropped. */
const CLOSE_GRACE_MS = 1000;

export interface PhoneSocketOptions {
  readonly server: Server;
  /** Host headers this server answers to (DNS-rebinding defence): `address:port`. */
  readonly isAllowedHost: (host: string) => boolean;
  readonly openSession: (id: string, address: string, transport: SessionTransport) => PhoneSession;
  readonly handshakeTimeoutMs: number;
}

/**
 * The WebSocket edge. Upgrades are checked before ws sees them: the right path, a Host header
 * naming this server, and an Origin equal to the page this server served, so no other web page
 * the phone or the desktop has open can open a socket here (cross-site WebSocket hijacking).
 * Sockets that have not finished the handshake are few and short-lived, so a crowd of them
 * cannot starve the host (pre-authentication resource exhaustion).
 */
export function attachPhoneSocket(options: PhoneSocketOptions): { closeAll(): Promise<void> } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxFrameBytes });
  const sessions = new Set<PhoneSession>();
  const pending = () => [...sessions].filter((session) => !session.isOpen).length;

  options.server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = refuseUpgrade(request, options.isAllowedHost) ?? (pending() >= LIMITS.maxPendingHandshakes ? '503 Service Unavailable' : undefined);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const session = options.openSession(randomUUID(), request.socket.remoteAddress ?? '', transportOf(ws));
      sessions.add(session);
      const timer = setTimeout(() => {
        if (session.isOpen) return;
        // The slot is free at once; a client that ignores the close frame loses its socket soon after.
        sessions.delete(session);
        void session.end('handshake-timeout');
        ws.close(CLOSE_CODES.handshakeTimeout, 'handshake-timeout');
        setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
      }, options.handshakeTimeoutMs);
      ws.on('message', (data, isBinary) => session.receive(isBinary ? bytesOf(data) : String(data)));
      ws.on('error', () => ws.terminate());
      ws.on('close', (code) => {
        clearTimeout(timer);
        sessions.delete(session);
        void session.end(code === CLOSE_CODES.hostShutdown ? 'host-shutdown' : 'connection-closed');
      });
    });
  });

  return {
    async closeAll() {
      for (const client of wss.clients) client.close(CLOSE_CODES.hostShutdown, 'host-shutdown');
      await Promise.all([...sessions].map((session) => session.end('host-shutdown')));
      wss.close();
    },
  };
}

function refuseUpgrade(request: IncomingMessage, isAllowedHost: (host: string) => boolean): string | undefined {
  const path = new URL(request.url ?? '/', 'http://host').pathname;
  if (path !== WEBSOCKET_PATH) return '404 Not Found';
  const host = request.headers.host ?? '';
  if (!isAllowedHost(host)) return '403 Forbidden';
  const origin = request.headers.origin;
  if (origin !== `http://${host}` && origin !== `https://${host}`) return '403 Forbidden';
  return undefined;
}

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

function transportOf(ws: WebSocket): SessionTransport {
  return {
    send(frame) {
      if (ws.readyState === ws.OPEN) ws.send(frame);
    },
    close(code, reason) {
      ws.close(code, reason);
    },
  };
}
