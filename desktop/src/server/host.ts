import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PAIRING_FRAGMENT_KEY } from '@touchdesk/shared';
import { PhoneRegistry, type RegistryEvent } from '../core/phone-registry.js';
import { PhoneSession } from '../core/phone-session.js';
import type { Clock, InputInjector } from '../core/ports.js';
import { allowedHostsFor } from './allowed-hosts.js';
import { pickLanAddress } from './lan-address.js';
import { pairingQrSvg } from './pairing-qr.js';
import { createSecretToken } from './secret-token.js';
import { startPanelServer } from './panel-server.js';
import type { PanelState } from '@touchdesk/shared';
import { attachPhoneSocket, HANDSHAKE_TIMEOUT_MS } from './phone-socket.js';
import { sendPlain } from './security-headers.js';
import { createStaticHandler } from './static-files.js';

/** Used when the user names no port: stable, so a bookmarked page and a firewall rule keep working. */
export const DEFAULT_PORT = 47800;

/** 192 random bits: far past guessing, and still a QR code a phone reads at arm's length. */
const PAIRING_SECRET_BYTES = 24;

export interface HostOptions {
  readonly injector: InputInjector;
  /** The built phone page (mobile-web/dist). */
  readonly phonePageRoot: string;
  /** The built control panel (desktop/panel/dist). */
  readonly panelRoot: string;
  readonly hostName: string;
  /** Address to listen on; by default the LAN address a phone can most likely reach. */
  readonly bind?: string | undefined;
  /** 0 picks any free port. When not given, DEFAULT_PORT, or any free one if that is taken. */
  readonly port?: number | undefined;
  readonly clock?: Clock;
  readonly handshakeTimeoutMs?: number;
  readonly onEvent?: (event: RegistryEvent) => void;
}

export interface RunningHost {
  readonly pairingUrl: string;
  readonly panelUrl: string;
  readonly port: number;
  readonly registry: PhoneRegistry;
  close(): Promise<void>;
}

/**
 * The host as a whole: the phone page and its WebSocket on the LAN, the panel on loopback,
 * the registry of phones between them. Both composition roots (headless and Electron) start
 * exactly this, handing it the injector they chose.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const bind = options.bind ?? pickLanAddress();
  const secret = createSecretToken(PAIRING_SECRET_BYTES);
  const clock = options.clock ?? { now: () => Date.now() };
  const server = createServer();
  const port = await listen(server, bind, options.port);
  const allowedHosts = allowedHostsFor(bind, port);
  const address = bind === '0.0.0.0' || bind === '::' ? pickLanAddress() : bind;
  const origin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
  const pairingUrl = `${origin}/#${PAIRING_FRAGMENT_KEY}=${secret.token}`;

  const serveStatic = createStaticHandler(options.phonePageRoot);
  server.on('request', (request, response) => {
    if (!allowedHosts.has(request.headers.host ?? '')) sendPlain(response, 403, 'Forbidden');
    else void serveStatic(request, response);
  });

  const pairingQr = await pairingQrSvg(pairingUrl);
  const registry = new PhoneRegistry(options.hostName, options.injector.status, clock, (event) => {
    options.onEvent?.(event);
    // Events come only from sockets, which open after the panel exists.
    panel.publish(panelState());
  });
  const panelState = (): PanelState => ({
    hostName: options.hostName,
    pairingUrl,
    pairingQrSvg: pairingQr,
    injection: options.injector.status,
    phones: registry.phones,
  });
  const panel = await startPanelServer(options.panelRoot, panelState());

  const sockets = attachPhoneSocket({
    server,
    isAllowedHost: (host) => allowedHosts.has(host),
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS,
    openSession: (id, remoteAddress, transport) =>
      new PhoneSession({
        id,
        address: remoteAddress,
        transport,
        injector: options.injector,
        registry,
        verifyToken: (token) => secret.matches(token),
      }),
  });

  return {
    pairingUrl,
    panelUrl: panel.url,
    port,
    registry,
    async close() {
      await sockets.closeAll();
      await panel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function listen(server: Server, bind: string, port: number | undefined): Promise<number> {
  try {
    return await listenOn(server, bind, port ?? DEFAULT_PORT);
  } catch (error) {
    // Only our own default may move: a port the user chose is a promise we cannot silently break.
    if (port !== undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return listenOn(server, bind, 0);
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
