import { CLOSE_CODES, LIMITS, parseHostFrame, type PhoneCredential, PhoneHandshake, PROTOCOL_VERSION } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { FakeInjector } from './test-fakes.js';
import { handshake, opened, setup } from './test-sessions.js';

describe('PhoneSession handshake', () => {
  it('pairs a phone that proves the QR secret: it gets its own key, and the secret is spent', async () => {
    const { open, pairing, devices, events, renewals } = setup();
    const phone = opened(handshake(open(), pairing()));
    const [paired, status, ack] = phone.inbox();
    expect(paired).toMatchObject({ type: 'paired' });
    expect(status).toMatchObject({ type: 'status', hostName: 'desk', phonesConnected: 1, paused: false, control: { mode: 'shared' } });
    expect(ack).toEqual({ type: 'ack', seq: 0 });
    expect(devices.list()).toHaveLength(1);
    expect(paired?.type === 'paired' && paired.deviceId).toBe(devices.list()[0]?.id);
    expect(renewals()).toBe(1);
    expect(events).toEqual([expect.objectContaining({ event: 'phone-connected' })]);
  });

  it('lets a paired device back in with its own key', () => {
    const { open, pairing } = setup();
    const first = opened(handshake(open('a'), pairing()));
    const paired = first.inbox()[0];
    if (paired?.type !== 'paired') throw new Error('not paired');
    const key = Uint8Array.from(paired.deviceKey.match(/../g)!.map((byte) => parseInt(byte, 16)));
    const again = opened(handshake(open('b'), { kind: 'device', deviceId: paired.deviceId, key }));
    expect(again.inbox()).toEqual([
      expect.objectContaining({ type: 'status', phonesConnected: 2 }),
      { type: 'ack', seq: 0 },
      { type: 'foreground', profile: 'clicker' },
    ]);
  });

  it('refuses a spent QR secret, naming the reason', () => {
    const { open, pairing } = setup();
    const credential = pairing();
    opened(handshake(open('a'), credential));
    const late = open('b');
    expect(handshake(late, credential)).toEqual({ refused: expect.objectContaining({ code: 'pairing-expired' }) });
    expect(late.transport.closedWith?.code).toBe(CLOSE_CODES.credentialRejected);
  });

  it('refuses an expired QR secret', () => {
    const { open, pairing, clock } = setup();
    const credential = pairing();
    clock.advance(5 * 60_000);
    expect(handshake(open(), credential)).toEqual({ refused: expect.objectContaining({ code: 'pairing-expired' }) });
  });

  it('refuses a wrong key with bad-proof and injects nothing', () => {
    const { open, pairing, injector, devices } = setup();
    opened(handshake(open('a'), pairing()));
    const device = devices.list()[0]!;
    const thief = open('b');
    expect(handshake(thief, { kind: 'device', deviceId: device.id, key: new Uint8Array(32) })).toEqual({
      refused: expect.objectContaining({ code: 'bad-proof' }),
    });
    expect(thief.transport.closedWith?.code).toBe(CLOSE_CODES.credentialRejected);
    expect(injector.calls).toEqual([]);
  });

  it('turns an address away after five failures, before any challenge', () => {
    const { open } = setup();
    const stranger = (): PhoneCredential => ({ kind: 'device', deviceId: '00'.repeat(16), key: new Uint8Array(32) });
    for (let i = 0; i < 5; i++) expect(handshake(open(), stranger())).toEqual({ refused: expect.objectContaining({ code: 'device-unknown' }) });
    const blocked = open();
    expect(handshake(blocked, stranger())).toEqual({ refused: expect.objectContaining({ code: 'rate-limited' }) });
    expect(blocked.transport.closedWith?.code).toBe(CLOSE_CODES.rateLimited);
  });

  it('refuses another protocol version', () => {
    const { open, pairing } = setup();
    const connection = open();
    const hello = { ...new PhoneHandshake(pairing()).hello(), version: PROTOCOL_VERSION + 1 };
    connection.session.receive(JSON.stringify(hello));
    expect(parseHostFrame(connection.transport.frames[0])).toMatchObject({ value: { code: 'version-mismatch' } });
    expect(connection.transport.closedWith?.code).toBe(CLOSE_CODES.versionMismatch);
  });

  it.each([
    ['input before the handshake', JSON.stringify({ type: 'move', dx: 5, dy: 5 }), 'not-authenticated'],
    ['a binary frame before the handshake', new Uint8Array([1, 2, 3]), 'not-authenticated'],
    ['garbage', 'garbage', 'bad-json'],
  ])('closes the connection on %s, with nothing injected', async (_name, frame, code) => {
    const { open, injector } = setup();
    const { session, transport } = open();
    session.receive(frame);
    await session.idle();
    expect(parseHostFrame(transport.frames[0])).toMatchObject({ value: { type: 'error', code } });
    expect(transport.closedWith?.code).toBe(CLOSE_CODES.protocolViolation);
    expect(injector.calls).toEqual([]);
  });
});

