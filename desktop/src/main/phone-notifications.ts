import type { Language } from '@touchdesk/shared';
import type { Clock } from '../core/ports.js';
import type { HostEvent } from '../server/host.js';
import { mainText } from './main-text.js';
import type { NotifierPort } from './ports.js';

/** A phone back within this time after it dropped (Wi-Fi stall, reload, lock screen) is no news. */
export const QUIET_RECONNECT_MS = 60_000;

/**
 * A native notification when a phone connects: someone can now move this computer's pointer,
 * and the user should know it even with the panel closed. A phone that merely reconnects,
 * or has a second connection open, stays quiet.
 */
export function phoneNotifications(notifier: NotifierPort, language: () => Language, clock: Clock): (event: HostEvent) => void {
  const open = new Map<string, number>();
  const droppedAt = new Map<string, number>();
  return (event) => {
    if (event.event !== 'phone-connected' && event.event !== 'phone-disconnected') return;
    const { deviceId, deviceName } = event.phone;
    const connections = open.get(deviceId) ?? 0;
    if (event.event === 'phone-disconnected') {
      if (connections > 1) return void open.set(deviceId, connections - 1);
      open.delete(deviceId);
      return void droppedAt.set(deviceId, clock.now());
    }
    open.set(deviceId, connections + 1);
    const dropped = droppedAt.get(deviceId);
    droppedAt.delete(deviceId);
    const reconnect = connections > 0 || (dropped !== undefined && clock.now() - dropped < QUIET_RECONNECT_MS);
    if (reconnect || !notifier.isSupported()) return;
    notifier.show(mainText(language(), 'phoneConnected', { name: deviceName }), mainText(language(), 'phoneConnectedBody'));
  };
}
