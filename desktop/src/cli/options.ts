import { parseArgs } from 'node:util';

export interface HeadlessOptions {
  readonly port: number | undefined;
  readonly bind: string | undefined;
  readonly configDir: string | undefined;
  readonly json: boolean;
  readonly dryRun: boolean;
  readonly help: boolean;
}

export const USAGE = `Usage: npm run headless -- [options]

  --port N          port for the phone page (0 = any free port; default 47800, or any free one if taken)
  --bind ADDR       address to listen on (default: this desktop's LAN address)
  --config-dir DIR  where TouchDesk keeps its settings
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
        'config-dir': { type: 'string' },
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
    configDir: values['config-dir'],
    json: values.json,
    dryRun: values['dry-run'],
    help: values.help,
  };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${text}".`);
  return port;
}
