import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';
import { sleep, waitFor } from './wait.js';

/**
 * The fault-injecting proxy, checked against a plain TCP server before any product test
 * trusts it: a proxy that lost or reordered bytes by itself would make the host look guilty.
 */

interface Upstream {
  readonly port: number;
  /** Every connection the server accepted, with what it received so far. */
  readonly accepted: { socket: Socket; text: string; ended: boolean; closed: boolean }[];
  close(): Promise<void>;
}

async function startUpstream(): Promise<Upstream> {
  const accepted: Upstream['accepted'] = [];
  const server: Server = createServer((socket) => {
    const entry = { socket, text: '', ended: false, closed: false };
    accepted.push(entry);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      entry.text += chunk;
    });
    socket.on('end', () => {
      entry.ended = true;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      entry.closed = true;
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('no port');
  return {
    port: address.port,
    accepted,
    close: () =>
      new Promise((resolve) => {
        for (const { socket } of accepted) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

interface Client {
  readonly socket: Socket;
  text: string;
  closed: boolean;
  error: string | undefined;
}

async function dial(port: number): Promise<Client> {
  const socket = connect(port, '127.0.0.1');
  const client: Client = { socket, text: '', closed: false, error: undefined };
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    client.text += chunk;
  });
  socket.on('error', (error: NodeJS.ErrnoException) => {
    client.error = error.code;
  });
  socket.on('close', () => {
    client.closed = true;
  });
  // A refused connection may be reset before Node reports it connected.
  await new Promise<void>((resolve) => {
    socket.once('connect', resolve);
    socket.once('close', resolve);
  });
  return client;
}

const until = <T>(probe: () => T | undefined, what: string) =>
  waitFor(async () => probe(), { timeoutMs: 3000, intervalMs: 10, describe: () => what });

let upstream: Upstream;
let proxy: TcpProxy;

beforeEach(async () => {
  upstream = await startUpstream();
  proxy = await startTcpProxy({ targetPort: upstream.port });
});

afterEach(async () => {
  await proxy.close();
  await upstream.close();
});

describe('the TCP proxy', () => {
  it('forwards both ways and counts what it carried', async () => {
    const client = await dial(proxy.port);
    client.socket.write('hello');
    const server = await until(() => (upstream.accepted[0]?.text === 'hello' ? upstream.accepted[0] : undefined), 'the server to receive hello');
    server.socket.write('world');
    await until(() => (client.text === 'world' ? true : undefined), 'the client to receive world');
    expect(proxy.counts()).toMatchObject({ accepted: 1, open: 1, bytesToHost: 5, bytesToPhone: 5, refused: 0, dropped: 0 });
    client.socket.end();
    await until(() => (upstream.accepted[0]?.ended ? true : undefined), 'the end to reach the server');
    await until(() => (proxy.counts().open === 0 ? true : undefined), 'the proxy to forget the connection');
  });

  it('stalls both ways without closing anything, then delivers everything in order', async () => {
    const client = await dial(proxy.port);
    client.socket.write('a');
    const server = await until(() => (upstream.accepted[0]?.text === 'a' ? upstream.accepted[0] : undefined), 'the first byte');
    proxy.stall();
    client.socket.write('b');
    client.socket.write('c');
    server.socket.write('x');
    await sleep(150);
    expect([server.text, client.text, client.closed, server.closed]).toEqual(['a', '', false, false]);
    proxy.resume();
    await until(() => (server.text === 'abc' && client.text === 'x' ? true : undefined), 'the held bytes after resume');
    expect(proxy.counts().chunksLost).toBe(0);
  });

  it('stalls one way only when told to', async () => {
    const client = await dial(proxy.port);
    const server = await until(() => upstream.accepted[0], 'the connection');
    proxy.stall('to-phone');
    client.socket.write('up');
    server.socket.write('down');
    await until(() => (server.text === 'up' ? true : undefined), 'the phone-to-host direction to keep flowing');
    await sleep(100);
    expect(client.text).toBe('');
    proxy.resume();
    await until(() => (client.text === 'down' ? true : undefined), 'the held direction after resume');
  });

  it('holds a close during a stall and delivers it after the data on resume', async () => {
    const client = await dial(proxy.port);
    client.socket.write('a');
    const server = await until(() => upstream.accepted[0], 'the connection');
    await until(() => (server.text === 'a' ? true : undefined), 'the first byte');
    proxy.stall();
    client.socket.end('z');
    await sleep(100);
    expect([server.text, server.ended]).toEqual(['a', false]);
    proxy.resume();
    await until(() => (server.text === 'az' && server.ended ? true : undefined), 'the data and then the end');
  });

  it('holds a connection opened during a stall away from the server until resume', async () => {
    proxy.stall();
    const client = await dial(proxy.port);
    client.socket.write('early');
    await sleep(100);
    expect(upstream.accepted).toHaveLength(0);
    proxy.resume();
    await until(() => (upstream.accepted[0]?.text === 'early' ? true : undefined), 'the held connection to arrive');
  });

  it('never lets the server hear of a connection given up during a stall', async () => {
    proxy.stall();
    const client = await dial(proxy.port);
    client.socket.write('never');
    client.socket.destroy();
    await until(() => (client.closed ? true : undefined), 'the client to close');
    await sleep(50);
    proxy.resume();
    await sleep(100);
    expect(upstream.accepted).toHaveLength(0);
  });

  it('drops every connection on both sides, losing what a stall held', async () => {
    const first = await dial(proxy.port);
    const second = await dial(proxy.port);
    await until(() => (upstream.accepted.length === 2 ? true : undefined), 'both connections');
    proxy.stall();
    first.socket.write('in the air');
    await sleep(50);
    proxy.dropAll();
    await until(() => (first.closed && second.closed && upstream.accepted.every((c) => c.closed) ? true : undefined), 'all four sockets to close');
    proxy.resume();
    expect(upstream.accepted.map((c) => c.text)).toEqual(['', '']);
    expect(proxy.counts()).toMatchObject({ dropped: 2, chunksLost: 1, open: 0 });
  });

  it('refuses new connections while told to, leaving open ones alone', async () => {
    const before = await dial(proxy.port);
    await until(() => upstream.accepted[0], 'the first connection');
    proxy.refuse(true);
    const refused = await dial(proxy.port);
    await until(() => (refused.closed ? true : undefined), 'the refused connection to close');
    expect(refused.error).toBe('ECONNRESET');
    before.socket.write('still here');
    await until(() => (upstream.accepted[0]?.text === 'still here' ? true : undefined), 'the open connection to carry on');
    proxy.refuse(false);
    const after = await dial(proxy.port);
    after.socket.write('back');
    await until(() => (upstream.accepted[1]?.text === 'back' ? true : undefined), 'a new connection after refusing');
    expect(proxy.counts()).toMatchObject({ accepted: 2, refused: 1 });
  });

  it('closes the phone side when the server is down', async () => {
    await upstream.close();
    const client = await dial(proxy.port);
    await until(() => (client.closed ? true : undefined), 'the phone side to close');
  });
});
