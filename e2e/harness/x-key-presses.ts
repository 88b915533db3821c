import { execFile } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { spawnGroup } from './process-group.js';
import { waitFor } from './wait.js';
import { displayEnv } from './x-display.js';

const execFileAsync = promisify(execFile);

/**
 * Every key press the X server sees, whoever has the focus, named by keysym. Media keys never
 * reach a page (a desktop-side window cannot see XF86AudioPlay), and players take them through
 * the desktop, so the test listens where the desktop does: XInput 2 raw events on the root
 * window (`xinput test-xi2 --root`), which report the keycode of every press from every device,
 * XTEST included. The keycode is named through the server's own keymap (`xkbcomp`).
 */
export interface KeyPressWatch {
  /** Keysym names of the presses seen since the watch started, oldest first. */
  keysyms(): string[];
  stop(): Promise<void>;
}

/** A key nobody presses in a test, pressed once to learn that the watch is listening. */
const PROBE_KEYSYM = 'Scroll_Lock';

export async function watchKeyPresses(display: string): Promise<KeyPressWatch> {
  const names = await keycodeNames(display);
  const watcher = spawnGroup('xinput', ['test-xi2', '--root'], { env: displayEnv(display), stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout = watcher.child.stdout;
  if (stdout === null) throw new Error('xinput started without a stdout pipe');
  const pressed: string[] = [];
  let inKeyPress = false;
  createInterface({ input: stdout }).on('line', (line) => {
    const event = /^EVENT type \d+ \((\w+)\)/.exec(line);
    if (event !== null) {
      inKeyPress = event[1] === 'RawKeyPress';
      return;
    }
    const detail = /^\s+detail: (\d+)/.exec(line);
    if (inKeyPress && detail !== null) {
      pressed.push(names.get(Number(detail[1])) ?? `keycode ${detail[1]}`);
      inKeyPress = false;
    }
  });
  try {
    // xinput selects the events a moment after it starts; a press before that is lost.
    await waitFor(
      async () => {
        await execFileAsync('xdotool', ['key', PROBE_KEYSYM], { env: displayEnv(display) });
        return pressed.includes(PROBE_KEYSYM) ? true : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 100, describe: () => `xinput test-xi2 to report a ${PROBE_KEYSYM} press; stderr: ${watcher.stderrTail()}` },
    );
  } catch (error) {
    await watcher.stop();
    throw error;
  }
  const from = pressed.length;
  return {
    keysyms: () => pressed.slice(from).filter((name) => name !== PROBE_KEYSYM),
    stop: async () => {
      await watcher.stop();
    },
  };
}

/** keycode → the keysym it types unmodified, from the keymap the server uses now. */
async function keycodeNames(display: string): Promise<Map<number, string>> {
  const { stdout } = await execFileAsync('xkbcomp', ['-xkb', display, '-'], { env: displayEnv(display), maxBuffer: 8 * 1024 * 1024 });
  const codes = new Map<string, number>();
  for (const match of stdout.matchAll(/<([^>]+)>\s*=\s*(\d+);/g)) codes.set(match[1] as string, Number(match[2]));
  const names = new Map<number, string>();
  for (const match of stdout.matchAll(/key\s+<([^>]+)>\s*\{[^}]*?\[\s*([^,\s\]]+)/g)) {
    const code = codes.get(match[1] as string);
    if (code !== undefined && !names.has(code)) names.set(code, match[2] as string);
  }
  return names;
}
