import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { bytesToHex, CLOSE_CODES, type ControlMode, LIMITS, PAIRING_FRAGMENT_KEY, type PanelState, type SettingsChange } from '@touchdesk/shared';
import { AttemptLimiter } from '../core/attempt-limiter.js';
import { DeliveryLedger } from '../core/delivery-ledger.js';
import type { DeviceStore } from '../core/device-store.js';
import { Gatekeeper } from '../core/gatekeeper.js';
import { type LaserPoint, LaserPointer } from '../core/laser-pointer.js';
import { type PairingSecret, PairingSecrets } from '../core/pairing-secrets.js';
import { PhoneRegistry, type RegistryEvent } from '../core/phone-registry.js';
import { PhoneSession } from '../core/phone-session.js';
import type { PointerFeel } from '../core/pointer-acceleration.js';
import type { Clock, InputInjector, Timers } from '../core/ports.js';
import type { ActiveWindowWatcher } from '../core/presenter/ports.js';
import { PresenterDesk } from '../core/presenter/presenter-desk.js';
import { PreviewService } from '../core/preview/preview-service.js';
import type { ScreenCapture } from '../core/preview/screen-capture-port.js';
import { MemorySettingsStore, type Settings, type SettingsStore } from '../core/settings.js';
import { listen, moveListener } from './listener.js';
import { type InterfaceSource, NetworkWatcher } from './network-watcher.js';
import { nodeTimers } from './node-timers.js';
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

export { DEFAULT_PORT } from './listener.js';

/** How often the network interfaces are read again, to follow the desktop to a new network. */
const NETWORK_POLL_MS = 3_000;

export type HostEvent =
  | RegistryEvent
  | { readonly event: 'pairing-renewed'; readonly pairingUrl: string }
  /** The desktop's LAN address changed: phones must use the new URL (and QR code). */
  | { readonly event: 'network-changed'; readonly address: string; readonly pairingUrl: string }
  /** The phone page is on another port than `wanted` (taken at start), or moved there by the settings. */
  | { readonly event: 'port-changed'; readonly wanted: number; readonly port: number; readonly pairingUrl: string };

export interface HostOptions {
  readonly injector: InputInjector;
  readonly devices: DeviceStore;
  /** The user's settings, applied live; in memory with the defaults when not given. */
  readonly settings?: SettingsStore | undefined;
  /** The built phone page (mobile-web/dist). */
  readonly phonePageRoot: string;
  /** The built control panel (desktop/panel/dist). */
  readonly panelRoot: string;
  readonly hostName: string;
  /**
   * Address to listen on. By default every IPv4 interface, with the LAN address a phone can
   * most likely reach in the QR code, followed as the desktop changes networks.
   */
  readonly bind?: string | undefined;
  /**
   * 0 picks any free port; it overrides the port in the settings. When neither names one,
   * DEFAULT_PORT; a port from the settings or the default gives way to any free one when taken.
   */
  readonly port?: number | undefined;
  /**
   * The origin phones reach this host under (a port forward, a reverse proxy), e.g.
   * `https://desk.example.net:8443`: the QR code uses it, and its host[:port] is accepted as a
   * Host header. Only an origin: no path, query or fragment.
   */
  readonly publicUrl?: string | undefined;
  readonly clock?: Clock;
  readonly timers?: Timers;
  readonly handshakeTimeoutMs?: number;
  readonly pairingLifetimeMs?: number;
  readonly heartbeatIntervalMs?: number;
  readonly deadPeerMs?: number;
  readonly maxModifierHoldMs?: number;
  /** The user's pointer speed and acceleration, read at each move; DEFAULT_POINTER_FEEL when not given. */
  readonly pointerFeel?: () => PointerFeel;
  /** Where the network interfaces are read from; the OS unless a test changes them. */
  readonly networkInterfaces?: InterfaceSource;
  readonly networkPollMs?: number;
  readonly onEvent?: (event: HostEvent) => void;
  /** Serve the phone page over https (and its socket over wss); the panel stays plain http on loopback. */
  readonly tls?: TlsCredentials | undefined;
  /** What the slide preview sees; without it, phones that ask for previews are told there are none. */
  readonly screenCapture?: ScreenCapture | undefined;
  /** The desktop's own preview switch (privacy), read before every capture; on when not given. */
  readonly previewEnabled?: () => boolean;
  /** A phone's laser pointer moved (fractions of the screen) or ended (undefined): the spotlight follows it. */
  readonly onLaserPointer?: (at: LaserPoint | undefined) => void;
  /** Which window is in front, so slide commands press its program's keys; without it, the app is unknown. */
  readonly activeWindow?: ActiveWindowWatcher | undefined;
}

