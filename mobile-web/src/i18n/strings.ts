import type { Language, ModifierKey } from '@touchdesk/shared';
import type { ModeId } from '../ui/modes.js';
import { keyboardEn, type KeyboardStrings, keyboardZhCN } from './keyboard-strings.js';
import { mediaEn, type MediaStrings, mediaZhCN } from './media-strings.js';
import { presenterEn, type PresenterStrings, presenterZhCN } from './presenter-strings.js';
import { settingsEn, type SettingsStrings, settingsZhCN } from './settings-strings.js';

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
  /** Read before the round-trip figure by screen readers; not shown. */
  readonly roundTripLabel: string;
  /** The heartbeat's round trip in whole milliseconds, small in the top bar. */
  readonly roundTrip: (ms: number) => string;
  /** The paused banner. */
  readonly paused: string;
  /** Exclusive mode, another phone in control; `name` as the host gave it, else `anotherPhone`. */
  readonly otherInControl: (name: string) => string;
  readonly anotherPhone: string;
  readonly takeOver: string;
  /** Exclusive mode, and this phone is the one in control. */
  readonly youAreInControl: string;
  /** The row of modifier keys, under the pad and in the keyboard. */
  readonly modifierBarLabel: string;
  /** As printed on a PC's key caps; the toggle buttons' names. */
  readonly modifierKeys: Readonly<Record<ModifierKey, string>>;
  /** As printed on a Mac's, once the user said the desktop is one. */
  readonly macModifierKeys: Readonly<Record<ModifierKey, string>>;
  /** A modifier that applies to the next key only; read after its name. */
  readonly modifierArmed: string;
  /** A modifier the desktop holds down until it is tapped again. */
  readonly modifierLocked: string;
  readonly keyboard: KeyboardStrings;
  readonly media: MediaStrings;
  readonly presenter: PresenterStrings;
  readonly settings: SettingsStrings;
  /** The browser lacks what the page cannot work without (`features`, API names). */
  readonly missingFeatures: (features: string) => string;
  /** No touch screen reported: the trackpad will not respond to a mouse. */
  readonly noTouch: string;
  /** More taps waited for the connection than are kept. */
  readonly queueOverflow: (capacity: number) => string;
  /**
   * The connection dropped while modifiers were held (`keys`, as labelled on their buttons):
   * they were released, and `dropped` inputs made with them were not sent.
   */
  readonly heldKeysReleased: (keys: string, dropped: number) => string;
}

const en: Strings = {
  indicator: {
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Disconnected — reconnecting',
    offline: 'Not connected',
  },
  modesLabel: 'Modes',
  modes: { trackpad: 'Trackpad', keyboard: 'Keyboard', presenter: 'Presenter', media: 'Media' },
  trackpadLabel: 'Trackpad',
  trackpadHint: 'Move with one finger · tap to click · double-tap and hold to drag · two fingers to scroll or right-click · pinch to zoom',
  scanQrCode: 'Scan the QR code on your desktop to connect.',
  scanQrCodeAgain: 'The desktop did not accept this phone. Scan the QR code on your desktop again.',
  hostUnverified:
    'Could not verify the desktop at this address, so nothing was sent to it. Make sure you scanned the QR code on your own desktop, then reload.',
  reload: 'Reload',
  roundTripLabel: 'Round trip',
  roundTrip: (ms) => `${ms} ms`,
  paused: 'Paused on the desktop. Resume there to use this phone again.',
  otherInControl: (name) => `${name} is in control`,
  anotherPhone: 'Another phone',
  takeOver: 'Take over',
  youAreInControl: 'In control',
  modifierBarLabel: 'Modifier keys',
  modifierKeys: { Control: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Meta: 'Super' },
  macModifierKeys: { Control: 'Ctrl', Alt: 'Option', Shift: 'Shift', Meta: 'Cmd' },
  modifierArmed: 'For the next key',
  modifierLocked: 'Held down',
  keyboard: keyboardEn,
  media: mediaEn,
  presenter: presenterEn,
  settings: settingsEn,
  missingFeatures: (features) =>
    `This browser lacks ${features}, which TouchDesk needs. Open the page in Safari, Chrome or another up-to-date browser.`,
  noTouch: 'This browser reports no touch screen, so the trackpad will not respond. Open the page on your phone.',
  queueOverflow: (capacity) =>
    `More than ${capacity} inputs were waiting for the connection; the oldest were not sent.`,
  heldKeysReleased: (keys, dropped) =>
    dropped === 0
      ? `The connection dropped, so ${keys} was released. Press it again if you still need it.`
      : `The connection dropped, so ${keys} was released and ${dropped === 1 ? '1 input' : `${dropped} inputs`} made with it ${dropped === 1 ? 'was' : 'were'} not sent. Please repeat ${dropped === 1 ? 'it' : 'them'}.`,
};

const zhCN: Strings = {
  indicator: {
    connecting: '正在连接…',
    connected: '已连接',
    reconnecting: '已断开 — 正在重新连接',
    offline: '未连接',
  },
  modesLabel: '模式',
  modes: { trackpad: '触控板', keyboard: '键盘', presenter: '演示', media: '媒体' },
  trackpadLabel: '触控板',
  trackpadHint: '单指移动 · 轻点单击 · 轻点两下并按住可拖动 · 双指滚动或右键单击 · 捏合缩放',
  scanQrCode: '请扫描电脑上的二维码进行连接。',
  scanQrCodeAgain: '电脑未接受此手机。请重新扫描电脑上的二维码。',
  hostUnverified: '无法验证此地址上的电脑，因此没有向它发送任何内容。请确认扫描的是你自己电脑上的二维码，然后刷新页面。',
  reload: '刷新',
  roundTripLabel: '往返延迟',
  roundTrip: (ms) => `${ms} 毫秒`,
  paused: '电脑端已暂停控制。请在电脑上恢复后再使用此手机。',
  otherInControl: (name) => `${name}正在控制`,
  anotherPhone: '另一部手机',
  takeOver: '接管',
  youAreInControl: '由你控制',
  modifierBarLabel: '修饰键',
  modifierKeys: { Control: 'Ctrl', Alt: 'Alt', Shift: 'Shift', Meta: 'Super' },
  macModifierKeys: { Control: 'Ctrl', Alt: 'Option', Shift: 'Shift', Meta: 'Cmd' },
  modifierArmed: '用于下一个键',
  modifierLocked: '保持按住',
  keyboard: keyboardZhCN,
  media: mediaZhCN,
  presenter: presenterZhCN,
  settings: settingsZhCN,
  missingFeatures: (features) => `此浏览器缺少 TouchDesk 所需的 ${features}。请在 Safari、Chrome 或其他较新的浏览器中打开此页面。`,
  noTouch: '此浏览器没有报告触摸屏，触控板不会响应。请在手机上打开此页面。',
  queueOverflow: (capacity) => `等待连接的输入超过 ${capacity} 次，最早的几次未发送。`,
  heldKeysReleased: (keys, dropped) =>
    dropped === 0
      ? `连接已中断，${keys} 已松开。如仍需要，请再按一次。`
      : `连接已中断，${keys} 已松开，按住时的 ${dropped} 次输入未发送，请重新操作。`,
};

export const STRINGS: Readonly<Record<Language, Strings>> = { en, 'zh-CN': zhCN };
