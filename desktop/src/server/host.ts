import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { bytesToHex, CLOSE_CODES, LIMITS, PAIRING_FRAGMENT_KEY, type PanelState } from '@touchdesk/shared';
import { AttemptLimiter } from '../core/attempt-limiter.js';
import type { DeviceStore } from '../core/device-store.js';
import { Gatekeeper } from '../core/gatekeeper.js';
import { type PairingSecret, PairingSecrets } from '../core/pairing-secrets.js';
import { PhoneRegistry, type RegistryEvent } from '../core/phone-registry.js';
import { PhoneSession } from '../core/phone-session.js';
import type { Clock, InputInjector } from '../core/ports.js';
import { allowedHostsFor } from './allowed-hosts.js';
import { pickLanAddress } from './lan-address.js';
import { pairingQrSvg } from './pairing-qr.js';
import { startPanelServer } from './panel-server.js';
import { attachPhoneSocket } from './phone-socket.js';
import { sendPlain } from './security-headers.js';
import { createStaticHandler } from './static-files.js';
import { certificateFingerprint, type TlsCredentials } from './tls.js';

/**
 * Node's defaults let a silent client hold a socket for a minute (headers) or two (TLS). The
 * phone page is a few small files: anything slower than this is not a phone.
 */
const CONNECTION_LIMITS = { headersTimeout: 10_000, requestTimeout: 15_000, keepAliveTimeout: 5_000, handshakeTimeout: 10_000 };

/** Used when the user names no port: stable, so a bookmarked page and a firewall rule keep working. */
export const DEFAULT_PORT = 47800;

export type HostEvent = RegistryEvent | { readonly event: 'pairing-renewed'; readonly pairingUrl: string };

export interface HostOptions {
  readonly injector: InputInjector;
  readonly devices: DeviceStore;
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
  readonly pairingLifetimeMs?: number;
  readonly onEvent?: (event: HostEvent) => void;
  /** Serve the phone page over https (and its socket over wss); the panel stays plain http on loopback. */
  readonly tls?: TlsCredentials | undefined;
}

export interface RunningHost {
  /** The URL in the QR code right now; it changes once used or expired. */
  readonly pairingUrl: string;
  readonly panelUrl: string;
  readonly port: number;
  /** SHA-256 of the certificate served, for the user to compare with the phone's; none over plain http. */
  readonly tlsFingerprint: string | undefined;
  readonly registry: PhoneRegistry;
  /** Forgets a paired device and cuts off its connections at once. */
  revoke(deviceId: string): boolean;
  close(): Promise<void>;
}

/**
 * The host as a whole: the phone page and its WebSocket on the LAN, the panel on loopback,
 * pairing and the registry of phones between them. Both composition roots (headless and
 * Electron) start exactly this, handing it the injector and the device store they chose.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const bind = options.bind ?? pickLanAddress();
  const clock = options.clock ?? { now: () => Date.now() };
  const server: Server = options.tls ? createTlsServer({ ...CONNECTION_LIMITS, cert: options.tls.cert, key: options.tls.key }) : createServer(CONNECTION_LIMITS);
  // Every socket counts, WebSockets included: a few phones need a handful, a flood gets no more.
  server.maxConnections = LIMITS.maxConnections;
  const port = await listen(server, bind, options.port);
  const allowedHosts = allowedHostsFor(bind, port);
  const address = bind === '0.0.0.0' || bind === '::' ? pickLanAddress() : bind;
  const origin = `${options.tls ? 'https' : 'http'}://${address.includes(':') ? `[${address}]` : address}:${port}`;
  const urlFor = (secret: PairingSecret) => `${origin}/#${PAIRING_FRAGMENT_KEY}=${bytesToHex(secret.key)}`;

  const serveStatic = createStaticHandler(options.phonePageRoot);
  server.on('request', (request, response) => {
    if (!allowedHosts.has(request.headers.host ?? '')) sendPlain(response, 403, 'Forbidden');
    else void serveStatic(request, response);
  });

  const { devices } = options;
  const registry = new PhoneRegistry(options.hostName, options.injector.status, clock, (event) => {
    options.onEvent?.(event);
    void publishPanel();
  });
  let expiryTimer: NodeJS.Timeout | undefined;
  const secrets = new PairingSecrets(
    clock,
    randomBytes,
    (secret) => {
      scheduleExpiry(secret);
      options.onEvent?.({ event: 'pairing-renewed', pairingUrl: urlFor(secret) });
      void publishPanel();
    },
    options.pairingLifetimeMs,
  );
  function scheduleExpiry(secret: PairingSecret) {
    clearTimeout(expiryTimer);
    expiryTimer = setTimeout(() => secrets.renewIfExpired(), Math.max(0, secret.expiresAt - clock.now()) + 10);
    expiryTimer.unref();
  }
  scheduleExpiry(secrets.current);
  const gatekeeper = new Gatekeeper(secrets, devices, new AttemptLimiter(clock), clock, randomBytes);

  const panelState = async (): Promise<PanelState> => {
    const connected = new Set(registry.phones.map((phone) => phone.deviceId));
    const pairingUrl = urlFor(secrets.current);
    return {
      hostName: options.hostName,
      pairingUrl,
      pairingQrSvg: await pairingQrSvg(pairingUrl),
      pairingExpiresAt: secrets.current.expiresAt,
      injection: options.injector.status,
      phones: registry.phones,
      devices: devices.list().map(({ id, name, pairedAt, lastSeen }) => ({ id, name, pairedAt, lastSeen, connected: connected.has(id) })),
    };
  };
  const revoke = (deviceId: string): boolean => {
    const removed = devices.remove(deviceId);
    registry.disconnectDevice(deviceId, CLOSE_CODES.revoked, 'device-revoked');
    if (removed) void publishPanel();
    return removed;
  };
  const panel = await startPanelServer(options.panelRoot, await panelState(), { revoke });
  async function publishPanel() {
    panel.publish(await panelState());
  }

  const sockets = attachPhoneSocket({
    server,
    isAllowedHost: (host) => allowedHosts.has(host),
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? LIMITS.handshakeTimeoutMs,
    openSession: (id, remoteAddress, transport) =>
      new PhoneSession({ id, address: remoteAddress, transport, injector: options.injector, registry, gatekeeper, clock, randomBytes }),
  });

  return {
    get pairingUrl() {
      return urlFor(secrets.current);
    },
    panelUrl: panel.url,
    port,
    tlsFingerprint: options.tls && certificateFingerprint(options.tls.cert),
    registry,
    revoke,
    async close() {
      clearTimeout(expiryTimer);
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
