import { CLOSE_CODES, ERROR_CODES, LIMITS } from '@touchdesk/shared';
import { afterEach, expect, it } from 'vitest';
import { openSocket } from '../test-phone-client.js';
import { assertPendingCapacity, closeOf, openIdleSockets, plainTypesReceived, rudeSocket } from './test-attack-clients.js';
import { AttackScene, pairPhone } from './test-attack-harness.js';
import { randomFrame } from './test-random-frames.js';
import { SeededRandom } from './test-seeded-random.js';

/**
 * Pre-authentication resource exhaustion: junk by the thousand, and crowds of sockets that
 * never finish the handshake. The host refuses each one with a code, frees every slot again,
 * and the phone already paired notices nothing.
 */
const MESSAGE_TOO_BIG = 1009;
/** Every way the host may close an unauthenticated socket. */
const REFUSALS: ReadonlySet<number> = new Set([
  CLOSE_CODES.protocolViolation,
  CLOSE_CODES.credentialRejected,
  CLOSE_CODES.versionMismatch,
  CLOSE_CODES.rateLimited,
  MESSAGE_TOO_BIG,
]);

let scene: AttackScene;

afterEach(async () => {
  await scene.close();
});

it('survives 10,000 random frames from unauthenticated sockets, leaking nothing', { timeout: 20_000 }, async () => {
  scene = await AttackScene.start();
  const seed = Number(process.env.ATTACK_SEED ?? 0x7d5eed);
  const random = new SeededRandom(seed);
  const SOCKETS = 500;
  const FRAMES_PER_SOCKET = 20;
  const closes = new Map<number, number>();
  let sent = 0;

  for (let s = 0; s < SOCKETS; s++) {
    const fuzzer = await openSocket(scene.origin);
    for (let f = 0; f < FRAMES_PER_SOCKET && fuzzer.ws.readyState === fuzzer.ws.OPEN; f++) fuzzer.sendRaw(randomFrame(random));
    sent += fuzzer.wire.filter((entry) => entry.direction === 'out').length;
    const { code, reason } = await closeOf(fuzzer);
    const context = `seed ${seed}, socket ${s}`;
    expect(REFUSALS.has(code), `${context}: closed with ${code} "${reason}"`).toBe(true);
    if (code !== MESSAGE_TOO_BIG) {
      expect(ERROR_CODES, context).toContain(reason);
      expect(fuzzer.received.map((message) => message.type === 'error' && message.code), context).toEqual([reason]);
    }
    expect(plainTypesReceived(fuzzer), `${context}: no challenge for junk`).not.toContain('challenge');
    closes.set(code, (closes.get(code) ?? 0) + 1);
  }

  expect(sent).toBe(SOCKETS * FRAMES_PER_SOCKET);
  // The flood went through more than one door of the parser.
  expect(closes.get(CLOSE_CODES.protocolViolation)).toBeGreaterThan(SOCKETS / 4);
  expect(closes.get(CLOSE_CODES.credentialRejected)).toBeGreaterThan(0);
  expect(scene.host.registry.phones).toHaveLength(1);
  await assertPendingCapacityEventually();
  await scene.assertStillServing();
});

it('holds at most 16 of 200 idle sockets, times them out, and lets a new phone pair afterwards', async () => {
  const handshakeTimeoutMs = 1000;
  scene = await AttackScene.start({ handshakeTimeoutMs });
  const started = Date.now();
  const { accepted, refusals } = await openIdleSockets(scene.origin, 200);
  const openingMs = Date.now() - started;

  expect(accepted.length + refusals.length).toBe(200);
  // 503 from the pending-handshake cap; a socket beyond the host's connection cap may be dropped before HTTP.
  expect(refusals.filter((refusal) => refusal !== 503 && refusal !== 'dropped')).toEqual([]);
  expect(refusals).toContain(503);
  // No slot frees before the first timeout, and the crowd is opened well within it.
  expect(openingMs).toBeLessThan(handshakeTimeoutMs);
  expect(accepted).toHaveLength(LIMITS.maxPendingHandshakes);
  const closes = await Promise.all(accepted.map((socket) => closeOf(socket)));
  expect(new Set(closes.map((closed) => `${closed.code} ${closed.reason}`))).toEqual(new Set([`${CLOSE_CODES.handshakeTimeout} handshake-timeout`]));

  await assertPendingCapacityEventually();
  const newcomer = await pairPhone(scene.origin, scene.host.pairingUrl, 'Newcomer');
  newcomer.send({ type: 'ping', id: 1 });
  await newcomer.next('pong');
  await scene.assertStillServing();
});

it('frees a pending slot at the handshake timeout even when the client ignores the close frame', { timeout: 10_000 }, async () => {
  // A client that completes the upgrade and then reads and answers nothing, not even the close
  // frame. ws alone would wait 30 s for it before dropping the socket, and 16 such sockets would
  // keep every new phone out (503) that long, for the price of one connection per 30 s each.
  scene = await AttackScene.start({ handshakeTimeoutMs: 300 });
  const rude = await Promise.all(Array.from({ length: LIMITS.maxPendingHandshakes }, () => rudeSocket(scene.origin)));
  try {
    expect(rude.map((socket) => socket.status)).toEqual(rude.map(() => 101));
    expect((await openIdleSockets(scene.origin, 1)).refusals, 'the rude sockets fill every slot').toEqual([503]);
    await new Promise((resolve) => setTimeout(resolve, 300 + 200));
    const { accepted, refusals } = await openIdleSockets(scene.origin, 1);
    for (const socket of accepted) socket.ws.terminate();
    expect(refusals, 'a new phone gets a slot once the handshake timeout is over').toEqual([]);
    // And the host does not keep the rude sockets themselves for long either (the test's timeout catches 30 s).
    await Promise.all(rude.map((socket) => socket.ended));
    await scene.assertStillServing();
  } finally {
    for (const socket of rude) socket.socket.destroy();
  }
});

/** Closed sockets free their slot when the host sees the TCP close, a moment after the client does. */
async function assertPendingCapacityEventually(): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await assertPendingCapacity(scene.origin, LIMITS.maxPendingHandshakes);
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
