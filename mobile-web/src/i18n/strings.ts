import type { ErrorCode, InjectionProblem } from '@touchdesk/shared';
import type { ModeId } from '../ui/modes.js';

/** What the connection indicator can say; "offline" covers both "never paired" and "gave up". */
export type IndicatorText = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * Every word the page shows. Each language is a full `Strings`, and the per-code tables are
 * `Record`s over the shared code lists, so a missing translation or a new host error code
 * fails the typecheck instead of showing a blank to someone.
 */
export interface Strings {
  readonly indicator: Readonly<Record<IndicatorText, string>>;
  readonly modesLabel: string;
  readonly modes: Readonly<Record<ModeId, string>>;
  readonly trackpadLabel: string;
  readonly trackpadHint: string;
  readonly scanQrCode: string;
  readonly tokenRejected: string;
  readonly pageOutdated: string;
  readonly reload: string;
  readonly injectionProblems: Readonly<Record<InjectionProblem, string>>;
  readonly hostErrors: Readonly<Record<ErrorCode, string>>;
}

export type Language = 'en' | 'zh-CN';

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
  tokenRejected: 'This QR code is no longer valid. Scan the QR code on your desktop again.',
  pageOutdated: 'This page is out of date for the desktop app. Reload the page.',
  reload: 'Reload',
  injectionProblems: {
    'no-display': 'The desktop has no display to control. Start TouchDesk inside your desktop session.',
    'wayland-only': 'This desktop runs Wayland, which blocks remote input. Log in with an X11 (Xorg) session.',
    'permission-missing': 'Allow TouchDesk under System Settings → Privacy & Security → Accessibility.',
    'native-module-missing': 'TouchDesk on the desktop is missing its input component. Reinstall TouchDesk on the desktop.',
    'injection-failed': 'The desktop could not apply your input. Restart TouchDesk on the desktop.',
  },
  hostErrors: {
    'frame-too-large': 'The desktop refused a message that was too large.',
    'bad-json': 'The desktop could not read a message from this page. Reload the page.',
    'bad-message': 'The desktop refused a message from this page. Reload the page.',
    'unknown-type': 'The desktop did not understand a message. Update TouchDesk on the desktop, then reload the page.',
    'version-mismatch': 'This page and the desktop app are different versions. Reload the page.',
    'not-authenticated': 'The connection was not paired yet. Reload the page.',
    'bad-token': 'This QR code is no longer valid. Scan the QR code on your desktop again.',
    'injection-failed': 'The desktop could not apply your input.',
  },
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
  tokenRejected: '此二维码已失效。请重新扫描电脑上的二维码。',
  pageOutdated: '此页面与电脑端应用版本不一致。请刷新页面。',
  reload: '刷新',
  injectionProblems: {
    'no-display': '电脑没有可控制的显示器。请在桌面会话中启动 TouchDesk。',
    'wayland-only': '此电脑运行的是 Wayland，它会阻止远程输入。请改用 X11（Xorg）会话登录。',
    'permission-missing': '请在“系统设置 → 隐私与安全性 → 辅助功能”中允许 TouchDesk。',
    'native-module-missing': '电脑端 TouchDesk 缺少输入组件。请在电脑上重新安装 TouchDesk。',
    'injection-failed': '电脑无法执行你的输入。请在电脑上重新启动 TouchDesk。',
  },
  hostErrors: {
    'frame-too-large': '电脑拒绝了一条过大的消息。',
    'bad-json': '电脑无法读取此页面发送的消息。请刷新页面。',
    'bad-message': '电脑拒绝了此页面发送的消息。请刷新页面。',
    'unknown-type': '电脑无法理解一条消息。请更新电脑端 TouchDesk，然后刷新页面。',
    'version-mismatch': '此页面与电脑端应用版本不一致。请刷新页面。',
    'not-authenticated': '连接尚未配对。请刷新页面。',
    'bad-token': '此二维码已失效。请重新扫描电脑上的二维码。',
    'injection-failed': '电脑无法执行你的输入。',
  },
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en, 'zh-CN': zhCN };

/** Any Chinese preference gets Simplified Chinese, the only Chinese we have; all else English. */
export function pickLanguage(browserLanguage: string): Language {
  return /^zh/i.test(browserLanguage) ? 'zh-CN' : 'en';
}
