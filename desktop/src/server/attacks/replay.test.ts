import { CLOSE_CODES } from '@touchdesk/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { connectPhone, openSocket, type TestPhone } from '../test-phone-client.js';
import { expectRefused, plainTypesReceived } from './test-attack-clients.js';
import { AttackScene } from './test-attack-harness.js';

/**
 * A recording of a real session, played back on a new connection (Remote Mouse's replayable
 * login, CVE-2021-27572). The host's fresh nonce makes the recorded proof worthless, so the
 * sealed input behind it never gets a channel to open in.
 */
let scene: AttackScene;

beforeEach(async () => {
  scene = await AttackScene.start();
});

afterEach(async () => {
  await scene.close();
});

const sentFrames = (phone: TestPhone) => phone.wire.filter((entry) => entry.direction === 'out').map((entry) => entry.frame);

/** Plays the frames back in order, waiting for the host's answer to the hello as the phone did. */
async function replay(frames: readonly (string | Uint8Array)[]): Promise<TestPhone> {
  const [hello, ...rest] = frames;
  const replayer = await openSocket(scene.origin);
  replayer.sendRaw(hello!);
  await new Promise<void>((resolve) => replayer.ws.once('message', () => resolve()));
  for (const frame of rest) if (replayer.ws.readyState === replayer.ws.OPEN) replayer.sendRaw(frame);
  return replayer;
}

it('refuses a replayed pairing: the QR secret in it is used up', async () => {
  // The legitimate phone's own session: its pairing hello, its proof, and sealed input.
  await scene.assertStillServing();
  const recorded = sentFrames(scene.legit);
  expect(recorded.filter((frame) => typeof frame !== 'string').length).toBeGreaterThan(0);

  const replayer = await replay(recorded);
  await expectRefused(replayer, 'pairing-expired', CLOSE_CODES.credentialRejected);
  expect(plainTypesReceived(replayer)).toEqual(['error']);
  await scene.assertStillServing();
});

it('refuses a replayed reconnection: the recorded proof does not answer a fresh challenge', async () => {
  const victim = await scene.pairAnotherPhone('Victim');
  victim.ws.close();
  await victim.closed;
  const session = await connectPhone(scene.origin, victim.credential);
  session.send({ type: 'key', seq: 1, key: 'KeyA', modifiers: ['Control'] });
  session.send({ type: 'key', seq: 2, key: 'Delete', modifiers: [] });
  session.send({ type: 'ping', id: 1 });
  await session.next('pong');
  scene.expectLegitCalls('key Control+KeyA', 'key Delete');
  session.ws.close();
  await session.closed;
  const recordedChallenge = plainTypesReceived(session).indexOf('challenge');
  expect(recordedChallenge).toBeGreaterThanOrEqual(0);

  const replayer = await replay(sentFrames(session));
  await expectRefused(replayer, 'bad-proof', CLOSE_CODES.credentialRejected);
  const challenges = [session, replayer].map((phone) => phone.wire.find((entry) => entry.direction === 'in')?.frame);
  expect(challenges[1], 'the host issued a new nonce').not.toEqual(challenges[0]);
  expect(plainTypesReceived(replayer)).toEqual(['challenge', 'error']);
  await scene.assertStillServing();
});