export interface RunningHost {
  /** The URL in the QR code right now; it changes once used or expired, or when the network does. */
  readonly pairingUrl: string;
  readonly panelUrl: string;
  readonly port: number;
  /** The port wanted at start (DEFAULT_PORT or the settings' port) when it was taken, so another is used. */
  readonly wantedPort: number | undefined;
  /** SHA-256 of the certificate served, for the user to compare with the phone's; none over plain http. */
  readonly tlsFingerprint: string | undefined;
  readonly registry: PhoneRegistry;
  readonly paused: boolean;
  /** Pauses all input from every phone (each lets go of what it holds) or resumes it. Not saved. */
  setPaused(paused: boolean): void;
  readonly controlMode: ControlMode;
  /** Switches between every phone at once and one phone at a time; saved in the settings. */
  setControlMode(mode: ControlMode): void;
  readonly settings: Settings;
  /**
   * Saves and applies a change at once: a new port moves the phone page (connected phones must
   * scan the new QR code), a network interface changes the QR code's address. Rejects with
   * EADDRINUSE (and changes nothing) when the port is taken.
   */
  updateSettings(change: SettingsChange): Promise<void>;
  /** Forgets a paired device and cuts off its connections at once. */
  revoke(deviceId: string): boolean;
  close(): Promise<void>;
}

