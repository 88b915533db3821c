import { hexToBytes, type NamedKey, PhoneHandshake, type PhoneCredential } from '@touchdesk/shared';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openSocket, pairingCredential, pairingKeyOf, type TestPhone } from '../test-phone-client.js';
import { byteSpellings, findNeedles, textSpellings } from './test-encodings.js';
import { AttackScene } from './test-attack-harness.js';
import { type SniffingProxy, startSniffingProxy } from './test-sniffing-proxy.js';
import { websocketFrames } from './test-websocket-frames.js';

/**
 * A passive eavesdropper on the Wi-Fi (cleartext keystrokes, CVE-2022-45480): every byte
 * between a phone and the host passes a recording proxy while the phone pairs and types a
 * password. The handshake is plaintext JSON by design; what it must never show is the input,
 * the QR secret or the device's key, in any spelling.
 */
const PASSWORD = 'hunter2';
const PASSWORD_KEYS: NamedKey[] = ['KeyH', 'KeyU', 'KeyN', 'KeyT', 'KeyE', 'KeyR', 'Digit2'];

let scene: AttackScene;
let proxy: SniffingProxy;

beforeEach(async () => {
  scene = await AttackScene.start();
  const host = new URL(scene.origin);
  proxy = await startSniffingProxy(host.hostname, Number(host.port));
});

afterEach(async () => {
  await proxy.close();
  await scene.close();
});

/**
 * The phone dials the proxy but names the host in Host and Origin, as a browser would that
 * reached the host's address through a hop it cannot see.
 */
async function connectThroughProxy(credential: PhoneCredential): Promise<TestPhone> {
  const phone = await openSocket(`http://127.0.0.1:${proxy.port}`, { Host: new URL(scene.origin).host, Origin: scene.origin });
  const handshake = new PhoneHandshake(credential);
  phone.handshake = handshake;
  phone.send(handshake.hello());
  phone.send(handshake.answer(await phone.next('challenge')));
  await phone.next('welcome');
  return phone;
}

it('shows an eavesdropper neither the typed password nor any key, in no encoding', async () => {
  const pairingSecret = pairingKeyOf(scene.host.pairingUrl);
  const phone = await connectThroughProxy(pairingCredential(scene.host.pairingUrl, 'Sniffed Phone'));
  const deviceKey = hexToBytes((await phone.next('paired')).deviceKey);
  PASSWORD_KEYS.forEach((key, index) => phone.send({ type: 'key', seq: index + 1, key, modifiers: [] }));
  phone.send({ type: 'move', dx: 3, dy: 4 });
  phone.send({ type: 'button', seq: PASSWORD_KEYS.length + 1, button: 'left', action: 'click' });
  phone.send({ type: 'ping', id: 1 });
  await phone.next('pong');
  scene.expectLegitCalls(...PASSWORD_KEYS.map((key) => `key ${key}`), 'move 3,4', 'press left', 'release left');
  await scene.assertStillServing();
  phone.ws.close();
  await phone.closed;

  const streams = proxy.connections.flatMap((connection, index) => [
    { label: `connection ${index} to the host`, bytes: Buffer.concat(connection.toHost) },
    { label: `connection ${index} to the phone`, bytes: Buffer.concat(connection.toPhone) },
  ]);
  const haystacks = [
    ...streams,
    // The browser's masking hides nothing from an eavesdropper, who unmasks each frame.
    ...streams.map(({ label, bytes }) => ({ label: `${label}, unmasked`, bytes: Buffer.concat(websocketFrames(bytes).map((frame) => frame.payload)) })),
  ];

  // The control: the sniffer does see what is plaintext by design, so its silence below means something.
  const unmaskedToHost = haystacks.find((haystack) => haystack.label === 'connection 0 to the host, unmasked')!.bytes.toString('latin1');
  const unmaskedToPhone = haystacks.find((haystack) => haystack.label === 'connection 0 to the phone, unmasked')!.bytes.toString('latin1');
  expect(proxy.connections).toHaveLength(1);
  expect(unmaskedToHost).toContain('"type":"hello"');
  expect(unmaskedToHost).toContain('"deviceName":"Sniffed Phone"');
  expect(unmaskedToPhone).toContain('"type":"challenge"');

  const needles = [
    ...textSpellings('the password', PASSWORD),
    ...PASSWORD_KEYS.flatMap((key) => textSpellings(`the key name ${key}`, key)),
    ...['"key"', 'move', 'button', 'modifiers', 'KeyH', 'Digit2'].flatMap((name) => textSpellings(`the input field ${name}`, name)),
    ...byteSpellings('the QR secret', pairingSecret),
    ...byteSpellings('the device key', deviceKey),
  ];
  expect(findNeedles(haystacks, needles)).toEqual([]);
});
