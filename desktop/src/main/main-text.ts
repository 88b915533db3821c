import { fillIn, type Language, type LanguageChoice, pickLanguage, type Translated } from '@touchdesk/shared';

/** What the desktop app itself says (tray, notifications, dialogs), in English and Simplified Chinese. */
export const MAIN_TEXT = {
  showQr: { en: 'Show QR code', 'zh-CN': '显示二维码' },
  pause: { en: 'Pause control', 'zh-CN': '暂停控制' },
  quit: { en: 'Quit TouchDesk', 'zh-CN': '退出 TouchDesk' },
  trayTip: { en: 'TouchDesk', 'zh-CN': 'TouchDesk' },
  trayTipPaused: { en: 'TouchDesk: paused', 'zh-CN': 'TouchDesk：已暂停' },
  phoneConnected: { en: '{name} connected', 'zh-CN': '{name} 已连接' },
  phoneConnectedBody: {
    en: 'It can control this computer now. Pause or remove it in TouchDesk.',
    'zh-CN': '它现在可以控制这台电脑。可在 TouchDesk 中暂停或移除。',
  },
  shortcutTaken: {
    en: 'The shortcut {shortcut} is taken by another program; pause from the panel or the tray instead.',
    'zh-CN': '快捷键 {shortcut} 已被其他程序占用，请在控制面板或托盘菜单中暂停。',
  },
  waylandTitle: { en: 'Phones cannot control this desktop yet', 'zh-CN': '手机暂时无法控制此桌面' },
  waylandDetail: {
    en: 'This is a Wayland session, which blocks input from other programs. Log out, choose an X11 (Xorg) session on the login screen (the gear icon, e.g. "Ubuntu on Xorg"), and start TouchDesk again.',
    'zh-CN': '当前是 Wayland 会话，它会阻止其他程序输入。请注销，在登录界面（齿轮图标）选择 X11（Xorg）会话，例如“Ubuntu on Xorg”，然后重新启动 TouchDesk。',
  },
  accessibilityTitle: { en: 'Allow TouchDesk to control this Mac', 'zh-CN': '允许 TouchDesk 控制这台 Mac' },
  accessibilityDetail: {
    en: 'Turn TouchDesk on under System Settings → Privacy & Security → Accessibility, then restart TouchDesk.',
    'zh-CN': '请在“系统设置 → 隐私与安全性 → 辅助功能”中打开 TouchDesk，然后重新启动 TouchDesk。',
  },
  openSettings: { en: 'Open System Settings', 'zh-CN': '打开系统设置' },
  later: { en: 'Later', 'zh-CN': '稍后' },
} satisfies Record<string, Translated>;

export type MainTextKey = keyof typeof MAIN_TEXT;

/** The language to speak: the one chosen in the settings, or the system's. */
export function mainLanguage(choice: LanguageChoice, systemLocale: string): Language {
  return choice === 'auto' ? pickLanguage([systemLocale]) : choice;
}

export function mainText(language: Language, key: MainTextKey, values: Readonly<Record<string, string>> = {}): string {
  return fillIn(MAIN_TEXT[key][language], values);
}
