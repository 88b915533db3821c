import { CLOSE_CODES, type HostMessage, PROTOCOL_VERSION } from '@touchdesk/shared';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ConnectionEnvironment,
  type ConnectionState,
  HANDSHAKE_TIMEOUT_MS,
  HostConnection,
  type SocketLike,
} from './host-connection.js';

class FakeSocket implements SocketLike {
  readyState = 0;
  bufferedAmount = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  readonly sent: unknown[] = [];
  closedWith: number | undefined;

  constructor(readonly url: string) {}

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(code?: number): void {
    this.closedWith = code;
  }
  /** The host side of the socket. */
  open(): void {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  receive(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  hostCloses(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }
}

const status: HostMessage = {
  type: 'status',
  version: PROTOCOL_VERSION,
  hostName: 'desk',
  phonesConnected: 1,
  injection: { state: 'ready', backend: 'test' },
};

function setup() {
  const sockets: FakeSocket[] = [];
  const timers = new Map<number, { callback: () => void; ms: number }>();
  let nextTimer = 1;
  const env: ConnectionEnvironment = {
    createSocket: (url) => {
      const socket = new FakeSocket(url);
      sockets.push(socket);
      return socket;
    },
    setTimer: (callback, ms) => {
      timers.set(nextTimer, { callback, ms });
      return nextTimer++;
    },
    clearTimer: (id) => void timers.delete(id),
    random: () => 1,
  };
  const states: ConnectionState['phase'][] = [];
  const errors: string[] = [];
  const connection = new HostConnection({ url: 'ws://host:1/ws', token: 'secret', deviceName: 'iPhone' }, env, {
    stateChanged: (state) => states.push(state.phase),
    hostError: (code) => errors.push(code),
  });
  /** Fires the pending timer that was set for `ms`. */
  const fire = (ms: number) => {
    const entry = [...timers.entries()].find(([, timer]) => timer.ms === ms);
    if (entry === undefined) throw new Error(`no timer for ${ms} ms; have ${[...timers.values()].map((t) => t.ms).join(', ')}`);
    timers.delete(entry[0]);
    entry[1].callback();
  };
  const last = () => sockets[sockets.length - 1] as FakeSocket;
  return { connection, sockets, timers, states, errors, fire, last };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HostConnection', () => {
  it('says hello on open and is ready only after the first status', () => {
    const { connection, states, last } = setup();
    connection.start();
    expect(last().url).toBe('ws://host:1/ws');
    last().open();
    expect(last().sent).toEqual([{ type: 'hello', version: PROTOCOL_VERSION, token: 'secret', deviceName: 'iPhone' }]);
    expect(connection.isReady()).toBe(false);
    connection.send({ type: 'move', dx: 1, dy: 1 });
    expect(last().sent).toHaveLength(1);

    last().receive(JSON.stringify(status));
    expect(states).toEqual(['connecting', 'connected']);
    expect(connection.isReady()).toBe(true);
    connection.send({ type: 'move', dx: 1, dy: 1 });
    expect(last().sent[1]).toEqual({ type: 'move', dx: 1, dy: 1 });
  });

  it('ignores invalid frames with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { connection, states, last } = setup();
    connection.start();
    last().open();
    last().receive('{not json');
    last().receive(JSON.stringify({ ...status, hostName: 42 }));
    last().receive(JSON.stringify({ type: 'run', command: 'rm -rf' }));
    expect(warn).toHaveBeenCalledTimes(3);
    expect(states).toEqual(['connecting']);
  });

  it('passes host errors on by code', () => {
    const { connection, errors, last } = setup();
    connection.start();
    last().open();
    last().receive(JSON.stringify({ type: 'error', code: 'injection-failed', message: 'x' }));
    expect(errors).toEqual(['injection-failed']);
  });

  it('reconnects with growing delays after a non-final close, and resets after success', () => {
    const { connection, sockets, states, fire, last } = setup();
    connection.start();
    last().open();
    last().receive(JSON.stringify(status));
    last().hostCloses(CLOSE_CODES.hostShutdown);
    expect(states).toEqual(['connecting', 'connected', 'reconnecting']);
    expect(connection.isReady()).toBe(false);
    fire(250);
    last().hostCloses(1006);
    fire(500);
    last().hostCloses(1006);
    fire(1000);
    expect(sockets).toHaveLength(4);
    last().open();
    last().receive(JSON.stringify(status));
    expect(states[states.length - 1]).toBe('connected');
    last().hostCloses(1006);
    fire(250);
    expect(sockets).toHaveLength(5);
  });

  it.each([CLOSE_CODES.badToken, CLOSE_CODES.versionMismatch])('stops for good on close code %i', (code) => {
    const { connection, sockets, timers, states, last } = setup();
    connection.start();
    last().open();
    last().hostCloses(code);
    expect(states).toEqual(['connecting', 'stopped']);
    expect([...timers.values()].filter((timer) => timer.ms !== HANDSHAKE_TIMEOUT_MS)).toEqual([]);
    expect(sockets).toHaveLength(1);
  });

  it('gives up on a socket that never completes the handshake', () => {
    const { connection, sockets, fire, last } = setup();
    connection.start();
    const stuck = last();
    fire(HANDSHAKE_TIMEOUT_MS);
    expect(stuck.closedWith).toBe(1000);
    fire(250);
    expect(sockets).toHaveLength(2);
    // A late close event from the abandoned socket changes nothing.
    stuck.hostCloses(CLOSE_CODES.badToken);
    expect(sockets).toHaveLength(2);
  });

  it('retries at once when asked, instead of waiting out the backoff', () => {
    const { connection, sockets, timers, last } = setup();
    connection.start();
    last().hostCloses(1006);
    expect(timers.size).toBe(1);
    connection.retryNow();
    expect(sockets).toHaveLength(2);
  });

  it('reports nothing after stop', () => {
    const { connection, states, last } = setup();
    connection.start();
    const socket = last();
    connection.stop();
    socket.open();
    socket.receive(JSON.stringify(status));
    socket.hostCloses(1006);
    expect(states).toEqual(['connecting']);
    expect(socket.closedWith).toBe(1000);
  });
});
