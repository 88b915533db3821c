import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOSE_CODES, type HostMessage, LIMITS, PROTOCOL_VERSION, WEBSOCKET_PATH } from '@touchdesk/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeInjector } from '../core/test-fakes.js';
import { type RunningHost, startHost } from './host.js';

/**
 * The host for real: a real HTTP server, real WebSocket clients over loopback, and a fake
 * injector as the witness of what got through.
 */
let host: RunningHost;
let injector: FakeInjector;
let events: string[];
let origin: string;
let token: string;

async function makeRoots() {
  const dir = await mkdtemp(join(tmpdir(), 'touchdesk-host-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>phone</title>');
  return dir;
}

beforeEach(async () => {
  injector = new FakeInjector();
  events = [];
  const root = await makeRoots();
  host = await startHost({
    injector,
    phonePageRoot: root,
    panelRoot: root,
    hostName: 'test-desk',
    bind: '127.0.0.1',
    port: 0,
    handshakeTimeoutMs: 300,
    onEvent: (event) => events.push(`${event.event} ${event.phone.deviceName}`),
  });
  const url = new URL(host.pairingUrl);
  origin = url.origin;
  token = url.hash.slice('#t='.length);
});

afterEach(async () => {
  await host.close();
});

interface Client {
  ws: WebSocket;
  received: HostMessage[];
  closed: Promise<{ code: number }>;
  next(type: HostMessage['type']): Promise<HostMessage>;
}

function connect(headers: Record<string, string> = {}): Promise<Client> {
  const ws = new WebSocket(`${origin.replace('http', 'ws')}${WEBSOCKET_PATH}`, { headers: { Origin: origin, ...headers } });
  const received: HostMessage[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    received.push(JSON.parse(String(data)) as HostMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  const closed = new Promise<{ code: number }>((resolve) => ws.on('close', (code) => resolve({ code })));
  const next = async (type: HostMessage['type']) => {
    for (;;) {
      const found = received.find((message) => message.type === type);
      if (found) {
        received.splice(received.indexOf(found), 1);
        return found;
      }
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve({ ws, received, closed, next }));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

async function pairedPhone(deviceName = 'Pixel'): Promise<Client> {
  const client = await connect();
  client.ws.send(JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, token, deviceName }));
  await client.next('status');
  return client;
}

describe('the phone page over HTTP', () => {
  it('serves the page with strict headers', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>phone</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const url = new URL(origin);
      request({ host: url.hostname, port: url.port, path: '/', headers: { Host: `attacker.example:${url.port}` } }, (response) => {
        resolve(response.statusCode ?? 0);
        response.resume();
      }).end();
    });
    expect(status).toBe(403);
  });

  it('never serves a file outside the page', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/nothing.html', '/index.html%00.js']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
  });
});

