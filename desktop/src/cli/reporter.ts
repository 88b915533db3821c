import type { RegistryEvent } from '../core/phone-registry.js';
import type { RunningHost } from '../server/host.js';
import { pairingQrTerminal } from '../server/pairing-qr.js';

/** How the headless host talks to whoever started it: a person at a terminal, or a program. */
export interface Reporter {
  ready(host: RunningHost, injection: string): Promise<void>;
  event(event: RegistryEvent): void;
  stopping(): void;
}

function phoneFields(event: RegistryEvent) {
  const { id, deviceName, address } = event.phone;
  return { phoneId: id, deviceName, address };
}

/** `--json`: one object per line on stdout, the first always `ready`. */
export function jsonReporter(write: (line: string) => void): Reporter {
  const emit = (object: object) => write(`${JSON.stringify(object)}\n`);
  return {
    async ready(host, injection) {
      emit({ event: 'ready', pairingUrl: host.pairingUrl, panelUrl: host.panelUrl, port: host.port, injection });
    },
    event(event) {
      emit(event.event === 'phone-connected'
        ? { event: event.event, ...phoneFields(event) }
        : { event: event.event, ...phoneFields(event), reason: event.reason });
    },
    stopping() {
      emit({ event: 'stopping' });
    },
  };
}

/** For a person: the QR code to scan, the links, and who comes and goes. */
export function terminalReporter(write: (text: string) => void): Reporter {
  return {
    async ready(host, injection) {
      write(`\n${await pairingQrTerminal(host.pairingUrl)}\n`);
      write('Scan this QR code with your phone to connect · 用手机扫描二维码即可连接\n\n');
      write(`  Phone page · 手机页面:     ${host.pairingUrl}\n`);
      write(`  Control panel · 控制面板:  ${host.panelUrl}\n`);
      write(`  Input · 输入:              ${injection}\n\n`);
      write('Press Ctrl+C to stop · 按 Ctrl+C 退出\n');
    },
    event(event) {
      const { deviceName, address } = event.phone;
      if (event.event === 'phone-connected') write(`+ ${deviceName} connected · 已连接 (${address})\n`);
      else write(`- ${deviceName} disconnected · 已断开 (${event.reason})\n`);
    },
    stopping() {
      write('Stopping TouchDesk · 正在退出\n');
    },
  };
}
