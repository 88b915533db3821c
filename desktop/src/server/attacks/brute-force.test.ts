import { randomBytes } from 'node:crypto';
import { CLOSE_CODES, PhoneHandshake, type PhoneCredential } from '@touchdesk/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSocket, pairingCredential, type TestPhone } from '../test-phone-client.js';
import { expectRefused, plainTypesReceived } from './test-attack-clients.js';
import { AttackScene } from './test-attack-harness.js';

/**
 * Guessing at speed (brute-forceable PINs, CVE-2022-45482). The keys are 160 and 256 bits, so
 * guessing is hopeless anyway; the limiter keeps a guesser from even trying: after 5 failures
 * in a minute, an address is turned away at its hello, before a challenge is issued.
 *
 * All test clients come from 127.0.0.1, the legitimate phone too. It connected before the
 * attack, and its open session is not touched by the limit; a new pairing or reconnection from
 * the same address is refused until the minute is over, which is the limit working as intended.
 */
const PER_ADDRESS_LIMIT = 5;
const ATTEMPTS = 12;

let scene: AttackScene;

beforeEach(async () => {
  scene = await AttackScene.start();
});

afterEach(async () => {
  await scene.close();
});

type Outcome = 'challenged' | 'refused';

/** One guess: a hello with the credential, and if challenged, a proof with the wrong key. */
async function guess(credential: PhoneCredential): Promise<{ outcome: Outcome; socket: TestPhone }> {
  const socket = await openSocket(scene.origin);
  const handshake = new PhoneHandshake(credential);
  socket.send(handshake.hello());
  const answer = await new Promise<string>((resolve) => socket.ws.once('message', (data) => resolve(String(data))));
  if (answer.includes('"challenge"')) {
    socket.send(handshake.answer(await socket.next('challenge')));
    await expectRefused(socket, 'bad-proof', CLOSE_CODES.credentialRejected);
    return { outcome: 'challenged', socket };
  }
  await expectRefused(socket, 'rate-limited', CLOSE_CODES.rateLimited);
  return { outcome: 'refused', socket };
}

async function guessInTurn(makeCredential: () => PhoneCredential): Promise<{ outcome: Outcome; socket: TestPhone }[]> {
  const results = [];
  for (let i = 0; i < ATTEMPTS; i++) results.push(await guess(makeCredential()));
  return results;
}

it('turns a guesser of a device key away after 5 wrong proofs, without a challenge', async () => {
  // The device id travels in the plaintext hello, so a sniffer has it; the key it does not.
  const results = await guessInTurn(() => ({ kind: 'device', deviceId: scene.legit.deviceId, key: randomBytes(32) }));
  expect(results.map((result) => result.outcome)).toEqual([
    ...Array<Outcome>(PER_ADDRESS_LIMIT).fill('challenged'),
    ...Array<Outcome>(ATTEMPTS - PER_ADDRESS_LIMIT).fill('refused'),
  ]);
  for (const { socket } of results.slice(PER_ADDRESS_LIMIT)) expect(plainTypesReceived(socket)).toEqual(['error']);
  await scene.assertStillServing();
});

it('turns a guesser of QR secrets away after 5 wrong guesses', async () => {
  const shown = pairingCredential(scene.host.pairingUrl, 'Guesser');
  const refusals: string[] = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const socket = await openSocket(scene.origin);
    socket.send(new PhoneHandshake({ ...shown, key: randomBytes(20) }).hello());
    refusals.push((await socket.next('error')).code);
    await socket.closed;
  }
  expect(refusals).toEqual([...Array<string>(PER_ADDRESS_LIMIT).fill('pairing-expired'), ...Array<string>(ATTEMPTS - PER_ADDRESS_LIMIT).fill('rate-limited')]);

  // Intended: the real QR code, from the guesser's address, waits out the minute as well.
  const sameAddress = await openSocket(scene.origin);
  sameAddress.send(new PhoneHandshake(shown).hello());
  await expectRefused(sameAddress, 'rate-limited', CLOSE_CODES.rateLimited);
  await scene.assertStillServing();
});

it('counts handshakes opened side by side from one address against the same limit', async () => {
  // Were an attempt counted only once its proof failed, hellos sent together would all pass the
  // check before the first failure: up to 16 guesses (the pending-handshake cap) instead of 5.
  const sockets = await Promise.all(Array.from({ length: ATTEMPTS }, () => openSocket(scene.origin)));
  const handshakes = sockets.map(() => new PhoneHandshake({ kind: 'device', deviceId: scene.legit.deviceId, key: randomBytes(32) }));
  sockets.forEach((socket, index) => socket.send(handshakes[index]!.hello()));
  const challenges = await Promise.all(sockets.map((socket) => socket.next('challenge').catch(() => undefined)));
  sockets.forEach((socket, index) => {
    const challenge = challenges[index];
    if (challenge) socket.send(handshakes[index]!.answer(challenge));
  });
  const refusals = await Promise.all(sockets.map((socket) => socket.next('error').then((error) => error.code)));
  const closeCodes = await Promise.all(sockets.map((socket) => socket.closed.then((closed) => closed.code)));
  expect(refusals.filter((code) => code === 'bad-proof'), 'wrong proofs the host checked').toHaveLength(PER_ADDRESS_LIMIT);
  expect(refusals.filter((code) => code === 'rate-limited'), 'refused at the hello').toHaveLength(ATTEMPTS - PER_ADDRESS_LIMIT);
  expect(closeCodes.filter((code) => code === CLOSE_CODES.rateLimited)).toHaveLength(ATTEMPTS - PER_ADDRESS_LIMIT);
  await scene.assertStillServing();
});
