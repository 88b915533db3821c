import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoginItemPort } from './ports.js';

/** Passed when the system starts TouchDesk at login: it goes to the tray without a window. */
export const HIDDEN_ARG = '--hidden';

/** Whether TouchDesk starts when the user logs in; `set` answers what is in force afterwards. */
export interface StartAtLogin {
  get(): boolean;
  set(enabled: boolean): boolean;
}

/** macOS and Windows keep the setting themselves, behind Electron's login item API. */
export function systemLoginItem(port: LoginItemPort): StartAtLogin {
  return {
    get: () => port.getOpenAtLogin(),
    set(enabled) {
      port.setOpenAtLogin(enabled);
      return port.getOpenAtLogin();
    },
  };
}

/**
 * Linux desktops start what `~/.config/autostart/*.desktop` names (the XDG Autostart spec);
 * Electron's login item API does nothing there. `command` is the program and its arguments.
 */
export function xdgAutostart(configHome: string, command: readonly string[]): StartAtLogin {
  const dir = join(configHome, 'autostart');
  const file = join(dir, 'touchdesk.desktop');
  const exists = () => {
    try {
      return readFileSync(file, 'utf8').includes('[Desktop Entry]');
    } catch {
      return false;
    }
  };
  return {
    get: exists,
    set(enabled) {
      if (enabled) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, desktopEntry(command));
      } else {
        rmSync(file, { force: true });
      }
      return exists();
    },
  };
}

function desktopEntry(command: readonly string[]): string {
  return ['[Desktop Entry]', 'Type=Application', 'Name=TouchDesk', 'Comment=Your phone as trackpad, keyboard and slide clicker', `Exec=${command.map(execArgument).join(' ')}`, 'X-GNOME-Autostart-enabled=true', ''].join('\n');
}

/**
 * One argument of an Exec line, quoted as the Desktop Entry spec asks: inside double quotes,
 * `"`, `` ` ``, `$` and `\` are escaped with a backslash; `%` is a field code, so it is doubled.
 * The file's own string escaping comes on top, so every backslash is doubled once more.
 */
export function execArgument(argument: string): string {
  const escaped = argument.replace(/%/g, '%%');
  if (/^[\w@%+=:,./-]+$/.test(escaped)) return escaped;
  return `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`.replace(/\\/g, '\\\\');
}
