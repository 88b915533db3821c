import type { ConnectedPhone } from '../core/phone-registry.js';
import type { HostEvent, RunningHost } from '../server/host.js';
import { pairingQrTerminal } from '../server/pairing-qr.js';

/** What the headless root reports besides the host's own events, right after `ready`. */
export type StartupEvent =
  /** The settings file could not be read; it was kept aside and the defaults are in use. */
  { readonly event: 'settings-reset'; readonly keptAs: string };

export type ReportedEvent = HostEvent | StartupEvent;

/** How the headless host talks to whoever started it: a person at a terminal, or a program. */
export interface Reporter {
  ready(host: RunningHost, injection: string): Promise<void>;
  event(event: ReportedEvent): void;
  stopping(): void;
}

function phoneFields(phone: ConnectedPhone) {
  const { id, deviceName, address } = phone;
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
      switch (event.event) {
        case 'phone-connected':
          return emit({ event: event.event, ...phoneFields(event.phone) });
        case 'phone-disconnected':
          return emit({ event: event.event, ...phoneFields(event.phone), reason: event.reason });
        case 'control-changed': {
          const { controller } = event;
          return emit({ event: event.event, mode: event.mode, ...(controller && { controllerDeviceId: controller.deviceId, controllerName: controller.name }) });
        }
        default:
          return emit(event);
      }
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
      switch (event.event) {
        case 'pairing-renewed':
          write('\nThe QR code was used or expired; here is a new one · 二维码已使用或过期，请扫描新的二维码\n');
          return void showQr(event.pairingUrl);
        case 'network-changed':
          write(`\nThe network changed: this computer is now at ${event.address}; scan the new QR code · 网络已变化：电脑的新地址为 ${event.address}，请扫描新的二维码\n`);
          write(`  Phone page · 手机页面:     ${event.pairingUrl}\n`);
          return void showQr(event.pairingUrl);
        case 'phone-connected':
          return write(`+ ${event.phone.deviceName} connected · 已连接 (${event.phone.address})\n`);
        case 'phone-disconnected':
          return write(`- ${event.phone.deviceName} disconnected · 已断开 (${event.reason})\n`);
        case 'paused':
          return write('Paused: phones cannot control this computer until you resume · 已暂停：恢复之前手机无法控制这台电脑\n');
        case 'resumed':
          return write('Resumed: phones can control this computer again · 已恢复：手机可以再次控制这台电脑\n');
        case 'control-changed':
          if (event.mode === 'shared') return write('Every connected phone can control this computer · 所有已连接的手机都可以控制这台电脑\n');
          if (!event.controller) return write('One phone at a time; none is in control yet · 一次只允许一部手机控制；目前没有手机在控制\n');
          return write(`One phone at a time; in control: ${event.controller.name} · 一次只允许一部手机控制；当前控制：${event.controller.name}\n`);
        case 'port-changed':
          if (event.wanted === event.port) {
            write(`\nThe phone page moved to port ${event.port}; scan the new QR code · 手机页面已改用端口 ${event.port}，请扫描新的二维码\n`);
            return void showQr(event.pairingUrl);
          }
          return write(`Port ${event.wanted} is in use, so TouchDesk uses port ${event.port} · 端口 ${event.wanted} 已被占用，TouchDesk 改用端口 ${event.port}\n`);
        case 'settings-reset':
          // Already said on stderr when the file was read; a person need not read it twice.
          return;
        default: {
          const unreachable: never = event;
          return unreachable;
        }
      }
    },
    stopping() {
      write('Stopping TouchDesk · 正在退出\n');
    },
  };
}
