import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { waitFor } from './wait.js';
import { displayEnv } from './x-display.js';
import { heldButtons, heldKeys } from './x-readback.js';

const execFileAsync = promisify(execFile);

/** X's own answer to "is anything held down?": button numbers and keycodes. */
export interface Held {
  readonly buttons: number[];
  readonly keys: number[];
}

/** X keycode of Control_L on the default keymap, where nut-js presses Control. */
export const CONTROL_L = 37;
/** X button number of the left button. */
export const LEFT_BUTTON = 1;

export async function held(display: string): Promise<Held> {
  const [buttons, keys] = await Promise.all([heldButtons(display), heldKeys(display)]);
  return { buttons, keys };
}

/**
 * Polls X until its held buttons and keys are exactly `wanted`, and says how long that took;
 * the time is measured from `since` (Date.now() when the fault was caused).
 */
export async function waitForHeld(
  display: string,
  wanted: Held,
  options: { readonly timeoutMs: number; readonly since?: number; readonly what: string },
): Promise<number> {
  const since = options.since ?? Date.now();
  let last: Held | undefined;
  await waitFor(
    async () => {
      last = await held(display);
      return sameHeld(last, wanted) ? true : undefined;
    },
    {
      timeoutMs: Math.max(0, since + options.timeoutMs - Date.now()),
      intervalMs: 25,
      describe: () => `${options.what}: X to hold ${JSON.stringify(wanted)}, still holds ${JSON.stringify(last)}`,
    },
  );
  return Date.now() - since;
}

export function waitUntilNothingHeld(
  display: string,
  options: { readonly timeoutMs: number; readonly since?: number; readonly what: string },
): Promise<number> {
  return waitForHeld(display, { buttons: [], keys: [] }, options);
}

function sameHeld(a: Held, b: Held): boolean {
  return a.buttons.join() === b.buttons.join() && a.keys.join() === b.keys.join();
}

/**
 * Cleanup after a failed test only, so one stuck key does not fail every test after it: lets
 * go of the buttons and modifiers a phone can hold, through xdotool, never through the host.
 */
export async function releaseStuckInput(display: string): Promise<void> {
  const stuck = await held(display);
  if (stuck.buttons.length === 0 && stuck.keys.length === 0) return;
  const args = [
    ...stuck.buttons.flatMap((button) => ['mouseup', String(button)]),
    ...(stuck.keys.length > 0 ? ['keyup', 'Control_L', 'keyup', 'Shift_L', 'keyup', 'Alt_L', 'keyup', 'Super_L'] : []),
  ];
  await execFileAsync('xdotool', args, { env: displayEnv(display) });
}
