import type { ModifierKey, NamedKey } from '@touchdesk/shared';

/**
 * The desktop's conventions for shortcuts. The host does not say which system it runs yet, so
 * the user says so (a "Mac" toggle, remembered per desktop); until then it is `pc`: Windows
 * and Linux, which agree on everything here.
 */
export type DesktopPlatform = 'pc' | 'mac';

export const SHORTCUT_IDS = ['copy', 'paste', 'cut', 'undo', 'redo', 'selectAll', 'switchWindow'] as const;
export type ShortcutId = (typeof SHORTCUT_IDS)[number];

export interface Chord {
  readonly key: NamedKey;
  readonly modifiers: readonly ModifierKey[];
}

/**
 * Redo is Ctrl+Shift+Z rather than Ctrl+Y: browsers, VS Code and most Windows applications
 * take both, GTK and Qt applications on Linux only the first, and in a terminal Ctrl+Y pastes
 * bash's kill ring. Switching windows is one press of Alt+Tab (Cmd+Tab): the previous window.
 * To go further back, lock Alt and tap Tab.
 */
const CHORDS: Readonly<Record<ShortcutId, { key: NamedKey; shift?: true; alt?: true }>> = {
  copy: { key: 'KeyC' },
  paste: { key: 'KeyV' },
  cut: { key: 'KeyX' },
  undo: { key: 'KeyZ' },
  redo: { key: 'KeyZ', shift: true },
  selectAll: { key: 'KeyA' },
  switchWindow: { key: 'Tab', alt: true },
};

export function shortcutChord(id: ShortcutId, platform: DesktopPlatform): Chord {
  const chord = CHORDS[id];
  // The command key: Ctrl on a PC, Cmd on a Mac. Window switching is Alt+Tab against Cmd+Tab.
  const command: ModifierKey = platform === 'mac' ? 'Meta' : chord.alt === true ? 'Alt' : 'Control';
  const modifiers: ModifierKey[] = [command];
  if (chord.shift === true) modifiers.push('Shift');
  return { key: chord.key, modifiers };
}
