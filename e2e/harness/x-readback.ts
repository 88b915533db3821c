import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { displayEnv } from './x-display.js';

/**
 * What the X server itself says about the pointer, buttons, keys and focus: the ground truth a
 * test compares against, independent of what the host claims to have injected.
 */

const execFileAsync = promisify(execFile);

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

async function run(display: string, command: string, args: readonly string[]): Promise<string> {
  const { stdout } = await execFileAsync(command, args, { env: displayEnv(display) });
  return stdout;
}

export async function pointerPosition(display: string): Promise<ScreenPoint> {
  const out = await run(display, 'xdotool', ['getmouselocation', '--shell']);
  const x = /^X=(-?\d+)$/m.exec(out)?.[1];
  const y = /^Y=(-?\d+)$/m.exec(out)?.[1];
  if (x === undefined || y === undefined) throw new Error(`unexpected xdotool getmouselocation output: ${out}`);
  return { x: Number(x), y: Number(y) };
}

/**
 * For test setup only: what the host does is under test, so it must never be done this way in
 * an assertion. No `--sync`: when the pointer is already at the target it waits ~15 s for a
 * motion that never comes, and it is not needed, because xdotool's XCloseDisplay syncs with
 * the server before it exits, so the move has happened when this resolves.
 */
export async function movePointer(display: string, x: number, y: number): Promise<void> {
  await run(display, 'xdotool', ['mousemove', String(Math.round(x)), String(Math.round(y))]);
}

interface SlaveDevice {
  readonly id: number;
  readonly kind: 'pointer' | 'keyboard';
}

/**
 * `xinput query-state` cannot open the master devices ("unable to find device 'Virtual core
 * pointer'") on this xinput/XI2 pair, so ask every slave (XTEST, where nut-js and xdotool
 * inject, and the server's own) and take the union, which is what the master reports.
 */
async function slaveDevices(display: string, kind: SlaveDevice['kind']): Promise<SlaveDevice[]> {
  const out = await run(display, 'xinput', ['list', '--short']);
  const devices: SlaveDevice[] = [];
  for (const match of out.matchAll(/id=(\d+)\s+\[slave\s+(pointer|keyboard)\s+\(\d+\)\]/g)) {
    if (match[2] === kind) devices.push({ id: Number(match[1]), kind });
  }
  return devices;
}

async function downIndices(display: string, kind: SlaveDevice['kind'], label: 'button' | 'key'): Promise<number[]> {
  const held = new Set<number>();
  for (const device of await slaveDevices(display, kind)) {
    const out = await run(display, 'xinput', ['query-state', String(device.id)]);
    for (const match of out.matchAll(new RegExp(`${label}\\[(\\d+)\\]=down`, 'g'))) held.add(Number(match[1]));
  }
  return [...held].sort((a, b) => a - b);
}

/** X button numbers held down: 1 left, 2 middle, 3 right. Empty when nothing is stuck. */
export function heldButtons(display: string): Promise<number[]> {
  return downIndices(display, 'pointer', 'button');
}

/** X keycodes held down (37 is Control_L, 50 Shift_L, 64 Alt_L on the default keymap). */
export function heldKeys(display: string): Promise<number[]> {
  return downIndices(display, 'keyboard', 'key');
}

/** The focused window's title, or undefined when no window has focus. */
export async function activeWindowName(display: string): Promise<string | undefined> {
  try {
    return (await run(display, 'xdotool', ['getactivewindow', 'getwindowname'])).trimEnd();
  } catch {
    // xdotool exits non-zero when there is no active window; that is an answer, not an error.
    return undefined;
  }
}
