import { bytesToHex, CLOSE_CODES, hexToBytes, type HostMessage, LIMITS, PROTOCOL_VERSION } from '@touchdesk/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneCredentials } from '../pairing/credentials.js';
import { type DeviceCredential, deviceCredentialKey, DeviceCredentialStore } from '../pairing/device-credential.js';
import { forgetPairingSecret } from '../pairing/pairing-secret.js';
import { MemoryStore } from '../storage/key-value-store.js';
import {
  type ConnectionState,
  HANDSHAKE_TIMEOUT_MS,
  type ForegroundMessage,
  HostConnection,
  type PreviewMessage,
  RATE_LIMITED_RETRY_MS,
} from './host-connection.js';
import { ManualTimers } from '../test-support/manual-timers.js';
import type { ConnectionEnvironment } from './ports.js';
import { arrayBuffer, FakeSocket, randomBytes, sentText, TestHost, READY_STATUS } from './test-host.js';

const HOST = '192.168.1.20:8765';
const PAIRING_KEY = 'touchdesk.pairingSecret';

const status = READY_STATUS;
const move = { type: 'move', dx: 1, dy: 2 } as const;

function newDevice(): DeviceCredential {
  return { deviceId: bytesToHex(randomBytes(16)), deviceKey: bytesToHex(randomBytes(32)) };
}

/**
 * A page with real credential handling over in-memory storage: `secret` as if just scanned,
 * `device` as if stored by an earlier pairing.
 */
function setup(options: { secret?: Uint8Array; device?: DeviceCredential } = {}) {
  const local = new MemoryStore();
  const session = new MemoryStore();
  const devices = new DeviceCredentialStore(local, HOST);
  if (options.device !== undefined) devices.save(options.device);
  const credentials = new PhoneCredentials(devices, () => forgetPairingSecret({ storage: session }), 'iPhone');
  if (options.secret !== undefined) {
    session.setItem(PAIRING_KEY, bytesToHex(options.secret));
    credentials.offerPairingSecret({ secret: options.secret, fromFragment: true });
  }

  const sockets: FakeSocket[] = [];
  const timers = new ManualTimers();
  const env: ConnectionEnvironment = {
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    random: () => 1,
    now: timers.now,
  };
  const states: ConnectionState[] = [];
  const errors: string[] = [];
  const acks: number[] = [];
  const roundTrips: number[] = [];
  const foregrounds: ForegroundMessage[] = [];
  const previews: PreviewMessage[] = [];
  const connection = new HostConnection(`ws://${HOST}/ws`, credentials, env, {
    stateChanged: (state) => states.push(state),
    hostError: (code) => errors.push(code),
    acknowledged: (seq) => acks.push(seq),
    roundTrip: (ms) => roundTrips.push(ms),
    foreground: (message) => foregrounds.push(message),
    preview: (message) => previews.push(message),
  });
  const fire = (ms: number) => timers.fire(ms);
  const advance = (ms: number) => timers.advance(ms);
  const last = () => sockets[sockets.length - 1] as FakeSocket;
  const phases = () => states.map((state) => state.phase);
  const pendingRetries = () => timers.delays().filter((ms) => ms !== HANDSHAKE_TIMEOUT_MS);
  return {
    connection, credentials, devices, local, session, sockets, timers, states, phases, errors, acks, roundTrips, foregrounds, previews,
    fire, advance, last, pendingRetries,
  };
}

