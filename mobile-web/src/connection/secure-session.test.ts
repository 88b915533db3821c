import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { SecureSession } from './secure-session.js';
import { arrayBuffer, FakeSocket, randomBytes, TestHost, READY_STATUS } from './test-host.js';

const key = randomBytes(32);
const status = READY_STATUS;

/** A session wired to a fake socket, so TestHost can play the desktop against it. */
function wired() {
  const session = new SecureSession({ kind: 'device', deviceId: 'ab'.repeat(16), key });
  const socket = new FakeSocket('ws://h/ws');
  const events: unknown[] = [];
  socket.onopen = () => socket.send(session.hello());
  socket.onmessage = (event) => {
    const result = session.receive(event.data);
    events.push(result);
    if (result.kind === 'reply') socket.send(result.frame);
  };
  return { session, socket, events, host: new TestHost(socket, key) };
}

describe('SecureSession', () => {
  it('establishes, then seals what it sends and opens what it receives', () => {
    const { session, events, host } = wired();
    expect(() => session.seal({ type: 'ping', id: 1 })).toThrow();
    host.accept();
    expect(session.established).toBe(true);
    expect(events.at(-1)).toEqual({ kind: 'established' });
    host.sendSealed(status);
    expect(events.at(-1)).toEqual({ kind: 'message', message: status });
    expect(host.channel.open(session.seal({ type: 'ping', id: 1 }))).toBe('{"type":"ping","id":1}');
  });

  it('passes a plain error on during the handshake', () => {
    const { session } = wired();
    expect(session.receive(JSON.stringify({ type: 'error', code: 'pairing-expired', message: 'x' }))).toEqual({
      kind: 'message',
      message: { type: 'error', code: 'pairing-expired', message: 'x' },
    });
  });

  it.each([
    ['a welcome before the challenge', { type: 'welcome', proof: 'ab'.repeat(32) }],
    ['a plain status before the welcome', status],
  ])('treats %s as a protocol violation', (_what, message) => {
    const { session, socket } = wired();
    socket.open();
    expect(session.receive(JSON.stringify(message))).toMatchObject({ kind: 'fault', fault: 'protocol-violation' });
    expect(session.established).toBe(false);
  });

  it('treats a second challenge as a protocol violation', () => {
    const { session, host, events } = wired();
    const hello = host.challenge();
    expect(hello.type).toBe('hello');
    host.socket.deliverText({ type: 'challenge', hostNonce: 'cd'.repeat(32) });
    expect(events.at(-1)).toMatchObject({ kind: 'fault', fault: 'protocol-violation' });
    expect(session.established).toBe(false);
  });

  it('refuses a sealed challenge after the welcome and an oversized sealed frame', () => {
    const first = wired();
    first.host.accept();
    first.host.sendSealed({ type: 'challenge', hostNonce: 'cd'.repeat(32) });
    expect(first.events.at(-1)).toMatchObject({ kind: 'fault', fault: 'protocol-violation' });

    const second = wired();
    second.host.accept();
    // Larger than any host frame, slide previews included.
    second.host.socket.deliver(arrayBuffer(second.host.channel.seal('x'.repeat(LIMITS.maxHostFrameBytes + 1))));
    expect(second.events.at(-1)).toMatchObject({ kind: 'fault', fault: 'protocol-violation' });
  });

  it('stays failed once it has failed', () => {
    const { session, host } = wired();
    host.challenge();
    host.welcome('00'.repeat(32));
    expect(session.receive(JSON.stringify(status))).toMatchObject({ kind: 'fault' });
    expect(session.established).toBe(false);
  });
});
