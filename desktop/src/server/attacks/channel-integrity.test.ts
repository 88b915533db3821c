import { CLOSE_CODES } from '@touchdesk/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { closeOf } from './test-attack-clients.js';
import { AttackScene } from './test-attack-harness.js';

/**
 * Someone on the path alters, reorders, replays or injects frames inside an authenticated
 * session. The implicit counter and the Poly1305 tag make each of those fail to open: the
 * session ends with 1008 "channel-broken", the bad frame reaches nothing, and the device
 * comes straight back with its own key.
 */
let scene: AttackScene;

beforeEach(async () => {
  scene = await AttackScene.start();
});

afterEach(async () => {
  await scene.close();
});

const BROKEN = { code: CLOSE_CODES.protocolViolation, reason: 'channel-broken' };

async function expectBrokenThenBack(): Promise<void> {
  expect(await closeOf(scene.legit)).toEqual(BROKEN);
  scene.assertNothingInjectedByAttackers();
  await scene.reconnectLegit();
  await scene.assertStillServing();
}

it.each([
  ['the first byte', 0],
  ['a middle byte', 0.5],
  ['the last byte of the tag', 1],
])('closes the session when one bit of %s of a sealed frame is flipped', async (_where, position) => {
  const frame = scene.legit.channel!.seal(JSON.stringify({ type: 'key', seq: 1, key: 'Enter', modifiers: [] }));
  const index = Math.round(position * (frame.length - 1));
  frame[index]! ^= 0x01;
  scene.legit.sendRaw(frame);
  await expectBrokenThenBack();
});

it('closes the session when two sealed frames arrive out of order', async () => {
  const first = scene.legit.channel!.seal(JSON.stringify({ type: 'move', dx: 500, dy: 500 }));
  const second = scene.legit.channel!.seal(JSON.stringify({ type: 'button', seq: 1, button: 'left', action: 'click' }));
  scene.legit.sendRaw(second);
  scene.legit.sendRaw(first);
  await expectBrokenThenBack();
});

it('closes the session when a sealed frame is replayed inside it', async () => {
  const frame = scene.legit.channel!.seal(JSON.stringify({ type: 'key', seq: 1, key: 'Enter', modifiers: [] }));
  scene.legit.sendRaw(frame);
  scene.legit.sendRaw(frame);
  scene.expectLegitCalls('key Enter');
  await expectBrokenThenBack();
});

it('closes the session when a frame goes missing', async () => {
  scene.legit.channel!.seal(JSON.stringify({ type: 'move', dx: 1, dy: 1 }));
  scene.legit.sendRaw(scene.legit.channel!.seal(JSON.stringify({ type: 'key', seq: 1, key: 'Enter', modifiers: [] })));
  await expectBrokenThenBack();
});

it('closes the session on plaintext input injected after the handshake', async () => {
  scene.legit.sendRaw(JSON.stringify({ type: 'key', seq: 1, key: 'Enter', modifiers: [] }));
  await expectBrokenThenBack();
});

it('closes the session on a frame too short to carry a tag', async () => {
  scene.legit.sendRaw(new Uint8Array(15));
  await expectBrokenThenBack();
});