/** Connects with a stored device credential, through the first status. */
function connected() {
  const device = newDevice();
  const page = setup({ device });
  page.connection.start();
  const host = new TestHost(page.last(), hexToBytes(device.deviceKey));
  host.accept();
  host.sendSealed(status);
  return { ...page, device, host };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HostConnection: pairing and credentials', () => {
  it('pairs with a fresh secret, stores the device credential from `paired` and forgets the secret', () => {
    const secret = randomBytes(20);
    const { connection, devices, local, session, phases, last, fire } = setup({ secret });
    connection.start();
    const host = new TestHost(last(), secret);
    const hello = host.accept();
    expect(hello).toMatchObject({ type: 'hello', version: PROTOCOL_VERSION, credential: { kind: 'pairing', deviceName: 'iPhone' } });

    const device = newDevice();
    host.sendSealed({ type: 'paired', ...device });
    host.sendSealed(status);
    expect(phases()).toEqual(['connecting', 'connected']);
    expect(devices.load()).toEqual(device);
    expect(local.getItem(deviceCredentialKey(HOST))).not.toBeNull();
    expect(session.getItem(PAIRING_KEY)).toBeNull();

    // The next connection proves the device key; the spent secret is never offered again.
    last().hostCloses(CLOSE_CODES.hostShutdown);
    fire(250);
    const again = new TestHost(last(), hexToBytes(device.deviceKey));
    expect(again.accept().credential).toEqual({ kind: 'device', deviceId: device.deviceId });
    again.sendSealed(status);
    expect(connection.isReady()).toBe(true);
  });

  it('connects with the stored device credential when nothing was scanned', () => {
    const { connection, host, device, phases, last } = connected();
    expect(sentText(last(), 0)).toMatchObject({ credential: { kind: 'device', deviceId: device.deviceId } });
    expect(phases()).toEqual(['connecting', 'connected']);
    expect(connection.isReady()).toBe(true);
    expect(host.socket.binaryType).toBe('arraybuffer');
  });

  it('prefers a fresh scan over the stored device credential', () => {
    const secret = randomBytes(20);
    const { connection, last } = setup({ secret, device: newDevice() });
    connection.start();
    expect(new TestHost(last(), secret).accept().credential.kind).toBe('pairing');
  });

  it('stops without a socket when there is no credential at all', () => {
    const { connection, sockets, states } = setup();
    connection.start();
    expect(sockets).toHaveLength(0);
    expect(states).toEqual([{ phase: 'connecting' }, { phase: 'stopped', reason: { kind: 'not-paired' } }]);
  });
});

