import { parseArgs } from 'node:util';

/** How the phone page is served: plain http, or https with a generated or the user's own certificate. */
export type TlsChoice =
  | { readonly mode: 'off' }
  | { readonly mode: 'self-signed' }
  | { readonly mode: 'files'; readonly certFile: string; readonly keyFile: string };

export interface HeadlessOptions {
  readonly port: number | undefined;
  readonly bind: string | undefined;
  /** The origin phones use when it is not this desktop's own (port forward, reverse proxy). */
  readonly publicUrl: string | undefined;
  readonly configDir: string | undefined;
  readonly tls: TlsChoice;
  readonly json: boolean;
  readonly dryRun: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run headless -- [options]

  --port N          port for the phone page (0 = any free port; default 47800, or any free one if taken)
  --bind ADDR       address to listen on (default: every IPv4 interface, with this desktop's
                    LAN address in the QR code, followed when the network changes)
  --public-url URL  the origin phones reach TouchDesk under, for a port forward or a reverse
                    proxy (e.g. https://desk.example.net:8443): the QR code uses it, and its
                    host:port is accepted besides this desktop's own addresses
  --config-dir DIR  where TouchDesk keeps paired phones and settings (default: your user config folder)
  --tls             serve the phone page over https with a self-signed certificate for this
                    desktop's address, kept in the config folder; the phone warns once: compare
                    the SHA-256 fingerprint it shows with the one printed here
  --tls-cert FILE   serve over https with your own certificate (PEM; with --tls-key)
  --tls-key FILE    the private key of --tls-cert (PEM, without a passphrase)
  --json            print one JSON object per line instead of the QR code
  --dry-run         accept phones but inject nothing (the input is only counted)
  --help            this text`;

export class UsageError extends Error {}

/** The headless command line, checked: a typo is an error with the usage, not a silent default. */
export function parseHeadlessOptions(argv: readonly string[]): HeadlessOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string' },
        bind: { type: 'string' },
        'public-url': { type: 'string' },
        'config-dir': { type: 'string' },
        tls: { type: 'boolean', default: false },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    port: values.port === undefined ? undefined : parsePort(values.port),
    bind: values.bind,
    publicUrl: values['public-url'] === undefined ? undefined : parsePublicUrl(values['public-url']),
    configDir: values['config-dir'],
    tls: parseTls(values.tls, values['tls-cert'], values['tls-key']),
    json: values.json,
    dryRun: values['dry-run'],
    help: values.help,
  };
}

function parseTls(selfSigned: boolean, certFile: string | undefined, keyFile: string | undefined): TlsChoice {
  if (certFile === undefined && keyFile === undefined) return selfSigned ? { mode: 'self-signed' } : { mode: 'off' };
  if (selfSigned) throw new UsageError('Use either --tls (a generated certificate) or --tls-cert with --tls-key (your own), not both.');
  if (certFile === undefined || keyFile === undefined) throw new UsageError('--tls-cert and --tls-key go together: give both files, or neither.');
  return { mode: 'files', certFile, keyFile };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${text}".`);
  return port;
}

/** An origin only: the phone page and its socket live at the root, and nothing else is meant. */
function parsePublicUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--public-url takes a URL such as https://desk.example.net:8443, not "${text}".`);
  }
  const originOnly = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !originOnly) {
    throw new UsageError(`--public-url takes an http:// or https:// origin with no path, query or fragment, not "${text}".`);
  }
  return url.origin;
}
