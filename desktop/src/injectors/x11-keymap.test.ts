import { describe, expect, it } from 'vitest';
import { layoutKeycodes, spareKeycodes, typesLevelOne } from './x11-keymap.js';

const keymap = {
  minKeycode: 8,
  rows: [
    [0, 0, 0, 0], // 8: empty
    [0xff1b, 0, 0xff1b, 0], // 9: Escape
    [0x61, 0x61, 0x61, 0x61], // 10: a, bound by the typer
    [0x62, 0x42, 0x62, 0x42], // 11: b B, a key of the layout
    [0, 0, 0, 0], // 12: empty
  ],
};

describe('spareKeycodes', () => {
  it('finds the empty keycodes and those the typer bound that still hold its keysym', () => {
    expect(spareKeycodes(keymap, new Map([[10, 0x61]]))).toEqual(new Map([[8, 0], [10, 0x61], [12, 0]]));
  });

  it('lets go of a keycode that now holds something else (a layout switch, another program)', () => {
    expect(spareKeycodes(keymap, new Map([[10, 0x63], [11, 0x62]]))).toEqual(new Map([[8, 0], [12, 0]]));
  });
});

describe('layoutKeycodes', () => {
  it('maps what the keys of the layout type unshifted to their keycodes, the borrowed ones left out', () => {
    const spare = spareKeycodes(keymap, new Map([[10, 0x61]]));
    expect(layoutKeycodes(keymap, spare)).toEqual(new Map([[0xff1b, 9], [0x62, 11]]));
  });
});

describe('typesLevelOne', () => {
  it('is true with no modifier, or Num Lock only, and the first group', () => {
    expect(typesLevelOne(0)).toBe(true);
    expect(typesLevelOne(0x10)).toBe(true); // Num Lock
    expect(typesLevelOne(0x100)).toBe(true); // a pointer button
  });

  it('is false with Shift, Caps Lock, Control, Alt, AltGr held, or another group', () => {
    for (const state of [0x01, 0x02, 0x04, 0x08, 0x80, 0x2000, 0x4000]) expect(typesLevelOne(state), state.toString(16)).toBe(false);
  });
});