describe('HostConnection: the handshake and the sealed channel', () => {
  it('sends nothing but hello and prove before the welcome, and only sealed binary frames after it', () => {
    const device = newDevice();
    const { connection, last } = setup({ device });
    connection.start();
    const socket = last();
    const host = new TestHost(socket, hexToBytes(device.deviceKey));
    connection.send(move);
    host.challenge();
    connection.send(move);
    host.welcome();
    connection.send(move);
    expect(socket.sent).toHaveLength(2);
    expect(socket.sent.every((frame) => typeof frame === 'string')).toBe(true);
    expect([sentText(socket, 0).type, sentText(socket, 1).type]).toEqual(['hello', 'prove']);

    host.sendSealed(status);
    connection.send(move);
    connection.send({ type: 'button', seq: 1, button: 'left', action: 'click' });
    expect(socket.sent.slice(2).every((frame) => frame instanceof Uint8Array)).toBe(true);
    // The first heartbeat goes out with the first status.
    expect(host.received()).toEqual([{ type: 'ping', id: 1 }, move, { type: 'button', seq: 1, button: 'left', action: 'click' }]);
  });

  it('aborts when the desktop cannot prove it holds the key, sending nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const device = newDevice();
    const { connection, devices, states, last, pendingRetries } = setup({ device });
    connection.start();
    const socket = last();
    const impostor = new TestHost(socket, hexToBytes(device.deviceKey));
    impostor.challenge();
    impostor.welcome(bytesToHex(randomBytes(32)));
    socket.deliver(arrayBuffer(impostor.seal(status)));
    connection.send(move);

    expect(socket.closedWith).toBe(1000);
    expect(socket.sent).toHaveLength(2);
    expect(states.at(-1)).toEqual({ phase: 'stopped', reason: { kind: 'host-unverified' } });
    expect(pendingRetries()).toEqual([]);
    // An impostor must not be able to make the phone forget its pairing.
    expect(devices.load()).toEqual(device);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('host-unverified'));
  });

  it('closes and reconnects when a sealed frame was altered', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connection, host, sockets, phases, fire } = connected();
    const frame = host.seal(status);
    frame[3] = (frame[3] ?? 0) ^ 1;
    host.socket.deliver(arrayBuffer(frame));
    expect(host.socket.closedWith).toBe(1000);
    expect(connection.isReady()).toBe(false);
    expect(phases()).toEqual(['connecting', 'connected', 'reconnecting']);
    fire(250);
    expect(sockets).toHaveLength(2);
  });

  it('closes and reconnects when a sealed frame is replayed', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { host, sockets, phases, fire } = connected();
    const frame = arrayBuffer(host.seal(status));
    host.socket.deliver(frame);
    expect(host.socket.closedWith).toBeUndefined();
    host.socket.deliver(frame);
    expect(host.socket.closedWith).toBe(1000);
    expect(phases().at(-1)).toBe('reconnecting');
    fire(250);
    expect(sockets).toHaveLength(2);
  });

  it('closes and reconnects on a text frame after the welcome', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connection, host, sockets, phases, fire } = connected();
    host.socket.deliverText(status);
    expect(host.socket.closedWith).toBe(1000);
    expect(connection.isReady()).toBe(false);
    expect(phases().at(-1)).toBe('reconnecting');
    // Frames still arriving on the abandoned socket change nothing.
    host.sendSealed(status);
    expect(phases().at(-1)).toBe('reconnecting');
    fire(250);
    expect(sockets).toHaveLength(2);
  });

  it('closes and reconnects on a binary frame before the welcome', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connection, last, sockets, fire } = setup({ device: newDevice() });
    connection.start();
    last().open();
    last().deliver(new ArrayBuffer(32));
    expect(last().closedWith).toBe(1000);
    fire(250);
    expect(sockets).toHaveLength(2);
  });

  it('ignores unreadable frames with a warning, before and after the welcome', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const device = newDevice();
    const { connection, phases, last } = setup({ device });
    connection.start();
    const host = new TestHost(last(), hexToBytes(device.deviceKey));
    last().open();
    last().deliver('{not json');
    last().deliverText({ ...status, hostName: 42 } as unknown as HostMessage);
    host.accept();
    host.socket.deliver(arrayBuffer(host.channel.seal('{"type":"run","command":"rm -rf"}')));
    expect(warn).toHaveBeenCalledTimes(3);
    expect(host.socket.closedWith).toBeUndefined();
    host.sendSealed(status);
    expect(phases()).toEqual(['connecting', 'connected']);
  });

  it('passes the foreground app on', () => {
    const { host, foregrounds } = connected();
    host.sendSealed({ type: 'foreground', app: 'Chromium', title: 'Deck', profile: 'reveal' });
    expect(foregrounds).toEqual([{ type: 'foreground', app: 'Chromium', title: 'Deck', profile: 'reveal' }]);
  });

  it('passes slide previews on, frames far larger than a phone may send included', () => {
    const { host, previews } = connected();
    const frame = { type: 'preview', seq: 3, width: 480, height: 300, jpegBase64: 'A'.repeat(40_000) } as const;
    host.sendSealed(frame);
    host.sendSealed({ type: 'preview-unavailable', problem: 'off-on-desktop' });
    expect(previews).toEqual([frame, { type: 'preview-unavailable', problem: 'off-on-desktop' }]);
    expect(host.socket.closedWith).toBeUndefined();
  });

  it('passes host errors on by code', () => {
    const { host, errors } = connected();
    host.sendSealed({ type: 'error', code: 'injection-failed', message: 'x' });
    expect(errors).toEqual(['injection-failed']);
  });
});

