import { createServer, type Server } from 'node:http';
import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import type { Interfaces } from './allowed-hosts.js';
import { DEFAULT_PORT } from './host.js';
import { openSocket, pageStatus, pairPhone } from './test-phone-client.js';
import { startTestHost, type TestHost } from './test-host.js';

/**
 * Where the host can be reached, and under which names: the default port when it is taken,
 * a public URL in front of it, and a desktop that moves to another network.
 */
let scene: TestHost | undefined;
let blocker: Server | undefined;

afterEach(async () => {
  await scene?.close();
  scene = undefined;
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  blocker = undefined;
});

function ipv4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}


describe('the port', () => {
  it('moves to a free port when the default is taken and no port was named, and says which', async () => {
    blocker = createServer();
    // Taken by us, or already by something else: either way the host must not get it.
    await new Promise<void>((resolve) => {
      blocker!.once('error', () => resolve());
      blocker!.listen(DEFAULT_PORT, '127.0.0.1', () => resolve());
    });
    scene = await startTestHost({ port: undefined });
    expect(scene.host.wantedPort).toBe(DEFAULT_PORT);
    expect(scene.host.port).not.toBe(DEFAULT_PORT);
    expect(new URL(scene.host.pairingUrl).port).toBe(String(scene.host.port));
  });

  it('refuses to move from a port the user named', async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve()));
    const taken = (blocker.address() as { port: number }).port;
    await expect(startTestHost({ port: taken })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('--public-url', () => {
  it('puts the public origin in the QR code and answers to exactly its host:port', async () => {
    scene = await startTestHost({ publicUrl: 'https://desk.example.net:8443' });
    expect(scene.host.pairingUrl).toMatch(/^https:\/\/desk\.example\.net:8443\/#t=[0-9a-f]{40}$/);
    const direct = `http://127.0.0.1:${scene.host.port}`;
    expect(await pageStatus(direct, 'desk.example.net:8443')).toBe(200);
    expect(await pageStatus(direct, `127.0.0.1:${scene.host.port}`)).toBe(200);
    expect(await pageStatus(direct, 'desk.example.net')).toBe(403);
    expect(await pageStatus(direct, 'desk.example.net:8444')).toBe(403);
    expect(await pageStatus(direct, 'evil.desk.example.net:8443')).toBe(403);
  });

  it('accepts the socket of a page served under the public origin, behind a proxy that rewrites Host', async () => {
    scene = await startTestHost({ publicUrl: 'https://desk.example.net:8443' });
    const direct = `http://127.0.0.1:${scene.host.port}`;
    const socket = await openSocket(direct, { Origin: 'https://desk.example.net:8443' });
    socket.ws.terminate();
    await expect(openSocket(direct, { Origin: 'https://other.example.net:8443' })).rejects.toThrow('HTTP 403');
  });
});

describe('a network change', () => {
  it('follows the desktop to its new address: new QR code, new allowed Host, old one refused', async () => {
    let interfaces: Interfaces = { lo: [ipv4('127.0.0.1', true)], wlan0: [ipv4('192.168.1.20')] };
    scene = await startTestHost({ bind: undefined, networkInterfaces: () => interfaces, networkPollMs: 20 });
    const { port } = scene.host;
    const loopback = `http://127.0.0.1:${port}`;
    expect(new URL(scene.host.pairingUrl).host).toBe(`192.168.1.20:${port}`);
    expect(await pageStatus(loopback, `192.168.1.20:${port}`)).toBe(200);
    expect(await pageStatus(loopback, `10.0.0.7:${port}`)).toBe(403);

    interfaces = { lo: [ipv4('127.0.0.1', true)], wlan0: [ipv4('10.0.0.7')] };
    await expect.poll(() => scene!.events.some((event) => event.event === 'network-changed')).toBe(true);
    expect(new URL(scene.host.pairingUrl).host).toBe(`10.0.0.7:${port}`);
    expect(scene.events.filter((event) => event.event === 'network-changed')).toEqual([
      { event: 'network-changed', address: '10.0.0.7', pairingUrl: scene.host.pairingUrl },
    ]);
    expect(await pageStatus(loopback, `10.0.0.7:${port}`)).toBe(200);
    expect(await pageStatus(loopback, `192.168.1.20:${port}`)).toBe(403);
    // The QR code's secret still pairs, here over loopback, which every interface list has.
    const phone = await pairPhone(loopback, scene.host.pairingUrl, 'Pixel');
    phone.send({ type: 'ping', id: 1 });
    await phone.next('pong');
  });

  it('says nothing while the address stays the same', async () => {
    let interfaces: Interfaces = { wlan0: [ipv4('192.168.1.20')], lo: [ipv4('127.0.0.1', true)] };
    scene = await startTestHost({ bind: undefined, networkInterfaces: () => interfaces, networkPollMs: 10 });
    interfaces = { ...interfaces, docker0: [ipv4('172.17.0.1')] };
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scene.events.filter((event) => event.event === 'network-changed')).toEqual([]);
    expect(await pageStatus(`http://127.0.0.1:${scene.host.port}`, `172.17.0.1:${scene.host.port}`)).toBe(200);
  });
});
