import { afterAll, beforeAll, expect, it } from 'vitest';
import { pageStatus } from '../test-phone-client.js';
import { upgradeStatus } from './test-attack-clients.js';
import { AttackScene } from './test-attack-harness.js';

/**
 * Other web pages open on the phone or the desktop (cross-site WebSocket hijacking, Logitech
 * Options 2018), and pages that reach the host under their own name through DNS rebinding
 * (Transmission CVE-2018-5702). The edge refuses them with 403 before any WebSocket exists.
 */
let scene: AttackScene;
let hostPort: string;

beforeAll(async () => {
  scene = await AttackScene.start();
  hostPort = new URL(scene.origin).host;
});

afterAll(async () => {
  await scene.close();
});

it('accepts the page it served (the control: the probe itself works)', async () => {
  expect(await upgradeStatus(scene.origin, {})).toBe(101);
  expect(await pageStatus(scene.origin, hostPort)).toBe(200);
});

it.each([
  ['another site', () => 'http://attacker.example'],
  ['another site over https', () => 'https://attacker.example'],
  ['a sandboxed frame ("null")', () => 'null'],
  ['an empty Origin', () => ''],
  ['another port on this machine', () => `http://127.0.0.1:${Number(new URL(scene.origin).port) + 1}`],
  ['this machine under another name', () => `http://localhost:${new URL(scene.origin).port}`],
  ['a look-alike with this origin as prefix', () => `${scene.origin}.attacker.example`],
])('refuses a WebSocket upgrade from %s with 403', async (_name, origin) => {
  expect(await upgradeStatus(scene.origin, { Origin: origin() })).toBe(403);
  await scene.assertStillServing();
});

it.each([
  ['a foreign name', () => ({ Host: 'attacker.example' })],
  ['a foreign name on our port (DNS rebinding, Origin to match)', () => ({ Host: `attacker.example:${new URL(scene.origin).port}`, Origin: `http://attacker.example:${new URL(scene.origin).port}` })],
  ['our address on another port', () => ({ Host: `127.0.0.1:${Number(new URL(scene.origin).port) + 1}`, Origin: `http://127.0.0.1:${Number(new URL(scene.origin).port) + 1}` })],
])('refuses a WebSocket upgrade with the Host header of %s with 403', async (_name, headers) => {
  expect(await upgradeStatus(scene.origin, headers())).toBe(403);
  await scene.assertStillServing();
});

it('refuses a plain GET of the page with a foreign Host header with 403', async () => {
  expect(await pageStatus(scene.origin, 'attacker.example')).toBe(403);
  expect(await pageStatus(scene.origin, `attacker.example:${new URL(scene.origin).port}`)).toBe(403);
  await scene.assertStillServing();
});
