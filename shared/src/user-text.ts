import type { ErrorCode } from './errors.js';
import type { InjectionProblem } from './injection-status.js';

/**
 * Words both the phone page and the desktop's panel show for the same protocol fact, kept
 * once so the two never tell the user different things. Each says what happened and what to do.
 */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Translated = Readonly<Record<Language, string>>;

/** Fills the `{name}` places of a translated text, e.g. `Port {port} is in use`; a place without a value is left empty. */
export function fillIn(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_match, name: string) => String(values[name] ?? ''));
}

/** Chinese for any zh-* preference that comes first, English otherwise. */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const preference of preferences) {
    const tag = preference.toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export const INJECTION_PROBLEM_TEXT: Readonly<Record<InjectionProblem, Translated>> = {
  'no-display': {
    en: 'The desktop has no display to control. Start TouchDesk inside your desktop session.',
    'zh-CN': '电脑上没有可控制的显示器。请在桌面会话中启动 TouchDesk。',
  },
  'wayland-only': {
    en: 'This desktop runs Wayland, which blocks remote input. Log in with an X11 (Xorg) session.',
    'zh-CN': '此电脑使用 Wayland，它会阻止远程输入。请改用 X11（Xorg）会话登录。',
  },
  'permission-missing': {
    en: 'Allow TouchDesk under System Settings → Privacy & Security → Accessibility.',
    'zh-CN': '请在“系统设置 → 隐私与安全性 → 辅助功能”中允许 TouchDesk。',
  },
  'native-module-missing': {
    en: 'The desktop’s input component is missing. Reinstall TouchDesk.',
    'zh-CN': '电脑端的输入组件缺失。请重新安装 TouchDesk。',
  },
  'injection-failed': {
    en: 'The desktop refused the input. Restart TouchDesk on the desktop.',
    'zh-CN': '电脑拒绝了输入。请在电脑上重新启动 TouchDesk。',
  },
};

export const ERROR_CODE_TEXT: Readonly<Record<ErrorCode, Translated>> = {
  'frame-too-large': { en: 'A message was too large and was ignored.', 'zh-CN': '消息过大，已被忽略。' },
  'bad-json': { en: 'A message was garbled and was ignored.', 'zh-CN': '消息格式错误，已被忽略。' },
  'bad-message': { en: 'A message was not understood and was ignored.', 'zh-CN': '无法识别的消息，已被忽略。' },
  'unknown-type': {
    en: 'The desktop does not know this action. Update TouchDesk.',
    'zh-CN': '电脑端不支持此操作。请更新 TouchDesk。',
  },
  'version-mismatch': {
    en: 'This page is out of date. Reload it.',
    'zh-CN': '此页面版本过旧。请刷新页面。',
  },
  'not-authenticated': {
    en: 'Not paired yet. Scan the QR code on your desktop.',
    'zh-CN': '尚未配对。请扫描电脑上的二维码。',
  },
  'pairing-expired': {
    en: 'This QR code was already used or has expired. Scan the new one on your desktop.',
    'zh-CN': '此二维码已被使用或已过期。请扫描电脑上的新二维码。',
  },
  'device-unknown': {
    en: 'The desktop no longer knows this phone. Scan the QR code on your desktop again.',
    'zh-CN': '电脑已不再识别此手机。请重新扫描电脑上的二维码。',
  },
  'bad-proof': {
    en: 'Pairing failed. Scan the QR code on your desktop again.',
    'zh-CN': '配对失败。请重新扫描电脑上的二维码。',
  },
  'channel-broken': {
    en: 'The secure connection was interrupted. Reconnecting…',
    'zh-CN': '安全连接被中断。正在重新连接…',
  },
  'rate-limited': {
    en: 'Too many attempts. Wait a minute, then try again.',
    'zh-CN': '尝试次数过多。请稍等一分钟后再试。',
  },
  'too-many-messages': {
    en: 'The phone sent input faster than the desktop accepts; some was skipped.',
    'zh-CN': '手机发送输入过快，部分输入已被跳过。',
  },
  'device-revoked': {
    en: 'This phone was removed on the desktop. Scan the QR code to pair it again.',
    'zh-CN': '此手机已在电脑上被移除。请扫描二维码重新配对。',
  },
  'injection-failed': {
    en: 'The desktop could not perform that input.',
    'zh-CN': '电脑无法执行该输入。',
  },
  'slide-command-unsupported': {
    en: 'The slide program in front on the desktop has no shortcut for that; nothing was pressed. Choose another app in the Presenter tab if it is not the right one.',
    'zh-CN': '电脑前台的演示程序没有该操作的快捷键，因此未按任何键。如果识别的程序不对，请在“演示”标签页中选择其他程序。',
  },
};
