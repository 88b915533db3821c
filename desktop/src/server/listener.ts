import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Used when the user names no port: stable, so a bookmarked page and a firewall rule keep working. */
export const DEFAULT_PORT = 47800;

export interface Listening {
  readonly port: number;
  /** The port asked for when it was taken and another is used instead. */
  readonly wantedPort: number | undefined;
}

/**
 * Listens on `port` (DEFAULT_PORT when none is named). With `mayMove`, a port that is taken
 * gives way to any free one; without it, the caller hears EADDRINUSE: a port the user named
 * on the command line is a promise that cannot be silently broken.
 */
export async function listen(server: Server, bind: string, port: number | undefined, mayMove: boolean): Promise<Listening> {
  const wanted = port ?? DEFAULT_PORT;
  try {
    return { port: await listenOn(server, bind, wanted), wantedPort: undefined };
  } catch (error) {
    if (!mayMove || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return { port: await listenOn(server, bind, 0), wantedPort: wanted };
  }
}

/**
 * Moves a listening server to another port. Connections already made stay with their sockets
 * (the caller ends them); a port that cannot be had leaves the server where it was, and throws.
 */
export async function moveListener(server: Server, bind: string, port: number | undefined, from: number): Promise<Listening> {
  server.close();
  server.closeAllConnections();
  try {
    return await listen(server, bind, port, port === undefined);
  } catch (error) {
    await listenOn(server, bind, from);
    throw error;
  }
}

function listenOn(server: Server, bind: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, bind, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
