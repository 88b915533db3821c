import { CLOSE_CODES, PROTOCOL_VERSION } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { PhoneRegistry, type RegistryEvent } from './phone-registry.js';
import { PhoneSession } from './phone-session.js';
import { FakeInjector, FakeTransport, fixedClock } from './test-fakes.js';

const TOKEN = 'right-secret';
const hello = (overrides: object = {}) =>
  JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, token: TOKEN, deviceName: 'Pixel', ...overrides });

function setup(injector = new FakeInjector()) {
  const events: RegistryEvent[] = [];
  const registry = new PhoneRegistry('desk', injector.status, fixedClock(), (event) => events.push(event));
  const open = (id: string) => {
    const transport = new FakeTransport();
    const session = new PhoneSession({
      id,
      address: '192.168.1.20',
      transport,
      injector,
      registry,
      verifyToken: (token) => token === TOKEN,
    });
    return { session, transport };
  };
  return { injector, registry, events, open };
}

describe('PhoneSession before hello', () => {
  it('injects nothing and closes the connection when input comes first', async () => {
    const { injector, open } = setup();
    const { session, transport } = open('a');
    session.receive(JSON.stringify({ type: 'move', dx: 5, dy: 5 }));
    await session.idle();
    expect(injector.calls).toEqual([]);
    expect(transport.sent).toEqual([expect.objectContaining({ type: 'error', code: 'not-authenticated' })]);
    expect(transport.closedWith?.code).toBe(CLOSE_CODES.protocolViolation);
  });

  it('refuses a wrong secret with a code the phone will not retry', () => {
    const { open, registry } = setup();
    const { session, transport } = open('a');
    session.receive(hello({ token: 'wrong' }));
    expect(transport.sent).toEqual([expect.objectContaining({ type: 'error', code: 'bad-token' })]);
    expect(transport.closedWith?.code).toBe(CLOSE_CODES.badToken);
    expect(registry.phones).toEqual([]);
  });

  it('refuses another protocol version', () => {
    const { open } = setup();
    const { session, transport } = open('a');
    session.receive(hello({ version: PROTOCOL_VERSION + 1 }));
    expect(transport.sent[0]).toMatchObject({ type: 'error', code: 'version-mismatch' });
    expect(transport.closedWith?.code).toBe(CLOSE_CODES.versionMismatch);
  });

  it('closes on garbage', () => {
    const { open } = setup();
    const { session, transport } = open('a');
    session.receive('garbage');
    expect(transport.sent[0]).toMatchObject({ type: 'error', code: 'bad-json' });
    expect(transport.closedWith?.code).toBe(CLOSE_CODES.protocolViolation);
  });
});

describe('PhoneSession after hello', () => {
  it('joins the registry, tells every phone, and injects input', async () => {
    const { injector, open, events } = setup();
    const first = open('a');
    first.session.receive(hello());
    const second = open('b');
    second.session.receive(hello({ deviceName: 'iPhone' }));
    expect(first.transport.sent.at(-1)).toMatchObject({ type: 'status', hostName: 'desk', phonesConnected: 2 });
    expect(second.transport.sent.at(-1)).toMatchObject({ type: 'status', phonesConnected: 2, injection: { state: 'ready' } });
    expect(events.map((event) => `${event.event} ${event.phone.deviceName}`)).toEqual([
      'phone-connected Pixel',
      'phone-connected iPhone',
    ]);

    first.session.receive(JSON.stringify({ type: 'move', dx: 4, dy: -3 }));
    first.session.receive(JSON.stringify({ type: 'button', button: 'right', action: 'click' }));
    first.session.receive(JSON.stringify({ type: 'scroll', dx: 0, dy: 2 }));
    await first.session.idle();
    expect(injector.calls).toEqual(['move 4,-3', 'press right', 'release right', 'scroll 0,2']);
  });

  it('answers a bad frame with a coded error and keeps serving', async () => {
    const { injector, open } = setup();
    const { session, transport } = open('a');
    session.receive(hello());
    session.receive('{"type":"move","dx":"far"}');
    session.receive(JSON.stringify({ type: 'move', dx: 1, dy: 0 }));
    await session.idle();
    expect(transport.sent.find((message) => message.type === 'error')).toMatchObject({ code: 'bad-message' });
    expect(transport.closedWith).toBeUndefined();
    expect(injector.calls).toEqual(['move 1,0']);
  });

  it('answers ping with pong', () => {
    const { open } = setup();
    const { session, transport } = open('a');
    session.receive(hello());
    session.receive(JSON.stringify({ type: 'ping', id: 42 }));
    expect(transport.sent.at(-1)).toEqual({ type: 'pong', id: 42 });
  });

  it('releases a held button when the phone goes away mid-drag', async () => {
    const { injector, open, events, registry } = setup();
    const { session } = open('a');
    session.receive(hello());
    session.receive(JSON.stringify({ type: 'button', button: 'left', action: 'down' }));
    session.receive(JSON.stringify({ type: 'move', dx: 30, dy: 0 }));
    await session.end('connection-closed');
    expect(injector.calls.at(-1)).toBe('release left');
    expect(events.at(-1)).toMatchObject({ event: 'phone-disconnected', reason: 'connection-closed' });
    expect(registry.phones).toEqual([]);
  });

  it('tells a phone that injection is unavailable, and then ignores its input quietly', async () => {
    const injector = new FakeInjector({ state: 'unavailable', problem: 'wayland-only', detail: 'Use X11.' });
    const { open } = setup(injector);
    const { session, transport } = open('a');
    session.receive(hello());
    session.receive(JSON.stringify({ type: 'button', button: 'left', action: 'click' }));
    await session.idle();
    expect(transport.sent).toEqual([
      expect.objectContaining({ type: 'status', injection: expect.objectContaining({ problem: 'wayland-only' }) }),
    ]);
    expect(injector.calls).toEqual([]);
  });

  it('reports an injection failure as a coded error', async () => {
    const injector = new FakeInjector();
    injector.failWith = new Error('XTest gone');
    const { open } = setup(injector);
    const { session, transport } = open('a');
    session.receive(hello());
    session.receive(JSON.stringify({ type: 'button', button: 'left', action: 'click' }));
    await session.idle();
    expect(transport.sent.at(-1)).toMatchObject({ type: 'error', code: 'injection-failed' });
  });

  it('refuses a second hello without dropping the session', () => {
    const { open } = setup();
    const { session, transport } = open('a');
    session.receive(hello());
    session.receive(hello());
    expect(transport.sent.at(-1)).toMatchObject({ type: 'error', code: 'bad-message' });
    expect(transport.closedWith).toBeUndefined();
  });
});
