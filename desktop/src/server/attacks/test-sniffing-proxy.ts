import { createServer, connect, type Socket } from 'node:net';

/** The bytes of one TCP connection through the proxy, each direction as it crossed the wire. */
export interface SniffedConnection {
  toHost: Buffer[];
  toPhone: Buffer[];
}

export interface SniffingProxy {
  /** Where phones connect instead of the host. */
  readonly port: number;
  readonly connections: readonly SniffedConnection[];
  close(): Promise<void>;
}

/**
 * A passive eavesdropper on the LAN path: a TCP proxy on loopback that forwards every byte
 * unchanged between phone and host and keeps a copy of each.
 */
export async function startSniffingProxy(targetHost: string, targetPort: number): Promise<SniffingProxy> {
  const connections: SniffedConnection[] = [];
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = createServer((phone) => {
    const sniffed: SniffedConnection = { toHost: [], toPhone: [] };
    connections.push(sniffed);
    const host = connect(targetPort, targetHost);
    track(phone);
    track(host);
    phone.on('data', (chunk: Buffer) => {
      sniffed.toHost.push(Buffer.from(chunk));
      host.write(chunk);
    });
    host.on('data', (chunk: Buffer) => {
      sniffed.toPhone.push(Buffer.from(chunk));
      phone.write(chunk);
    });
    phone.on('end', () => host.end());
    host.on('end', () => phone.end());
    phone.on('error', () => host.destroy());
    host.on('error', () => phone.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the proxy has no port');
  return {
    port: address.port,
    connections,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
