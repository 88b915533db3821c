import { LIMITS } from '@touchdesk/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSocket } from '../test-phone-client.js';
import { closeOf } from './test-attack-clients.js';
import { AttackScene } from './test-attack-harness.js';

/**
 * ws accepts 100 MiB frames by default. The host's limit is a few KiB, enforced by the
 * transport before anything is buffered whole, parsed or decrypted: close 1009.
 */
const MESSAGE_TOO_BIG = 1009;
const MIB = 1024 * 1024;

let scene: AttackScene;

beforeEach(async () => {
  scene = await AttackScene.start();
});

afterEach(async () => {
  await scene.close();
});

it.each([
  ['a 1 MiB text frame', () => 'x'.repeat(MIB)],
  ['a 1 MiB binary frame', () => new Uint8Array(MIB)],
  ['a frame one byte over the limit', () => 'x'.repeat(LIMITS.maxFrameBytes + 1)],
])('closes an unauthenticated socket that sends %s with 1009', async (_name, frame) => {
  const flooder = await openSocket(scene.origin);
  flooder.sendRaw(frame());
  expect((await closeOf(flooder)).code).toBe(MESSAGE_TOO_BIG);
  await scene.assertStillServing();
});

it('closes a paired phone that sends a sealed 1 MiB frame with 1009', async () => {
  const paired = await scene.pairAnotherPhone('Big Sender');
  paired.send({ type: 'key', seq: 1, key: 'KeyH', modifiers: [] });
  paired.send({ type: 'ping', id: 1 });
  await paired.next('pong');
  scene.expectLegitCalls('key KeyH');
  paired.sendRaw(paired.channel!.seal(JSON.stringify({ type: 'move', dx: 1, dy: 1, padding: 'x'.repeat(MIB) })));
  expect((await closeOf(paired)).code).toBe(MESSAGE_TOO_BIG);
  await scene.assertStillServing();
  expect(scene.host.registry.phones.map((phone) => phone.deviceId)).toEqual([scene.legit.deviceId]);
});
