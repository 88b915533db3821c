import { randomBytes } from 'node:crypto';
import { CLOSE_CODES, type ClientMessage, PhoneHandshake } from '@touchdesk/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSocket } from '../test-phone-client.js';
import { expectRefused, plainTypesReceived } from './test-attack-clients.js';
import { AttackScene } from './test-attack-harness.js';

/**
 * Remote Mouse (CVE-2021-27573) injected whatever arrived on its socket. Here nothing reaches
 * the injector before a proof of a key, whatever an unauthenticated socket sends.
 */
let scene: AttackScene;

beforeEach(async () => {
  scene = await AttackScene.start();
});

afterEach(async () => {
  await scene.close();
});

const INPUT: [string, ClientMessage][] = [
  ['a key tap', { type: 'key', seq: 1, key: 'KeyH', modifiers: ['Control'] }],
  ['a move', { type: 'move', dx: 100, dy: 100 }],
  ['a click', { type: 'button', seq: 1, button: 'left', action: 'click' }],
  ['a scroll', { type: 'scroll', dx: 0, dy: 10 }],
];

describe('input without a handshake', () => {
  it.each(INPUT)('refuses %s sent as the first frame', async (_name, message) => {
    const intruder = await openSocket(scene.origin);
    intruder.sendRaw(JSON.stringify(message));
    await expectRefused(intruder, 'not-authenticated', CLOSE_CODES.protocolViolation);
    await scene.assertStillServing();
  });

  it('refuses binary garbage sent as the first frame', async () => {
    const intruder = await openSocket(scene.origin);
    intruder.sendRaw(randomBytes(64));
    await expectRefused(intruder, 'not-authenticated', CLOSE_CODES.protocolViolation);
    await scene.assertStillServing();
  });

  it('refuses a burst of input sent without waiting, and reads nothing after the first frame', async () => {
    const intruder = await openSocket(scene.origin);
    for (const [, message] of INPUT) intruder.sendRaw(JSON.stringify(message));
    intruder.sendRaw(randomBytes(64));
    await expectRefused(intruder, 'not-authenticated', CLOSE_CODES.protocolViolation);
    expect(plainTypesReceived(intruder)).toEqual(['error']);
    await scene.assertStillServing();
  });

  it('refuses a proof without a hello', async () => {
    const intruder = await openSocket(scene.origin);
    intruder.sendRaw(JSON.stringify({ type: 'prove', proof: '00'.repeat(32) }));
    await expectRefused(intruder, 'not-authenticated', CLOSE_CODES.protocolViolation);
    await scene.assertStillServing();
  });
});

describe('input between hello and proof', () => {
  // The attacker knows a paired device's id (it travels in the plaintext hello) but not its key.
  async function challenged() {
    const intruder = await openSocket(scene.origin);
    intruder.send(new PhoneHandshake({ kind: 'device', deviceId: scene.legit.deviceId, key: randomBytes(32) }).hello());
    await intruder.next('challenge');
    return intruder;
  }

  it('refuses plaintext input instead of the proof', async () => {
    const intruder = await challenged();
    intruder.sendRaw(JSON.stringify({ type: 'key', seq: 1, key: 'Enter', modifiers: [] }));
    await expectRefused(intruder, 'not-authenticated', CLOSE_CODES.protocolViolation);
    await scene.assertStillServing();
  });

  it('refuses a binary frame instead of the proof', async () => {
    const intruder = await challenged();
    intruder.sendRaw(randomBytes(48));
    await expectRefused(intruder, 'not-authenticated', CLOSE_CODES.protocolViolation);
    await scene.assertStillServing();
  });
});