describe('HostConnection: closes', () => {
  it('reconnects with growing delays after a non-final close, and resets after success', () => {
    const { connection, host, sockets, phases, fire, last, device } = connected();
    host.socket.hostCloses(CLOSE_CODES.hostShutdown);
    expect(phases()).toEqual(['connecting', 'connected', 'reconnecting']);
    expect(connection.isReady()).toBe(false);
    fire(250);
    last().hostCloses(1006);
    fire(500);
    last().hostCloses(1006);
    fire(1000);
    expect(sockets).toHaveLength(4);
    const host4 = new TestHost(last(), hexToBytes(device.deviceKey));
    host4.accept();
    host4.sendSealed(status);
    expect(phases().at(-1)).toBe('connected');
    last().hostCloses(1006);
    fire(250);
    expect(sockets).toHaveLength(5);
  });

  it.each([
    ['device-unknown', CLOSE_CODES.credentialRejected, 'device-unknown'],
    ['bad-proof', CLOSE_CODES.credentialRejected, 'bad-proof'],
    [null, CLOSE_CODES.credentialRejected, null],
    [null, CLOSE_CODES.revoked, 'device-revoked'],
  ] as const)('after error %s and close %i: stops, says %s, deletes the device credential', (said, code, shown) => {
    const device = newDevice();
    const { connection, devices, sockets, states, last, pendingRetries } = setup({ device });
    connection.start();
    last().open();
    if (said !== null) last().deliverText({ type: 'error', code: said, message: 'x' });
    last().hostCloses(code);
    expect(states.at(-1)).toEqual({ phase: 'stopped', reason: { kind: 'credential-rejected', errorCode: shown } });
    expect(devices.load()).toBeNull();
    expect(pendingRetries()).toEqual([]);
    connection.retryNow();
    expect(sockets).toHaveLength(1);
  });

  it('stops when the phone is revoked while connected, with the reason the host gave', () => {
    const { host, devices, states, pendingRetries } = connected();
    host.sendSealed({ type: 'error', code: 'device-revoked', message: 'removed' });
    host.socket.hostCloses(CLOSE_CODES.revoked);
    expect(states.at(-1)).toEqual({ phase: 'stopped', reason: { kind: 'credential-rejected', errorCode: 'device-revoked' } });
    expect(devices.load()).toBeNull();
    expect(pendingRetries()).toEqual([]);
  });

  it('forgets a refused pairing secret but keeps the stored device credential', () => {
    const secret = randomBytes(20);
    const device = newDevice();
    const { connection, credentials, devices, session, states, last } = setup({ secret, device });
    connection.start();
    last().open();
    last().deliverText({ type: 'error', code: 'pairing-expired', message: 'x' });
    last().hostCloses(CLOSE_CODES.credentialRejected);
    expect(states.at(-1)).toEqual({ phase: 'stopped', reason: { kind: 'credential-rejected', errorCode: 'pairing-expired' } });
    expect(session.getItem(PAIRING_KEY)).toBeNull();
    expect(devices.load()).toEqual(device);
    expect(credentials.next()).toMatchObject({ kind: 'device', deviceId: device.deviceId });
  });

  it('stops on a version mismatch and keeps the credential', () => {
    const { connection, devices, sockets, states, last, pendingRetries } = setup({ device: newDevice() });
    connection.start();
    last().hostCloses(CLOSE_CODES.versionMismatch);
    expect(states.at(-1)).toEqual({ phase: 'stopped', reason: { kind: 'version-mismatch' } });
    expect(devices.load()).not.toBeNull();
    expect(pendingRetries()).toEqual([]);
    expect(sockets).toHaveLength(1);
  });

  it('waits 30 s after a rate-limited close, and no visibility change shortens that', () => {
    const { connection, sockets, phases, last, fire, pendingRetries } = setup({ device: newDevice() });
    connection.start();
    last().open();
    last().deliverText({ type: 'error', code: 'rate-limited', message: 'x' });
    last().hostCloses(CLOSE_CODES.rateLimited);
    expect(phases()).toEqual(['connecting', 'rate-limited']);
    expect(pendingRetries()).toEqual([RATE_LIMITED_RETRY_MS]);
    expect(RATE_LIMITED_RETRY_MS).toBe(30_000);
    connection.retryNow();
    expect(sockets).toHaveLength(1);
    fire(RATE_LIMITED_RETRY_MS);
    expect(sockets).toHaveLength(2);
  });

  it('gives up on a socket that never completes the handshake', () => {
    const { connection, sockets, fire, last } = setup({ device: newDevice() });
    connection.start();
    const stuck = last();
    fire(HANDSHAKE_TIMEOUT_MS);
    expect(stuck.closedWith).toBe(1000);
    fire(250);
    expect(sockets).toHaveLength(2);
    // A late close event from the abandoned socket changes nothing.
    stuck.hostCloses(CLOSE_CODES.credentialRejected);
    expect(sockets).toHaveLength(2);
  });

  it('retries at once when asked, instead of waiting out the backoff', () => {
    const { connection, sockets, timers, last } = setup({ device: newDevice() });
    connection.start();
    last().hostCloses(1006);
    expect(timers.delays()).toHaveLength(1);
    connection.retryNow();
    expect(sockets).toHaveLength(2);
  });

  it('reports nothing after stop', () => {
    const device = newDevice();
    const { connection, phases, last } = setup({ device });
    connection.start();
    const socket = last();
    connection.stop();
    socket.open();
    socket.hostCloses(CLOSE_CODES.credentialRejected);
    expect(phases()).toEqual(['connecting']);
    expect(socket.sent).toEqual([]);
    expect(socket.closedWith).toBe(1000);
  });
});