describe('PhoneSession after the handshake', () => {
  it('injects sealed input in order and answers ping', async () => {
    const { open, pairing, injector } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.inbox();
    phone.send({ type: 'move', dx: 4, dy: -3 });
    phone.send({ type: 'button', seq: 1, button: 'right', action: 'click' });
    phone.send({ type: 'scroll', dx: 0, dy: 2 });
    phone.send({ type: 'key', seq: 2, key: 'KeyC', modifiers: ['Control'] });
    phone.send({ type: 'ping', id: 9 });
    await connection.session.idle();
    expect(injector.calls).toEqual(['move 4,-3', 'press right', 'release right', 'scroll 0,2', 'key Control+KeyC']);
    expect(phone.inbox()).toEqual([{ type: 'pong', id: 9 }, { type: 'ack', seq: 2 }]);
  });

  it('ends the session on a tampered frame and injects nothing from it', async () => {
    const { open, pairing, injector } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    const frame = phone.channel.seal(JSON.stringify({ type: 'button', seq: 1, button: 'left', action: 'click' }));
    frame[3]! ^= 1;
    connection.session.receive(frame);
    await connection.session.idle();
    expect(connection.transport.closedWith).toEqual({ code: CLOSE_CODES.protocolViolation, reason: 'channel-broken' });
    expect(injector.calls).toEqual([]);
  });

  it('ends the session on plain text after the handshake', () => {
    const { open, pairing } = setup();
    const connection = open();
    opened(handshake(connection, pairing()));
    connection.session.receive(JSON.stringify({ type: 'move', dx: 1, dy: 1 }));
    expect(connection.transport.closedWith?.code).toBe(CLOSE_CODES.protocolViolation);
  });

  it('answers a malformed sealed message with a coded error and keeps serving', async () => {
    const { open, pairing, injector } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.inbox();
    connection.session.receive(phone.channel.seal('{"type":"move","dx":"far"}'));
    phone.send({ type: 'move', dx: 3, dy: 0 });
    await connection.session.idle();
    expect(phone.inbox()).toEqual([expect.objectContaining({ type: 'error', code: 'bad-message' })]);
    expect(connection.transport.closedWith).toBeUndefined();
    expect(injector.calls).toEqual(['move 3,0']);
  });

  it('drops messages over the rate and says so once, then recovers', async () => {
    const { open, pairing, clock, injector } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.inbox();
    for (let i = 0; i < LIMITS.messageBurst + 50; i++) phone.send({ type: 'scroll', dx: 0, dy: 1 });
    const errors = phone.inbox().filter((message) => message.type === 'error');
    expect(errors).toEqual([expect.objectContaining({ code: 'too-many-messages' })]);
    clock.advance(1000);
    phone.send({ type: 'ping', id: 1 });
    expect(phone.inbox()).toEqual([{ type: 'pong', id: 1 }]);
    await connection.session.idle();
    const scrolled = injector.calls.reduce((sum, call) => sum + Number(call.split(',')[1]), 0);
    expect(scrolled).toBe(LIMITS.messageBurst);
  });

  it('ends the connection, unacknowledged, rather than drop a click over the rate', async () => {
    const { open, pairing, injector } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    for (let i = 0; i < LIMITS.messageBurst; i++) phone.send({ type: 'scroll', dx: 0, dy: 1 });
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'click' });
    await connection.session.idle();
    expect(connection.transport.closedWith).toEqual({ code: CLOSE_CODES.tooManyMessages, reason: 'too-many-messages' });
    expect(injector.calls.filter((call) => call.includes('left'))).toEqual([]);
    expect(phone.inbox().filter((message) => message.type === 'ack' && message.seq >= 1)).toEqual([]);
  });

  it('releases a held button when the phone goes away mid-drag', async () => {
    const { open, pairing, injector, events, registry } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    phone.send({ type: 'move', dx: 30, dy: 0 });
    await connection.session.end('connection-closed');
    expect(injector.calls.at(-1)).toBe('release left');
    expect(events.at(-1)).toMatchObject({ event: 'phone-disconnected', reason: 'connection-closed' });
    expect(registry.phones).toEqual([]);
  });

  it('cuts off every connection of a revoked device', async () => {
    const { open, pairing, registry, injector } = setup();
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    const deviceId = connection.session.deviceId!;
    registry.disconnectDevice(deviceId, CLOSE_CODES.revoked, 'device-revoked');
    await connection.session.idle();
    await expect.poll(() => injector.calls.at(-1)).toBe('release left');
    expect(connection.transport.closedWith?.code).toBe(CLOSE_CODES.revoked);
    expect(registry.phones).toEqual([]);
  });

  it('tells a phone that injection is unavailable, and then ignores its input quietly', async () => {
    const injector = new FakeInjector({ state: 'unavailable', problem: 'wayland-only', detail: 'Use X11.' });
    const { open, pairing } = setup(injector);
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'click' });
    await connection.session.idle();
    expect(phone.inbox().find((message) => message.type === 'status')).toMatchObject({ injection: { problem: 'wayland-only' } });
    expect(injector.calls).toEqual([]);
  });

  it('reports an injection failure as a coded error', async () => {
    const injector = new FakeInjector();
    injector.failWith = new Error('XTest gone');
    const { open, pairing } = setup(injector);
    const connection = open();
    const phone = opened(handshake(connection, pairing()));
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'click' });
    await connection.session.idle();
    expect(phone.inbox()).toContainEqual(expect.objectContaining({ type: 'error', code: 'injection-failed' }));
  });
});
