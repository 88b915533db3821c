import { CLOSE_CODES, PhoneHandshake } from '@touchdesk/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeInjector } from '../core/test-fakes.js';
import type { HostEvent, HostOptions, RunningHost } from './host.js';
import { roundTrip, startTestHost, type TestHost } from './test-host.js';
import { connectPhone, openSocket, type PairedPhone, pageStatus, pairingCredential } from './test-phone-client.js';

/**
 * The host for real: a real HTTP server, real WebSocket clients over loopback speaking the
 * real handshake, and a fake injector as the witness of what got through.
 */
let running: TestHost;
let host: RunningHost;
let injector: FakeInjector;
let events: HostEvent[];

const origin = () => new URL(host.pairingUrl).origin;

async function start(overrides: Partial<HostOptions> = {}) {
  running = await startTestHost({ handshakeTimeoutMs: 300, ...overrides });
  ({ host, injector, events } = running);
}

beforeEach(() => start());

afterEach(() => running.close());

function pairedPhone(deviceName = 'Pixel'): Promise<PairedPhone> {
  return running.pairPhone(deviceName);
}

describe('the phone page over HTTP', () => {
  it('serves the page with strict headers', async () => {
    const response = await fetch(`${origin()}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>phone</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect(await pageStatus(origin(), `attacker.example:${new URL(origin()).port}`)).toBe(403);
  });

  it('never serves a file outside the page', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/nothing.html', '/index.html%00.js']) {
      expect((await fetch(`${origin()}${path}`)).status, path).toBe(404);
    }
  });
});

describe('pairing', () => {
  it('pairs the phone that holds the QR secret and injects its input', async () => {
    const phone = await pairedPhone();
    phone.send({ type: 'move', dx: 12, dy: -4 });
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'click' });
    await roundTrip(phone, 1);
    expect(injector.calls).toEqual(['move 12,-4', 'press left', 'release left']);
    expect(events.filter((event) => event.event === 'phone-connected')).toHaveLength(1);
    phone.ws.close();
    await phone.closed;
    await expect.poll(() => events.some((event) => event.event === 'phone-disconnected')).toBe(true);
  });

  it('makes the QR secret single-use and shows a fresh one', async () => {
    const used = host.pairingUrl;
    await pairedPhone();
    expect(host.pairingUrl).not.toBe(used);
    expect(events).toContainEqual({ event: 'pairing-renewed', pairingUrl: host.pairingUrl });
    const latecomer = await openSocket(origin());
    latecomer.send(new PhoneHandshake(pairingCredential(used)).hello());
    expect(await latecomer.next('error')).toMatchObject({ code: 'pairing-expired' });
    expect((await latecomer.closed).code).toBe(CLOSE_CODES.credentialRejected);
  });

  it('expires the QR secret after its lifetime and shows a fresh one', async () => {
    await running.close();
    await start({ pairingLifetimeMs: 100 });
    const first = host.pairingUrl;
    await expect.poll(() => host.pairingUrl, { timeout: 2000 }).not.toBe(first);
    await expect(connectPhone(origin(), pairingCredential(first))).rejects.toThrow();
    await pairedPhone();
  });

  it('lets a paired phone come back with its own key, without the QR code', async () => {
    const phone = await pairedPhone();
    phone.ws.close();
    await phone.closed;
    const again = await connectPhone(origin(), phone.credential);
    again.send({ type: 'scroll', dx: 0, dy: 2 });
    await roundTrip(again, 2);
    expect(injector.calls).toEqual(['scroll 0,2']);
  });

  it('cuts off a revoked phone at once and refuses it afterwards', async () => {
    const phone = await pairedPhone();
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    await roundTrip(phone, 3);
    expect(host.revoke(phone.deviceId)).toBe(true);
    expect((await phone.closed).code).toBe(CLOSE_CODES.revoked);
    await expect.poll(() => injector.calls.at(-1)).toBe('release left');
    await expect(connectPhone(origin(), phone.credential)).rejects.toThrow();
  });
});

describe('the WebSocket edge', () => {
  it.each([
    ['a foreign Origin', { Origin: 'http://attacker.example' }],
    ['no Origin', { Origin: '' }],
    ['a foreign Host', { Host: 'attacker.example' }],
  ])('refuses the upgrade from %s with 403', async (_name, headers) => {
    await expect(openSocket(origin(), headers)).rejects.toThrow('HTTP 403');
  });

  it('closes a socket that sends input before the handshake, with nothing injected', async () => {
    const intruder = await openSocket(origin());
    intruder.sendRaw(JSON.stringify({ type: 'button', seq: 1, button: 'left', action: 'click' }));
    expect(await intruder.next('error')).toMatchObject({ code: 'not-authenticated' });
    expect((await intruder.closed).code).toBe(CLOSE_CODES.protocolViolation);
    expect(injector.calls).toEqual([]);
  });

  it('closes a socket that never finishes the handshake', async () => {
    const idle = await openSocket(origin());
    expect((await idle.closed).code).toBe(CLOSE_CODES.handshakeTimeout);
  });

  it('cuts off a frame over the size limit and keeps serving others', async () => {
    const phone = await pairedPhone();
    const flooder = await openSocket(origin());
    flooder.sendRaw('x'.repeat(1024 * 1024));
    expect((await flooder.closed).code).toBe(1009);
    await roundTrip(phone, 4);
  });

  it('answers a malformed sealed message with a coded error and goes on', async () => {
    const phone = await pairedPhone();
    phone.sendRaw(phone.channel!.seal('{"type":"move","dx":1e999,"dy":0}'));
    expect(await phone.next('error')).toMatchObject({ code: 'bad-message' });
    phone.send({ type: 'scroll', dx: 0, dy: 3 });
    await roundTrip(phone, 5);
    expect(injector.calls).toEqual(['scroll 0,3']);
  });

  it('releases what a phone held when it disappears mid-drag', async () => {
    const phone = await pairedPhone();
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    await roundTrip(phone, 6);
    phone.ws.terminate();
    await expect.poll(() => injector.calls.at(-1)).toBe('release left');
  });

  it('tells phones when the host shuts down', async () => {
    const phone = await pairedPhone();
    await running.close();
    expect((await phone.closed).code).toBe(CLOSE_CODES.hostShutdown);
    await start();
  });
});

describe('the control panel', () => {
  it('listens on loopback only and serves state and actions only with its key', async () => {
    const panel = new URL(host.panelUrl);
    expect(panel.hostname).toBe('127.0.0.1');
    const key = panel.searchParams.get('key') ?? '';
    expect((await fetch(`${panel.origin}/api/events?key=wrong`)).status).toBe(403);
    expect((await fetch(`${panel.origin}/api/events`)).status).toBe(403);
    expect((await fetch(`${panel.origin}/api/revoke?device=x`, { method: 'POST' })).status).toBe(403);

    const controller = new AbortController();
    const response = await fetch(`${panel.origin}/api/events?key=${key}`, { signal: controller.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain(JSON.stringify(host.pairingUrl));
    const phone = await pairedPhone('Panel Phone');
    let update = '';
    while (!update.includes('Panel Phone')) update += decoder.decode((await reader.read()).value);
    controller.abort();

    const revoked = await fetch(`${panel.origin}/api/revoke?device=${phone.deviceId}`, { method: 'POST', headers: { 'X-Panel-Key': key } });
    expect(revoked.status).toBe(200);
    expect((await phone.closed).code).toBe(CLOSE_CODES.revoked);
  });
});
