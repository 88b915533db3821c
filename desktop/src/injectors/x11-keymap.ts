/**
 * Reading the core keyboard mapping (GetKeyboardMapping: one row of keysyms per keycode, from
 * the server's min keycode on) for what the text typer needs: the spare keycodes it may borrow,
 * and the keys the layout already has for a keysym (level 1 of group 1: no modifier held).
 */

export interface Keymap {
  readonly minKeycode: number;
  readonly rows: readonly (readonly number[])[];
}

/** Both levels hold the keysym, so Shift and Caps Lock do not change what the key types. */
export function bindingRow(keysym: number): [number, number] {
  return [keysym, keysym];
}

/**
 * Keycodes the typer may remap, with the keysym each holds: keycodes with no keysym at all
 * (no key of the layout uses them), and keycodes the typer bound itself earlier that still hold
 * exactly what it put there. A layout switch (setxkbmap) wipes those, and they come back empty.
 */
export function spareKeycodes(keymap: Keymap, bound: ReadonlyMap<number, number>): Map<number, number> {
  const spare = new Map<number, number>();
  keymap.rows.forEach((row, index) => {
    const keycode = keymap.minKeycode + index;
    if (row.every((keysym) => keysym === 0)) {
      spare.set(keycode, 0);
      return;
    }
    const mine = bound.get(keycode);
    if (mine !== undefined && row[0] === mine && row[1] === mine) spare.set(keycode, mine);
  });
  return spare;
}

/** The keys of the layout (not the spare keycodes): keysym → the first keycode that types it unmodified. */
export function layoutKeycodes(keymap: Keymap, spare: ReadonlyMap<number, number>): Map<number, number> {
  const keycodes = new Map<number, number>();
  keymap.rows.forEach((row, index) => {
    const keycode = keymap.minKeycode + index;
    const keysym = row[0] ?? 0;
    if (keysym !== 0 && !spare.has(keycode) && !keycodes.has(keysym)) keycodes.set(keysym, keycode);
  });
  return keycodes;
}

/** Core state bits (QueryPointer's mask): Shift, Lock, Control, Mod1, Mod3–Mod5, and the XKB group. */
const LEVEL_CHANGING_STATE = 0x01 | 0x02 | 0x04 | 0x08 | 0x20 | 0x40 | 0x80 | 0x6000;

/**
 * Whether a key of the layout types its level-1 keysym now: no modifier that picks another level
 * is held or locked (Num Lock does not matter: no keypad key types a character keysym at level 1),
 * and the first group is active.
 */
export function typesLevelOne(coreState: number): boolean {
  return (coreState & LEVEL_CHANGING_STATE) === 0;
}
