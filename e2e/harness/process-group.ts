import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';

/**
 * Children the harness starts (Xvfb, openbox, the host) each get their own process group, so
 * stopping one takes whatever it spawned with it. A run that exits without tearing down (a
 * thrown hook, an early process.exit) still leaves no X server behind: the exit hook below
 * kills every group still alive. Only a SIGKILLed runner can escape it.
 */

export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface GroupProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Settles when the group leader exits, however that happens. */
  readonly exited: Promise<ExitStatus>;
  /** Undefined while the leader runs. */
  exitStatus(): ExitStatus | undefined;
  /** The last few KiB of stderr, for error messages. */
  stderrTail(): string;
  /** SIGTERM to the group, SIGKILL after `graceMs`; resolves once the leader has exited. */
  stop(graceMs?: number): Promise<ExitStatus>;
}

const STDERR_TAIL_BYTES = 8 * 1024;
const liveGroups = new Set<number>();

process.on('exit', () => {
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone, which is what we wanted.
  }
}

export interface SpawnGroupOptions {
  readonly env: NodeJS.ProcessEnv;
  /** stdin, stdout, stderr, ...; stderr is always piped so failures can quote it. */
  readonly stdio?: StdioOptions;
  readonly cwd?: string;
}

export function spawnGroup(command: string, args: readonly string[], options: SpawnGroupOptions): GroupProcess {
  const child = spawn(command, args, {
    env: options.env,
    stdio: options.stdio ?? ['ignore', 'ignore', 'pipe'],
    // A new session and process group, so -pid reaches the whole tree.
    detached: true,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  // Without a listener a failed spawn would crash the runner instead of failing the test.
  child.on('error', () => {});
  const pid = child.pid;
  if (pid === undefined) {
    // spawn reports ENOENT asynchronously; the pid is the synchronous sign of it.
    throw new Error(`could not start ${command}: is it installed?`);
  }
  liveGroups.add(pid);

  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_TAIL_BYTES);
  });

  let status: ExitStatus | undefined;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      // The leader is gone; anything it left in its group goes too.
      killGroup(pid, 'SIGKILL');
      liveGroups.delete(pid);
      const exitStatus: ExitStatus = { code, signal };
      // Settle on 'close', once stdout and stderr are drained, so a caller that awaits the exit
      // has every line the process printed. A grandchild that escaped the group could hold
      // the pipes open forever, hence the fallback.
      const fallback = setTimeout(() => settle(), 1000);
      const settle = (): void => {
        clearTimeout(fallback);
        status ??= exitStatus;
        resolve(status);
      };
      child.once('close', settle);
    });
  });

  return {
    child,
    pid,
    exited,
    exitStatus: () => status,
    stderrTail: () => stderr,
    async stop(graceMs = 3000) {
      if (status !== undefined) return status;
      killGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