/**
 * The host as a whole: the phone page and its WebSocket on the LAN, the panel on loopback,
 * pairing and the registry of phones between them. Both composition roots (headless and
 * Electron) start exactly this, handing it the injector and the stores they chose.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const clock = options.clock ?? { now: () => Date.now() };
  const timers = options.timers ?? nodeTimers;
  const settings: SettingsStore = options.settings ?? new MemorySettingsStore();
  const publicUrl = options.publicUrl === undefined ? undefined : new URL(options.publicUrl);
  const bind = options.bind ?? '0.0.0.0';
  const server: Server = options.tls ? createTlsServer({ ...CONNECTION_LIMITS, cert: options.tls.cert, key: options.tls.key }) : createServer(CONNECTION_LIMITS);
  // Every socket counts, WebSockets included: a few phones need a handful, a flood gets no more.
  server.maxConnections = LIMITS.maxConnections;
  let { port, wantedPort } = await listen(server, bind, options.port ?? settings.current.port ?? undefined, options.port === undefined);
  const network = new NetworkWatcher({
    bind,
    port,
    scheme: options.tls ? 'https' : 'http',
    publicUrl,
    interfaces: options.networkInterfaces,
    preferredInterface: () => settings.current.networkInterface,
  });
  const urlFor = (secret: PairingSecret) => `${network.origin}/#${PAIRING_FRAGMENT_KEY}=${bytesToHex(secret.key)}`;

  const serveStatic = createStaticHandler(options.phonePageRoot);
  server.on('request', (request, response) => {
    if (!network.isAllowedHost(request.headers.host ?? '')) sendPlain(response, 403, 'Forbidden');
    else void serveStatic(request, response);
  });

  const { devices } = options;
  const registry = new PhoneRegistry(
    options.hostName,
    options.injector.status,
    clock,
    (event) => {
      options.onEvent?.(event);
      void publishPanel();
    },
    settings.current.controlMode,
  );
  const ledger = new DeliveryLedger();
  const presenter = new PresenterDesk(process.platform === 'darwin' ? 'mac' : 'pc', options.activeWindow);
  const preview = new PreviewService({ capture: options.screenCapture, enabled: options.previewEnabled ?? (() => true), clock, timers });
  const laserPointer = new LaserPointer((at) => options.onLaserPointer?.(at));
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
    const controller = registry.controller;
    const { keptAs } = settings;
    return {
      hostName: options.hostName,
      pairingUrl,
      pairingQrSvg: await pairingQrSvg(pairingUrl),
      pairingExpiresAt: secrets.current.expiresAt,
      injection: options.injector.status,
      paused: registry.paused,
      control: { mode: registry.controlMode, ...(controller && { controller: { deviceId: controller.deviceId, name: controller.name } }) },
      ...(keptAs !== undefined && { settingsReset: { keptAs } }),
      phones: registry.phones,
      devices: devices.list().map(({ id, name, pairedAt, lastSeen }) => ({ id, name, pairedAt, lastSeen, connected: connected.has(id) })),
      settings: settings.current,
      port,
      networkChoices: network.choices,
    };
  };
  const revoke = (deviceId: string): boolean => {
    const removed = devices.remove(deviceId);
    registry.disconnectDevice(deviceId, CLOSE_CODES.revoked, 'device-revoked');
    ledger.forget(deviceId);
    if (removed) void publishPanel();
    return removed;
  };
  const setPaused = (paused: boolean) => registry.setPaused(paused);
  const setControlMode = (mode: ControlMode) => {
    registry.setControlMode(mode);
    if (settings.current.controlMode !== mode) settings.update({ controlMode: mode });
  };
  const movePort = async (wanted: number | null) => {
    ({ port, wantedPort } = await moveListener(server, bind, wanted ?? undefined, port));
    network.port = port;
    // Phones reach the page only at the new address: they let go of what they hold and scan again.
    for (const phone of registry.phones) registry.disconnectDevice(phone.deviceId, CLOSE_CODES.hostShutdown, 'port-changed');
    options.onEvent?.({ event: 'port-changed', wanted: wantedPort ?? port, port, pairingUrl: urlFor(secrets.current) });
  };
  const updateSettings = async (change: SettingsChange) => {
    // null asks for the default port: a move only when the setting named another before.
    const moves = change.port === null ? settings.current.port !== null : change.port !== undefined && change.port !== port;
    if (moves) await movePort(change.port ?? null);
    if (change.controlMode !== undefined) registry.setControlMode(change.controlMode);
    settings.update(change);
    if (change.networkInterface !== undefined && network.refresh()) {
      options.onEvent?.({ event: 'network-changed', address: network.address, pairingUrl: urlFor(secrets.current) });
    }
    await publishPanel();
  };
  const panel = await startPanelServer(options.panelRoot, await panelState(), { revoke, setPaused, setControlMode, updateSettings });
  async function publishPanel() {
    panel.publish(await panelState());
  }

  network.start(options.networkPollMs ?? NETWORK_POLL_MS, () => {
    options.onEvent?.({ event: 'network-changed', address: network.address, pairingUrl: urlFor(secrets.current) });
    void publishPanel();
  });

  const sockets = attachPhoneSocket({
    server,
    isAllowedHost: (host) => network.isAllowedHost(host),
    extraOrigin: publicUrl?.origin,
    handshakeTimeoutMs: options.handshakeTimeoutMs ?? LIMITS.handshakeTimeoutMs,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? LIMITS.heartbeatIntervalMs,
    deadPeerMs: options.deadPeerMs ?? LIMITS.deadPeerMs,
    openSession: (id, remoteAddress, transport) =>
      new PhoneSession({
        id,
        address: remoteAddress,
        transport,
        injector: options.injector,
        registry,
        gatekeeper,
        clock,
        timers,
        ledger,
        randomBytes,
        maxModifierHoldMs: options.maxModifierHoldMs,
        presenter,
        preview,
        laserPointer,
        pointerFeel: options.pointerFeel,
        naturalScrolling: () => settings.current.naturalScrolling,
      }),
  });

  return {
    get pairingUrl() {
      return urlFor(secrets.current);
    },
    panelUrl: panel.url,
    get port() {
      return port;
    },
    get wantedPort() {
      return wantedPort;
    },
    tlsFingerprint: options.tls && certificateFingerprint(options.tls.cert),
    registry,
    get paused() {
      return registry.paused;
    },
    setPaused,
    get controlMode() {
      return registry.controlMode;
    },
    setControlMode,
    get settings() {
      return settings.current;
    },
    updateSettings,
    revoke,
    async close() {
      clearTimeout(expiryTimer);
      network.stop();
      // Sessions end first: each lets go of what its phone held before the process goes.
      await sockets.closeAll();
      preview.close();
      presenter.close();
      await panel.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
