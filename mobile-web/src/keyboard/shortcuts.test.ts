import { MODIFIER_KEYS, NAMED_KEYS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { SHORTCUT_IDS, shortcutChord } from './shortcuts.js';

describe('shortcutChord', () => {
  it.each([
    ['copy', 'KeyC', ['Control'], ['Meta']],
    ['paste', 'KeyV', ['Control'], ['Meta']],
    ['cut', 'KeyX', ['Control'], ['Meta']],
    ['undo', 'KeyZ', ['Control'], ['Meta']],
    ['redo', 'KeyZ', ['Control', 'Shift'], ['Meta', 'Shift']],
    ['selectAll', 'KeyA', ['Control'], ['Meta']],
    ['switchWindow', 'Tab', ['Alt'], ['Meta']],
  ] as const)('%s is %s with %j on a PC and %j on a Mac', (id, key, pc, mac) => {
    expect(shortcutChord(id, 'pc')).toEqual({ key, modifiers: pc });
    expect(shortcutChord(id, 'mac')).toEqual({ key, modifiers: mac });
  });

  it('sends only names the protocol knows', () => {
    for (const id of SHORTCUT_IDS) {
      for (const platform of ['pc', 'mac'] as const) {
        const chord = shortcutChord(id, platform);
        expect(NAMED_KEYS).toContain(chord.key);
        for (const modifier of chord.modifiers) expect(MODIFIER_KEYS).toContain(modifier);
      }
    }
  });
});
