import type { Language } from '@touchdesk/shared';
import type { ModeId } from '../ui/modes.js';

/** What the connection indicator can say; "offline" covers "never paired", "gave up" and "waiting". */
export type IndicatorText = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * The words only this page shows. What the host's error codes and injection problems mean is
 * said once, in shared's user-text, for the page and the desktop panel alike. Each language
 * is a full `Strings` and the table is a `Record` over shared's languages, so a missing
 * translation fails the typecheck instead of showing a blank to someone.
 */
export interface Strings {
  readonly indicator: Readonly<Record<IndicatorText, string>>;
  readonly modesLabel: string;
  readonly modes: Readonly<Record<ModeId, string>>;
  readonly trackpadLabel: string;
  readonly trackpadHint: string;
  /** No credential at all. */
  readonly scanQrCode: string;
  /** The host refused the credential and did not say why. */
  readonly scanQrCodeAgain: string;
  /** The desktop's proof was wrong: someone else answered at the desktop's address. */
  readonly hostUnverified: string;
  readonly reload: string;
}

const en: Strings = {
  indicator: {
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Disconnected — reconnecting',
    offline: 'Not connected',
  },
  modesLabel: 'Modes',
  modes: { trackpad: 'Trackpad' },
  trackpadLabel: 'Trackpad',
  trackpadHint: 'Move with one finger · tap to click · two fingers to scroll or right-click',
  scanQrCode: 'Scan the QR code on your desktop to connect.',
  scanQrCodeAgain: 'The desktop did not accept this phone. Scan the QR code on your desktop again.',
  hostUnverified:
    'Could not verify the desktop at this address, so nothing was sent to it. Make sure you scanned the QR code on your own desktop, then reload.',
  reload: 'Reload',
};

const zhCN: Strings = {
  indicator: {
    connecting: '正在连接…',
    connected: '已连接',
    reconnecting: '已断开 — 正在重新连接',
    offline: '未连接',
  },
  modesLabel: '模式',
  modes: { trackpad: '触控板' },
  trackpadLabel: '触控板',
  trackpadHint: '单指移动 · 轻点单击 · 双指滚动或右键单击',
  scanQrCode: '请扫描电脑上的二维码进行连接。',
  scanQrCodeAgain: '电脑未接受此手机。请重新扫描电脑上的二维码。',
  hostUnverified: '无法验证此地址上的电脑，因此没有向它发送任何内容。请确认扫描的是你自己电脑上的二维码，然后刷新页面。',
  reload: '刷新',
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en, 'zh-CN': zhCN };
