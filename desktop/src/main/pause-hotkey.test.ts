import { describe, expect, it } from 'vitest';
import { PAUSE_SHORTCUT, registerPauseHotkey } from './pause-hotkey.js';
import type { ShortcutPort } from './ports.js';

class FakeShortcuts implements ShortcutPort {
  readonly registered = new Map<string, () => void>();
  constructor(private readonly taken: readonly string[] = []) {}
  register(accelerator: string, callback: () => void): boolean {
    if (this.taken.includes(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregisterAll(): void {
    this.registered.clear();
  }
}

describe('the global pause hotkey', () => {
  it('is Ctrl+Alt+P (Cmd+Alt+P on macOS) and toggles pause', () => {
    const shortcuts = new FakeShortcuts();
    let toggles = 0;
    expect(registerPauseHotkey(shortcuts, () => toggles++, () => undefined)).toBe(true);
    expect(PAUSE_SHORTCUT).toBe('CommandOrControl+Alt+P');
    shortcuts.registered.get(PAUSE_SHORTCUT)?.();
    expect(toggles).toBe(1);
  });

  it('says so when another program owns the shortcut', () => {
    const warnings: string[] = [];
    expect(registerPauseHotkey(new FakeShortcuts([PAUSE_SHORTCUT]), () => undefined, (shortcut) => warnings.push(shortcut))).toBe(false);
    expect(warnings).toEqual([PAUSE_SHORTCUT]);
  });
});
