import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { type HostProcess, startHost } from './host-process.js';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.js';

/**
 * The host with the network in between under the test's control: it listens on a fixed port
 * behind a TCP proxy and puts the proxy's address in its QR code (`--public-url`), so a phone
 * that scans it reaches the host only through the proxy. The port and the config dir stay the
 * same across `restart()`, as for a user who quits TouchDesk and starts it again.
 */
export interface ProxiedHost {
  readonly proxy: TcpProxy;
  /** The running host; replaced by restart(). */
  readonly host: HostProcess;
  readonly hostPort: number;
  readonly configDir: string;
  /** Stops the host process and starts it again in place; resolves at its `ready`. */
  restart(): Promise<HostProcess>;
  close(): Promise<void>;
}

export async function startProxiedHost(display: string, extraArgs: readonly string[] = []): Promise<ProxiedHost> {
  const configDir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-proxied-'));
  const hostPort = await freePort();
  const proxy = await startTcpProxy({ targetPort: hostPort });
  const start = () =>
    startHost({ display, configDir, port: hostPort, extraArgs: ['--public-url', proxy.origin, ...extraArgs] });
  let host: HostProcess;
  try {
    host = await start();
  } catch (error) {
    await proxy.close();
    await rm(configDir, { recursive: true, force: true });
    throw error;
  }
  return {
    proxy,
    get host() {
      return host;
    },
    hostPort,
    configDir,
    async restart() {
      await host.stop();
      host = await start();
      return host;
    },
    async close() {
      await host.stop();
      await proxy.close();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}
