import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import { type ErrorCode, type HostMessage, WEBSOCKET_PATH } from '@touchdesk/shared';
import { openSocket, type TestPhone } from '../test-phone-client.js';

/**
 * What attackers do and what they observe: the edge's HTTP answers, the host's coded refusals,
 * and sockets that speak WebSocket only as far as an attacker wants to.
 */

/** Waits for the host's coded error and the close that follows it; the close reason repeats the code. */
export async function expectRefused(socket: TestPhone, code: ErrorCode, closeCode: number): Promise<void> {
  const error = await within(socket.next('error'), `a "${code}" error`);
  assert.equal(error.code, code, `refused with "${code}"`);
  assert.deepEqual(await closeOf(socket), { code: closeCode, reason: code }, `closed with ${closeCode} "${code}"`);
}

/** How the socket was closed; a socket the host leaves open fails the test at once, not at its timeout. */
export function closeOf(socket: TestPhone): Promise<{ code: number; reason: string }> {
  return within(socket.closed, 'the host to close the socket');
}

const PATIENCE_MS = 2000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`waited ${PATIENCE_MS} ms in vain for ${what}`)), PATIENCE_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The types of every plain-text frame the host sent this socket, e.g. to show no challenge was issued. */
export function plainTypesReceived(socket: TestPhone): HostMessage['type'][] {
  return socket.wire
    .filter((entry) => entry.direction === 'in' && typeof entry.frame === 'string')
    .map((entry) => (JSON.parse(entry.frame as string) as HostMessage).type);
}

/** The HTTP status of a WebSocket upgrade: 101 when it was accepted (the socket is then closed). */
export async function upgradeStatus(origin: string, headers: Record<string, string>): Promise<number> {
  try {
    const socket = await openSocket(origin, headers);
    socket.ws.terminate();
    return 101;
  } catch (error) {
    const status = /^HTTP (\d+)$/.exec((error as Error).message);
    if (!status) throw error;
    return Number(status[1]);
  }
}


/** Why a socket was not accepted: an HTTP status, or `dropped` when the host cut the TCP connection (its connection cap). */
export type Refusal = number | 'dropped';

/** Opens `count` sockets at once that never say a word; resolves with those the host accepted and how the rest were refused. */
export async function openIdleSockets(origin: string, count: number): Promise<{ accepted: TestPhone[]; refusals: Refusal[] }> {
  const attempts = await Promise.allSettled(Array.from({ length: count }, () => openSocket(origin)));
  const accepted: TestPhone[] = [];
  const refusals: Refusal[] = [];
  for (const attempt of attempts) {
    if (attempt.status === 'fulfilled') accepted.push(attempt.value);
    else refusals.push(refusalOf(attempt.reason));
  }
  return { accepted, refusals };
}

function refusalOf(error: unknown): Refusal {
  const message = error instanceof Error ? error.message : String(error);
  const status = /^HTTP (\d+)$/.exec(message);
  if (status) return Number(status[1]);
  if (/ECONNRESET|socket hang up|EPIPE/.test(message)) return 'dropped';
  throw error;
}

/**
 * The host takes exactly `LIMITS.maxPendingHandshakes` more unauthenticated sockets, and
 * refuses the next with 503: no slot was leaked by what came before. The sockets are closed again.
 */
export async function assertPendingCapacity(origin: string, capacity: number): Promise<void> {
  const { accepted, refusals } = await openIdleSockets(origin, capacity + 1);
  try {
    assert.equal(accepted.length, capacity, `${capacity} handshakes may be pending at once`);
    assert.deepEqual(refusals, [503], 'one more is refused with 503');
  } finally {
    for (const socket of accepted) socket.ws.close();
    await Promise.all(accepted.map((socket) => socket.closed));
  }
}

/**
 * A WebSocket client as an attacker writes it, on a bare TCP socket: it completes the upgrade
 * and then reads nothing, answers nothing, not even the close frame a polite client echoes.
 */
export async function rudeSocket(origin: string): Promise<{ socket: Socket; status: number; ended: Promise<void> }> {
  const url = new URL(origin);
  const socket = connect(Number(url.port), url.hostname);
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.write(
    [
      `GET ${WEBSOCKET_PATH} HTTP/1.1`,
      `Host: ${url.host}`,
      `Origin: ${origin}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  const head = await new Promise<string>((resolve, reject) => {
    socket.once('data', (chunk: Buffer) => resolve(chunk.toString('latin1')));
    socket.once('error', reject);
  });
  // From here on the socket is left alone: the kernel buffers what the host sends.
  return { socket, status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), ended };
}