describe('HostConnection: the session, acks and the heartbeat', () => {
  it('says which device the session is for, from the stored credential or from `paired`', () => {
    const { states, device } = connected();
    expect(states.at(-1)).toMatchObject({ phase: 'connected', deviceId: device.deviceId });

    const secret = randomBytes(20);
    const page = setup({ secret });
    page.connection.start();
    const host = new TestHost(page.last(), secret);
    host.accept();
    const issued = newDevice();
    host.sendSealed({ type: 'paired', ...issued });
    host.sendSealed(status);
    expect(page.states.at(-1)).toMatchObject({ phase: 'connected', deviceId: issued.deviceId });
  });

  it('refuses a pairing session whose status comes before its device id, and retries', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const secret = randomBytes(20);
    const { connection, phases, last, sockets, fire } = setup({ secret });
    connection.start();
    const host = new TestHost(last(), secret);
    host.accept();
    host.sendSealed(status);
    expect(host.socket.closedWith).toBe(1000);
    expect(phases()).toEqual(['connecting']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('protocol-violation'));
    fire(250);
    expect(sockets).toHaveLength(2);
  });

  it('passes acks on once the session has started', () => {
    const device = newDevice();
    const { connection, last, acks } = setup({ device });
    connection.start();
    const host = new TestHost(last(), hexToBytes(device.deviceKey));
    host.accept();
    host.sendSealed({ type: 'ack', seq: 3 });
    expect(acks).toEqual([]);
    host.sendSealed(status);
    host.sendSealed({ type: 'ack', seq: 3 });
    host.sendSealed({ type: 'ack', seq: 5 });
    expect(acks).toEqual([3, 5]);
  });

  it('pings with the first status and every interval after, and reports each round trip', () => {
    const { host, advance, roundTrips } = connected();
    expect(host.received()).toEqual([{ type: 'ping', id: 1 }]);
    advance(23);
    host.sendSealed({ type: 'pong', id: 1 });
    expect(roundTrips).toEqual([23]);
    advance(LIMITS.heartbeatIntervalMs);
    expect(host.received()).toEqual([
      { type: 'ping', id: 1 },
      { type: 'ping', id: 2 },
    ]);
  });

  it('drops a connection the host has gone silent on, and is back on a new socket within 250 ms', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connection, host, sockets, phases, advance } = connected();
    advance(LIMITS.deadPeerMs - 1);
    expect(host.socket.closedWith).toBeUndefined();
    advance(1);
    expect(host.socket.closedWith).toBe(1000);
    expect(connection.isReady()).toBe(false);
    expect(phases().at(-1)).toBe('reconnecting');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('nothing from the desktop'));
    advance(250);
    expect(sockets).toHaveLength(2);
  });

  it('keeps a connection whose host answers the pings', () => {
    const { host, advance, sockets } = connected();
    for (let id = 1; id <= 10; id += 1) {
      host.sendSealed({ type: 'pong', id });
      advance(LIMITS.heartbeatIntervalMs);
    }
    expect(host.socket.closedWith).toBeUndefined();
    expect(sockets).toHaveLength(1);
  });

  it('checks a connection that looks alive at once when the page comes back', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connection, host, timers, phases } = connected();
    // The tab slept: time passed, no timer ran.
    timers.time += LIMITS.deadPeerMs + 1000;
    connection.retryNow();
    expect(host.socket.closedWith).toBe(1000);
    expect(phases().at(-1)).toBe('reconnecting');
  });

  it('stops the heartbeat with the connection', () => {
    const { connection, host, timers, advance } = connected();
    connection.stop();
    expect(timers.delays()).toHaveLength(0);
    advance(LIMITS.deadPeerMs * 2);
    expect(host.received()).toEqual([{ type: 'ping', id: 1 }]);
  });
});
