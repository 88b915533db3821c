import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fixturesDir } from './paths.js';
import { spawnGroup, type GroupProcess } from './process-group.js';
import { waitFor } from './wait.js';

const execFileAsync = promisify(execFile);

/** A private X server with a window manager, as a user's desktop would have. */
export interface XDisplay {
  /** For example ":3". */
  readonly display: string;
  /** process.env with DISPLAY pointing here and no Wayland session to lure clients away. */
  readonly env: NodeJS.ProcessEnv;
  readonly width: number;
  readonly height: number;
  stop(): Promise<void>;
}

export interface XDisplayOptions {
  readonly width?: number;
  readonly height?: number;
  readonly timeoutMs?: number;
}

export function displayEnv(display: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DISPLAY: display };
  // On a developer's Wayland desktop Chromium and other clients would pick Wayland over DISPLAY.
  delete env.WAYLAND_DISPLAY;
  return env;
}

export async function startXDisplay(options: XDisplayOptions = {}): Promise<XDisplay> {
  const width = options.width ?? 1280;
  const height = options.height ?? 800;
  const timeoutMs = options.timeoutMs ?? 10_000;

  const xvfb = spawnGroup(
    'Xvfb',
    [
      // -displayfd: the server itself claims the first free display number (creating
      // /tmp/.X<N>-lock atomically, skipping taken sockets) and writes it to fd 3 once it
      // accepts connections. Probing /tmp/.X11-unix ourselves would race a parallel run
      // between "looks free" and "taken", and would still need a readiness poll.
      '-displayfd', '3',
      '-screen', '0', `${width}x${height}x24`,
      '-nolisten', 'tcp',
      // Without -noreset the server resets when its last client disconnects, which re-centres
      // the pointer between tests and wipes what a test just set up.
      '-noreset',
    ],
    { env: process.env, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );

  let openbox: GroupProcess | undefined;
  const stop = async (): Promise<void> => {
    // The window manager first, so it exits on our signal rather than on a lost connection.
    await openbox?.stop();
    await xvfb.stop();
  };

  try {
    const number = await readDisplayNumber(xvfb, timeoutMs);
    const display = `:${number}`;
    const env = displayEnv(display);

    openbox = spawnGroup('openbox', ['--config-file', join(fixturesDir, 'openbox-rc.xml')], { env });
    const wm = openbox;
    await waitFor(
      async () => {
        if (wm.exitStatus() !== undefined) throw new Error(`openbox exited: ${wm.stderrTail()}`);
        // Before a window manager runs, xprop prints "not found." and still exits 0.
        const { stdout } = await execFileAsync('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env });
        return stdout.includes('window id') ? true : undefined;
      },
      { timeoutMs, describe: () => `openbox to manage ${display}; openbox stderr: ${wm.stderrTail()}` },
    );

    return { display, env, width, height, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readDisplayNumber(xvfb: GroupProcess, timeoutMs: number): Promise<number> {
  const fd3 = xvfb.child.stdio[3] as Readable | null | undefined;
  if (!fd3) throw new Error('Xvfb started without its -displayfd pipe');
  return new Promise((resolve, reject) => {
    let text = '';
    const fail = (why: string): void => {
      clearTimeout(timer);
      reject(new Error(`Xvfb did not start: ${why}; stderr: ${xvfb.stderrTail()}`));
    };
    const timer = setTimeout(() => fail(`no display number after ${timeoutMs} ms`), timeoutMs);
    fd3.setEncoding('utf8');
    fd3.on('data', (chunk: string) => {
      text += chunk;
      const match = /^(\d+)\n/.exec(text);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        // Xvfb writes the number once; an open pipe would only hold the event loop.
        fd3.destroy();
        resolve(Number(match[1]));
      }
    });
    void xvfb.exited.then((status) => fail(`exited with ${status.code ?? status.signal}`));
  });
}
