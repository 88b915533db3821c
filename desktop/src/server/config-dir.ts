import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where TouchDesk keeps paired phones and settings when the user names no folder. */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'TouchDesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'TouchDesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'touchdesk');
}
