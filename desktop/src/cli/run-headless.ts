import { hostname } from 'node:os';
import type { InjectionStatus } from '@touchdesk/shared';
import { chooseInjector } from '../injectors/choose-injector.js';
import { chooseScreenCapture } from '../injectors/choose-screen-capture.js';
import { openActiveWindowWatcher } from '../injectors/x11-active-window.js';
import { checkoutAssetRoots } from '../server/asset-roots.js';
import { defaultConfigDir } from '../server/config-dir.js';
import { FileDeviceStore, PLAIN_FILE } from '../server/device-store-file.js';
import { type RunningHost, startHost } from '../server/host.js';
import { FileSettingsStore } from '../server/settings-file.js';
import { pickLanAddress } from '../server/lan-address.js';
import { loadTlsFiles, selfSignedTls, type TlsCredentials, TlsSetupError } from '../server/tls.js';
import { type HeadlessOptions, parseHeadlessOptions, USAGE, UsageError } from './options.js';
import { jsonReporter, type Reporter, terminalReporter } from './reporter.js';

/** Exit codes a script can tell apart. */
const EXIT = { usage: 2, portInUse: 3, cannotListen: 4, tlsProblem: 5 } as const;

function describe(status: InjectionStatus): string {
  return status.state === 'ready' ? `ready (${status.backend})` : `unavailable: ${status.problem}: ${status.detail}`;
}

/** The headless composition root: TouchDesk without Electron, for servers, CI and curious users. */
export async function runHeadless(argv: readonly string[]): Promise<void> {
  let options: HeadlessOptions;
  try {
    options = parseHeadlessOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(EXIT.usage);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  const reporter: Reporter = options.json
    ? jsonReporter((line) => process.stdout.write(line))
    : terminalReporter((text) => process.stdout.write(text));
  const injector = await chooseInjector({ dryRun: options.dryRun });
  const configDir = options.configDir ?? defaultConfigDir();
  const tls = await tlsFor(options, configDir);
  const warn = (text: string) => process.stderr.write(`${text}\n`);
  const devices = FileDeviceStore.load(configDir, PLAIN_FILE, warn);
  const settings = FileSettingsStore.load(configDir, warn);
  let host: RunningHost;
  try {
    host = await startHost({
      injector,
      devices,
      settings,
      ...checkoutAssetRoots(),
      hostName: hostname(),
      bind: options.bind,
      port: options.port,
      publicUrl: options.publicUrl,
      tls,
      pointerFeel: () => settings.current.pointer,
      screenCapture: chooseScreenCapture(process.platform, process.env),
      previewEnabled: () => settings.current.preview,
      activeWindow: await openActiveWindowWatcher(process.platform, process.env, warn),
      onEvent: (event) => reporter.event(event),
    });
  } catch (error) {
    exitCannotListen(error as NodeJS.ErrnoException, options);
  }
  const stop = async () => {
    reporter.stopping();
    await host.close();
    await Promise.all([devices.flushed(), settings.flushed()]);
    process.exit(0);
  };
  // Before `ready`: whoever reads that line may stop the host the very next moment.
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await reporter.ready(host, describe(injector.status));
  if (host.wantedPort !== undefined) reporter.event({ event: 'port-changed', wanted: host.wantedPort, port: host.port, pairingUrl: host.pairingUrl });
  if (settings.keptAs !== undefined) reporter.event({ event: 'settings-reset', keptAs: settings.keptAs });
}

async function tlsFor(options: HeadlessOptions, configDir: string): Promise<TlsCredentials | undefined> {
  try {
    switch (options.tls.mode) {
      case 'off':
        return undefined;
      case 'files':
        return await loadTlsFiles(options.tls.certFile, options.tls.keyFile);
      case 'self-signed':
        return await selfSignedTls(configDir, urlAddress(options));
      default:
        return options.tls satisfies never;
    }
  } catch (error) {
    if (!(error instanceof TlsSetupError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT.tlsProblem);
  }
}

/** The address startHost puts in the pairing URL, which the certificate must name. */
function urlAddress({ bind, publicUrl }: HeadlessOptions): string {
  if (publicUrl !== undefined) return new URL(publicUrl).hostname;
  return bind === undefined || bind === '0.0.0.0' || bind === '::' ? pickLanAddress() : bind;
}

function exitCannotListen(error: NodeJS.ErrnoException, options: HeadlessOptions): never {
  if (error.code === 'EADDRINUSE') {
    process.stderr.write(`Port ${options.port} is already in use. Choose another with --port, or --port 0 for any free port.\n`);
    process.exit(EXIT.portInUse);
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
    process.stderr.write(`Cannot listen on ${options.bind}: no network interface of this computer has that address.\n`);
    process.exit(EXIT.cannotListen);
  }
  throw error;
}
