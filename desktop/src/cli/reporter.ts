import type { RegistryEvent } from '../core/phone-registry.js';
import type { HostEvent, RunningHost } from '../server/host.js';
import { pairingQrTerminal } from '../server/pairing-qr.js';

/** How the headless host talks to whoever started it: a person at a terminal, or a program. */
export interface Reporter {
  ready(host: RunningHost, injection: string): Promise<void>;
  event(event: HostEvent): void;
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
      const tls = host.tlsFingerprint === undefined ? {} : { tlsFingerprint: host.tlsFingerprint };
      emit({ event: 'ready', pairingUrl: host.pairingUrl, panelUrl: host.panelUrl, port: host.port, injection, ...tls });
    },
    event(event) {
      if (event.event === 'pairing-renewed') emit(event);
      else if (event.event === 'phone-connected') emit({ event: event.event, ...phoneFields(event) });
      else emit({ event: event.event, ...phoneFields(event), reason: event.reason });
    },
    stopping() {
      emit({ event: 'stopping' });
    },
  };
}

/** For a person: the QR code to scan, the links, and who comes and goes. */
export function terminalReporter(write: (text: string) => void): Reporter {
  const showQr = async (url: string) => {
    write(`\n${await pairingQrTerminal(url)}\n`);
    write('Scan this QR code with your phone to connect · 用手机扫描二维码即可连接\n');
    write('It works once, for 5 minutes · 二维码仅可使用一次，5 分钟内有效\n\n');
  };
  return {
    async ready(host, injection) {
      await showQr(host.pairingUrl);
      write(`  Phone page · 手机页面:     ${host.pairingUrl}\n`);
      if (host.tlsFingerprint !== undefined) {
        write(`  Certificate · 证书 SHA-256: ${host.tlsFingerprint}\n`);
        write('    The phone warns about this certificate once: open its details, go on only if the fingerprint matches · 手机首次会提示证书风险：请查看证书详情，指纹一致时再继续\n');
      }
      write(`  Control panel · 控制面板:  ${host.panelUrl}\n`);
      write(`  Input · 输入:              ${injection}\n\n`);
      write('Press Ctrl+C to stop · 按 Ctrl+C 退出\n');
    },
    event(event) {
      if (event.event === 'pairing-renewed') {
        write('\nThe QR code was used or expired; here is a new one · 二维码已使用或过期，请扫描新的二维码\n');
        void showQr(event.pairingUrl);
        return;
      }
      const { deviceName, address } = event.phone;
      if (event.event === 'phone-connected') write(`+ ${deviceName} connected · 已连接 (${address})\n`);
      else write(`- ${deviceName} disconnected · 已断开 (${event.reason})\n`);
    },
    stopping() {
      write('Stopping TouchDesk · 正在退出\n');
    },
  };
}