describe('the WebSocket edge', () => {
  it('pairs a phone that knows the secret and injects its input', async () => {
    const phone = await pairedPhone();
    phone.ws.send(JSON.stringify({ type: 'move', dx: 12, dy: -4 }));
    phone.ws.send(JSON.stringify({ type: 'button', button: 'left', action: 'click' }));
    phone.ws.send(JSON.stringify({ type: 'ping', id: 1 }));
    await phone.next('pong');
    expect(injector.calls).toEqual(['move 12,-4', 'press left', 'release left']);
    expect(events).toEqual(['phone-connected Pixel']);
    phone.ws.close();
    await phone.closed;
    await expect.poll(() => events).toEqual(['phone-connected Pixel', 'phone-disconnected Pixel']);
  });

  it.each([
    ['a foreign Origin', { Origin: 'http://attacker.example' }],
    ['no Origin', { Origin: '' }],
    ['a foreign Host', { Host: 'attacker.example' }],
  ])('refuses the upgrade from %s with 403', async (_name, headers) => {
    await expect(connect(headers)).rejects.toThrow('HTTP 403');
  });

  it('refuses a wrong secret, injects nothing, and keeps serving the paired phone', async () => {
    const phone = await pairedPhone();
    const intruder = await connect();
    intruder.ws.send(JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, token: 'A'.repeat(32), deviceName: 'x' }));
    expect((await intruder.next('error'))).toMatchObject({ code: 'bad-token' });
    expect((await intruder.closed).code).toBe(CLOSE_CODES.badToken);
    phone.ws.send(JSON.stringify({ type: 'move', dx: 1, dy: 1 }));
    phone.ws.send(JSON.stringify({ type: 'ping', id: 2 }));
    await phone.next('pong');
    expect(injector.calls).toEqual(['move 1,1']);
  });

  it('closes a socket that sends input before pairing, with nothing injected', async () => {
    const intruder = await connect();
    intruder.ws.send(JSON.stringify({ type: 'button', button: 'left', action: 'click' }));
    expect(await intruder.next('error')).toMatchObject({ code: 'not-authenticated' });
    expect((await intruder.closed).code).toBe(CLOSE_CODES.protocolViolation);
    expect(injector.calls).toEqual([]);
  });

  it('closes a socket that never says hello', async () => {
    const idle = await connect();
    expect((await idle.closed).code).toBe(CLOSE_CODES.handshakeTimeout);
  });

  it('cuts off a frame over the size limit and keeps serving others', async () => {
    const phone = await pairedPhone();
    const flooder = await pairedPhone('Flooder');
    flooder.ws.send('x'.repeat(1024 * 1024));
    expect((await flooder.closed).code).toBe(1009);
    expect(LIMITS.maxFrameBytes).toBeLessThan(1024 * 1024);
    phone.ws.send(JSON.stringify({ type: 'ping', id: 3 }));
    expect(await phone.next('pong')).toEqual({ type: 'pong', id: 3 });
  });

  it('answers a malformed frame from a paired phone with a coded error and goes on', async () => {
    const phone = await pairedPhone();
    phone.ws.send('{"type":"move","dx":1e999,"dy":0}');
    expect(await phone.next('error')).toMatchObject({ code: 'bad-message' });
    phone.ws.send(JSON.stringify({ type: 'scroll', dx: 0, dy: 3 }));
    phone.ws.send(JSON.stringify({ type: 'ping', id: 4 }));
    await phone.next('pong');
    expect(injector.calls).toEqual(['scroll 0,3']);
  });

  it('releases what a phone held when it disappears mid-drag', async () => {
    const phone = await pairedPhone();
    phone.ws.send(JSON.stringify({ type: 'button', button: 'left', action: 'down' }));
    phone.ws.send(JSON.stringify({ type: 'ping', id: 5 }));
    await phone.next('pong');
    phone.ws.terminate();
    await expect.poll(() => injector.calls.at(-1)).toBe('release left');
  });

  it('tells phones when the host shuts down', async () => {
    const phone = await pairedPhone();
    await host.close();
    expect((await phone.closed).code).toBe(CLOSE_CODES.hostShutdown);
    host = await startHost({ injector, phonePageRoot: '/nonexistent', panelRoot: '/nonexistent', hostName: 'x', bind: '127.0.0.1', port: 0 });
  });
});

describe('the control panel', () => {
  it('listens on loopback only and streams state only with its key', async () => {
    const panel = new URL(host.panelUrl);
    expect(panel.hostname).toBe('127.0.0.1');
    expect((await fetch(`${panel.origin}/events?key=wrong`)).status).toBe(403);
    expect((await fetch(`${panel.origin}/events`)).status).toBe(403);

    const controller = new AbortController();
    const response = await fetch(`${panel.origin}/events?key=${panel.searchParams.get('key')}`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toContain(JSON.stringify(host.pairingUrl));
    await pairedPhone('Panel Phone');
    let update = '';
    while (!update.includes('Panel Phone')) update += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
  });
});
