import { describe, expect, it } from 'vitest';
import type { ConnectedPhone } from '../core/phone-registry.js';
import { jsonReporter, type ReportedEvent, terminalReporter } from './reporter.js';

const phone: ConnectedPhone = { id: 'c1', deviceId: 'd1', deviceName: 'Pixel', address: '192.168.1.30', connectedAt: 1 };

function jsonLines(events: ReportedEvent[]): unknown[] {
  const lines: string[] = [];
  const reporter = jsonReporter((line) => lines.push(line));
  for (const event of events) reporter.event(event);
  return lines.map((line) => JSON.parse(line));
}

describe('the --json reporter', () => {
  it('writes each event of the connection life as one object per line', () => {
    expect(
      jsonLines([
        { event: 'port-changed', wanted: 47800, port: 41234, pairingUrl: 'http://10.0.0.7:41234/#t=00' },
        { event: 'settings-reset', keptAs: '/cfg/settings.json.corrupt-1' },
        { event: 'paused' },
        { event: 'resumed' },
        { event: 'control-changed', mode: 'exclusive', controller: { deviceId: 'd1', name: 'Pixel' } },
        { event: 'control-changed', mode: 'shared', controller: undefined },
        { event: 'network-changed', address: '10.0.0.7', pairingUrl: 'http://10.0.0.7:47800/#t=00' },
        { event: 'phone-disconnected', phone, reason: 'heartbeat-timeout' },
      ]),
    ).toEqual([
      { event: 'port-changed', wanted: 47800, port: 41234, pairingUrl: 'http://10.0.0.7:41234/#t=00' },
      { event: 'settings-reset', keptAs: '/cfg/settings.json.corrupt-1' },
      { event: 'paused' },
      { event: 'resumed' },
      { event: 'control-changed', mode: 'exclusive', controllerDeviceId: 'd1', controllerName: 'Pixel' },
      { event: 'control-changed', mode: 'shared' },
      { event: 'network-changed', address: '10.0.0.7', pairingUrl: 'http://10.0.0.7:47800/#t=00' },
      { event: 'phone-disconnected', phoneId: 'c1', deviceName: 'Pixel', address: '192.168.1.30', reason: 'heartbeat-timeout' },
    ]);
  });
});

describe('the terminal reporter', () => {
  it('says in both languages when the port moved and when input is paused', () => {
    let text = '';
    const reporter = terminalReporter((chunk) => (text += chunk));
    reporter.event({ event: 'port-changed', wanted: 47800, port: 41234, pairingUrl: 'http://10.0.0.7:41234/#t=00' });
    reporter.event({ event: 'paused' });
    reporter.event({ event: 'resumed' });
    expect(text).toContain('Port 47800 is in use, so TouchDesk uses port 41234');
    expect(text).toContain('端口 47800 已被占用');
    expect(text).toContain('Paused');
    expect(text).toContain('已暂停');
    expect(text).toContain('已恢复');
  });

  it('shows the new address and a new QR code when the network changes', async () => {
    let text = '';
    const reporter = terminalReporter((chunk) => (text += chunk));
    reporter.event({ event: 'network-changed', address: '10.0.0.7', pairingUrl: 'http://10.0.0.7:47800/#t=00' });
    await expect.poll(() => text).toContain('用手机扫描二维码');
    expect(text).toContain('now at 10.0.0.7');
    expect(text).toContain('http://10.0.0.7:47800/#t=00');
  });
});
