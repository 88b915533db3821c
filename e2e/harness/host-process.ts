import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './paths.js';
import { spawnGroup, type ExitStatus } from './process-group.js';
import { displayEnv } from './x-display.js';

/**
 * The real TouchDesk host as a child process, the way a user runs `touchdesk --headless --json`.
 * Its stdout is the contract: one JSON object per line, the first being {"event":"ready",...}.
 */

const ENTRY = 'desktop/dist/cli/headless.js';
export const HOST_ENTRY = join(repoRoot, ENTRY);

/** The Node flags `npm run headless` gives the host (see desktop/src/cli/headless.ts): tests run it as users do. */
export const HOST_NODE_FLAGS = nodeFlagsOf('headless', ENTRY);

function nodeFlagsOf(script: string, entry: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const command = new RegExp(`\\bnode((?:\\s+--\\S+)*)\\s+${entry.replaceAll('.', '\\.')}`).exec(scripts[script] ?? '');
  if (command === null) throw new Error(`package.json's "${script}" script no longer runs node ${entry}`);
  return (command[1] ?? '').trim().split(/\s+/).filter(Boolean);
}

export interface HostEvent {
  readonly event: string;
  readonly [field: string]: unknown;
}

export interface ReadyEvent extends HostEvent {
  readonly event: 'ready';
  /** What the QR encodes, secret in the fragment. */
  readonly pairingUrl: string;
  readonly panelUrl: string;
  readonly port: number;
}

export interface PhoneConnectedEvent extends HostEvent {
  readonly event: 'phone-connected';
  readonly phoneId: string;
  readonly deviceName: string;
}

export interface PhoneDisconnectedEvent extends HostEvent {
  readonly event: 'phone-disconnected';
  readonly phoneId: string;
  readonly reason: string;
}

export interface PairingRenewedEvent extends HostEvent {
  readonly event: 'pairing-renewed';
  /** The new URL in the QR code; the previous one was used or expired. */
  readonly pairingUrl: string;
}

interface KnownEvents {
  'pairing-renewed': PairingRenewedEvent;
  ready: ReadyEvent;
  'phone-connected': PhoneConnectedEvent;
  'phone-disconnected': PhoneDisconnectedEvent;
}

export type EventOf<N extends string> = N extends keyof KnownEvents ? KnownEvents[N] : HostEvent;

export interface WaitForEventOptions {
  readonly timeoutMs?: number;
  /**
   * Only events at this index of `events` or later count. Pass `host.events.length` taken before
   * an action to wait for what that action caused, not for an earlier event of the same name.
   */
  readonly from?: number;
}

export interface HostProcess {
  readonly pid: number;
  readonly ready: ReadyEvent;
  /** Every JSON line so far, in order. */
  readonly events: readonly HostEvent[];
  /** stdout lines that were not a JSON object with an "event": the contract says there are none. */
  readonly strayLines: readonly string[];
  readonly configDir: string;
  waitForEvent<N extends string>(
    name: N,
    predicate?: (event: EventOf<N>) => boolean,
    options?: WaitForEventOptions,
  ): Promise<EventOf<N>>;
  stderrTail(): string;
  /** SIGTERM, then SIGKILL after 3 s; the config dir is removed unless the caller supplied it. */
  stop(): Promise<ExitStatus>;
}

export interface StartHostOptions {
  readonly display: string;
  /** Reuse a config dir, e.g. to restart the host with devices already paired. Kept on stop. */
  readonly configDir?: string;
  /** The phone page's port; 0 (the default) picks a free one. Fix it to restart a host in place. */
  readonly port?: number;
  readonly extraArgs?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly readyTimeoutMs?: number;
}

function parseLine(line: string): HostEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return typeof (value as { event?: unknown }).event === 'string' ? (value as HostEvent) : undefined;
}

function isReady(event: HostEvent): event is ReadyEvent {
  return (
    event.event === 'ready' &&
    typeof event.pairingUrl === 'string' &&
    typeof event.panelUrl === 'string' &&
    typeof event.port === 'number'
  );
}

export async function startHost(options: StartHostOptions): Promise<HostProcess> {
  const ownConfigDir = options.configDir === undefined;
  const configDir = options.configDir ?? (await mkdtemp(join(tmpdir(), 'touchdesk-e2e-host-')));
  const args = [
    ...HOST_NODE_FLAGS,
    HOST_ENTRY,
    '--json',
    '--port', String(options.port ?? 0),
    '--bind', '127.0.0.1',
    '--config-dir', configDir,
    ...(options.extraArgs ?? []),
  ];
  const child = spawnGroup(process.execPath, args, {
    env: { ...displayEnv(options.display), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: repoRoot,
  });

  const events: HostEvent[] = [];
  const strayLines: string[] = [];
  const listeners = new Set<() => void>();
  const stdout = child.child.stdout;
  if (stdout === null) throw new Error('host started without a stdout pipe');
  const lines = createInterface({ input: stdout });
  lines.on('line', (line) => {
    const event = parseLine(line);
    if (event === undefined) strayLines.push(line);
    else events.push(event);
    for (const listener of listeners) listener();
  });

  const describeExit = (status: ExitStatus): string =>
    `host exited (${status.signal ?? `code ${status.code}`}); stderr:\n${child.stderrTail()}`;

  function waitForEvent<N extends string>(
    name: N,
    predicate: (event: EventOf<N>) => boolean = () => true,
    { timeoutMs = 10_000, from = 0 }: WaitForEventOptions = {},
  ): Promise<EventOf<N>> {
    return new Promise((resolve, reject) => {
      let next = from;
      const check = (): void => {
        for (; next < events.length; next++) {
          const event = events[next];
          if (event?.event === name && predicate(event as EventOf<N>)) {
            done();
            resolve(event as EventOf<N>);
            return;
          }
        }
      };
      const done = (): void => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      const timer = setTimeout(() => {
        done();
        const seen = events.map((e) => e.event).join(', ') || 'none';
        reject(new Error(`no "${name}" event from the host within ${timeoutMs} ms (events so far: ${seen}); stderr:\n${child.stderrTail()}`));
      }, timeoutMs);
      listeners.add(check);
      void child.exited.then((status) => {
        // Lines still buffered in readline may hold the event; give them a turn first.
        setImmediate(() => {
          check();
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`waiting for "${name}": ${describeExit(status)}`));
        });
      });
      check();
    });
  }

  const stop = async (): Promise<ExitStatus> => {
    const status = await child.stop(3000);
    lines.close();
    if (ownConfigDir) await rm(configDir, { recursive: true, force: true });
    return status;
  };

  let ready: ReadyEvent;
  try {
    const first = await waitForEvent('ready', () => true, { timeoutMs: options.readyTimeoutMs ?? 15_000 });
    if (!isReady(first)) throw new Error(`malformed ready event from the host: ${JSON.stringify(first)}`);
    ready = first;
  } catch (error) {
    await stop();
    throw error;
  }

  return { pid: child.pid, ready, events, strayLines, configDir, waitForEvent, stderrTail: () => child.stderrTail(), stop };
}
