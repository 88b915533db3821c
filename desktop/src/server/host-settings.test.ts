import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MemorySettingsStore } from '../core/settings.js';
import type { RunningHost } from './host.js';
import { pageStatus } from './test-phone-client.js';
import { startTestHost, type TestHost } from './test-host.js';

/**
 * The settings the panel changes, through its HTTP API as the panel page calls it: checked at
 * the edge, saved, and applied at once to a running host.
 */
let scene: TestHost | undefined;
/** Servers standing in for another program that holds a port. */
const otherPrograms: Server[] = [];

afterEach(async () => {
  await scene?.close();
  scene = undefined;
  for (const server of otherPrograms.splice(0)) await new Promise((resolve) => server.close(resolve));
});

async function portHeldByAnotherProgram(): Promise<number> {
  const server = createServer();
  otherPrograms.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server.address() as AddressInfo).port;
}

async function postSettings(host: RunningHost, body: string, headers: Record<string, string> = {}) {
  const panel = new URL(host.panelUrl);
  const response = await fetch(`${panel.origin}/api/settings`, {
    method: 'POST',
    headers: { 'X-Panel-Key': panel.searchParams.get('key') ?? '', 'Content-Type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: response.headers.get('content-type') === 'application/json' ? (JSON.parse(text) as unknown) : text };
}

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function ipv4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}

describe('the settings API', () => {
  it('saves a change and applies it: natural scrolling off turns the wheel the other way at once', async () => {
    const settings = new MemorySettingsStore();
    scene = await startTestHost({ settings });
    const phone = await scene.pairPhone();
    expect(await postSettings(scene.host, '{"naturalScrolling":false,"language":"zh-CN"}')).toEqual({ status: 200, body: 'Saved' });
    expect(settings.current).toMatchObject({ naturalScrolling: false, language: 'zh-CN' });
    phone.send({ type: 'scroll', dx: 0, dy: 4 });
    phone.send({ type: 'ping', id: 1 });
    await phone.next('pong');
    await expect.poll(() => scene!.injector.calls).toContain('scroll 0,-4');
  });

  it.each([
    ['an unknown setting', '{"shell":"rm -rf /"}', 400],
    ['a port below 1024', '{"port":80}', 400],
    ['broken JSON', '{"preview":', 400],
    ['a body larger than a kilobyte', JSON.stringify({ networkInterface: 'x'.repeat(2000) }), 413],
  ])('refuses %s with a coded error and changes nothing', async (_what, body, status) => {
    const settings = new MemorySettingsStore();
    scene = await startTestHost({ settings });
    const before = settings.current;
    expect(await postSettings(scene.host, body)).toEqual({ status, body: { error: 'bad-settings', message: expect.any(String) } });
    expect(settings.current).toBe(before);
  });

  it('refuses a form post, which any web page could send, and a request without the key', async () => {
    scene = await startTestHost();
    expect((await postSettings(scene.host, 'preview=false', { 'Content-Type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await postSettings(scene.host, '{"preview":false}', { 'X-Panel-Key': 'guess' })).status).toBe(403);
    expect(scene.host.settings.preview).toBe(true);
  });
});

describe('a port change', () => {
  it('moves the phone page at once: new QR code, the old port closed, connected phones let go', async () => {
    scene = await startTestHost();
    const phone = await scene.pairPhone();
    const before = scene.host.port;
    const port = await freePort();
    expect((await postSettings(scene.host, JSON.stringify({ port }))).status).toBe(200);
    expect(scene.host.port).toBe(port);
    expect(new URL(scene.host.pairingUrl).port).toBe(String(port));
    expect(scene.events).toContainEqual({ event: 'port-changed', wanted: port, port, pairingUrl: scene.host.pairingUrl });
    expect(await pageStatus(`http://127.0.0.1:${port}`, `127.0.0.1:${port}`)).toBe(200);
    await expect(pageStatus(`http://127.0.0.1:${before}`, `127.0.0.1:${before}`)).rejects.toThrow();
    await phone.closed;
    expect(scene.events).toContainEqual(expect.objectContaining({ event: 'phone-disconnected', reason: 'port-changed' }));
  });

  it('refuses a port that is taken and stays where it was', async () => {
    const taken = await portHeldByAnotherProgram();
    const settings = new MemorySettingsStore();
    scene = await startTestHost({ settings });
    const { port } = scene.host;
    expect(await postSettings(scene.host, JSON.stringify({ port: taken }))).toEqual({ status: 409, body: { error: 'port-in-use', message: expect.any(String) } });
    expect(scene.host.port).toBe(port);
    expect(settings.current.port).toBeNull();
    expect(await pageStatus(`http://127.0.0.1:${port}`, `127.0.0.1:${port}`)).toBe(200);
  });

  it('starts on the port in the settings when no port is named, and on a free one when that is taken', async () => {
    const taken = await portHeldByAnotherProgram();
    const wanted = await freePort();
    scene = await startTestHost({ port: undefined, settings: new MemorySettingsStore({ ...DEFAULT_SETTINGS, port: wanted }) });
    expect(scene.host.port).toBe(wanted);
    await scene.close();
    scene = await startTestHost({ port: undefined, settings: new MemorySettingsStore({ ...DEFAULT_SETTINGS, port: taken }) });
    expect(scene.host.wantedPort).toBe(taken);
    expect(scene.host.port).not.toBe(taken);
  });
});

describe('the network interface for the QR code', () => {
  it('puts the chosen interface’s address in the QR code at once, and lists the choices', async () => {
    const interfaces = { lo: [ipv4('127.0.0.1', true)], wlan0: [ipv4('192.168.1.20')], tailscale0: [ipv4('100.101.102.103')] };
    scene = await startTestHost({ bind: undefined, networkInterfaces: () => interfaces });
    expect(new URL(scene.host.pairingUrl).hostname).toBe('192.168.1.20');
    expect((await postSettings(scene.host, '{"networkInterface":"tailscale0"}')).status).toBe(200);
    expect(new URL(scene.host.pairingUrl).hostname).toBe('100.101.102.103');
    expect(scene.events).toContainEqual({ event: 'network-changed', address: '100.101.102.103', pairingUrl: scene.host.pairingUrl });
    expect((await postSettings(scene.host, '{"networkInterface":null}')).status).toBe(200);
    expect(new URL(scene.host.pairingUrl).hostname).toBe('192.168.1.20');
  });
});
