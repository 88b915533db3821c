import { describe, expect, it } from 'vitest';
import type { ConnectedPhone } from '../core/phone-registry.js';
import { phoneNotifications, QUIET_RECONNECT_MS } from './phone-notifications.js';

const pixel: ConnectedPhone = { id: 'c1', deviceId: 'd1', deviceName: 'Pixel 8', address: '192.168.1.30', connectedAt: 1 };

function scene(supported = true) {
  const shown: string[] = [];
  let now = 0;
  const notify = phoneNotifications({ isSupported: () => supported, show: (title, body) => shown.push(`${title} | ${body}`) }, () => 'en', { now: () => now });
  return { shown, notify, advance: (ms: number) => (now += ms) };
}

describe('the notification when a phone connects', () => {
  it('names the phone once when it connects', () => {
    const { shown, notify } = scene();
    notify({ event: 'phone-connected', phone: pixel });
    expect(shown).toEqual(['Pixel 8 connected | It can control this computer now. Pause or remove it in TouchDesk.']);
  });

  it('stays quiet when the phone merely reconnects, and speaks again after a real absence', () => {
    const { shown, notify, advance } = scene();
    notify({ event: 'phone-connected', phone: pixel });
    notify({ event: 'phone-disconnected', phone: pixel, reason: 'heartbeat-timeout' });
    advance(5_000);
    notify({ event: 'phone-connected', phone: { ...pixel, id: 'c2' } });
    notify({ event: 'phone-connected', phone: { ...pixel, id: 'c3' } });
    expect(shown).toHaveLength(1);
    notify({ event: 'phone-disconnected', phone: { ...pixel, id: 'c2' }, reason: 'connection-closed' });
    notify({ event: 'phone-disconnected', phone: { ...pixel, id: 'c3' }, reason: 'connection-closed' });
    advance(QUIET_RECONNECT_MS);
    notify({ event: 'phone-connected', phone: pixel });
    expect(shown).toHaveLength(2);
  });

  it('shows nothing where the system has no notifications, and ignores other events', () => {
    const { shown, notify } = scene(false);
    notify({ event: 'phone-connected', phone: pixel });
    notify({ event: 'paused' });
    expect(shown).toEqual([]);
  });
});
