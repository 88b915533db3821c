import type { InstanceLockPort } from './ports.js';

/**
 * One TouchDesk per user: a second copy would fight the first for the port and the config
 * files. The second one quits at once, and the first shows its window instead.
 */
export function claimSingleInstance(app: InstanceLockPort, showFirst: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.onSecondInstance(showFirst);
  return true;
}
