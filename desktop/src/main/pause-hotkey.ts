import type { ShortcutPort } from './ports.js';

/** Pauses or resumes every phone from the desktop's own keyboard, whichever window has focus. */
export const PAUSE_SHORTCUT = 'CommandOrControl+Alt+P';

/**
 * Registers the global pause shortcut. Another program may own it already: then the panel's
 * switch and the tray still work, and `warn` tells the user so.
 */
export function registerPauseHotkey(shortcuts: ShortcutPort, togglePause: () => void, warn: (shortcut: string) => void): boolean {
  const registered = shortcuts.register(PAUSE_SHORTCUT, togglePause);
  if (!registered) warn(PAUSE_SHORTCUT);
  return registered;
}
