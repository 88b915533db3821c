import { fillIn, type Language, type LanguageChoice, pickLanguage, type Translated } from '@touchdesk/shared';

/** Every word the panel shows, in English and Simplified Chinese. */
export const TEXT = {
  pairTitle: { en: 'Connect a phone', 'zh-CN': '连接手机' },
  pairHint: {
    en: 'Scan with the phone’s camera or WeChat. Phone and computer must be on the same Wi-Fi.',
    'zh-CN': '用手机相机或微信扫码。手机和电脑需连接同一 Wi-Fi。',
  },
  qrAlt: { en: 'Pairing QR code', 'zh-CN': '配对二维码' },
  inputTitle: { en: 'Input', 'zh-CN': '输入' },
  inputReady: { en: 'Ready: phones can control this computer', 'zh-CN': '就绪：手机可以控制这台电脑' },
  openAccessibility: { en: 'Open Accessibility settings', 'zh-CN': '打开辅助功能设置' },
  phonesTitle: { en: 'Connected phones', 'zh-CN': '已连接的手机' },
  noPhones: { en: 'No phone connected yet', 'zh-CN': '尚未连接手机' },
  since: { en: 'since', 'zh-CN': '连接于' },
  live: { en: 'Live', 'zh-CN': '实时' },
  devicesTitle: { en: 'Paired phones', 'zh-CN': '已配对的手机' },
  noDevices: { en: 'No phone paired yet', 'zh-CN': '尚未配对手机' },
  lastSeen: { en: 'last seen', 'zh-CN': '最近使用' },
  online: { en: 'connected', 'zh-CN': '已连接' },
  revoke: { en: 'Remove', 'zh-CN': '移除' },
  revokeFailed: { en: 'Could not remove the phone. Try again.', 'zh-CN': '无法移除该手机，请重试。' },
  singleUse: {
    en: 'Works once, until {time}; then a new code appears.',
    'zh-CN': '仅可使用一次，有效至 {time}；之后会显示新的二维码。',
  },
  controlTitle: { en: 'Control', 'zh-CN': '控制' },
  running: { en: 'Phones can send input', 'zh-CN': '手机可以发送输入' },
  pausedNow: { en: 'Paused: no phone can control this computer', 'zh-CN': '已暂停：任何手机都无法控制这台电脑' },
  pause: { en: 'Pause control', 'zh-CN': '暂停控制' },
  resume: { en: 'Resume', 'zh-CN': '恢复' },
  pauseFailed: { en: 'Could not change the pause switch. Try again.', 'zh-CN': '无法切换暂停状态，请重试。' },
  modeLegend: { en: 'Several phones', 'zh-CN': '多部手机' },
  modeShared: { en: 'All control at once', 'zh-CN': '同时控制' },
  modeExclusive: { en: 'One at a time', 'zh-CN': '一次一部' },
  modeFailed: { en: 'Could not change who may control. Try again.', 'zh-CN': '无法更改控制方式，请重试。' },
  controller: { en: 'In control: {name}', 'zh-CN': '当前控制：{name}' },
  noController: { en: 'No phone is in control yet', 'zh-CN': '目前没有手机在控制' },
  inControl: { en: 'in control', 'zh-CN': '控制中' },
  settingsReset: {
    en: 'The settings could not be read and were kept as {path}. TouchDesk started with the default settings.',
    'zh-CN': '设置文件无法读取，已另存为 {path}。TouchDesk 已使用默认设置启动。',
  },
  lost: {
    en: 'Lost contact with TouchDesk. Is it still running?',
    'zh-CN': '与 TouchDesk 失去联系。它还在运行吗？',
  },
  settingsTitle: { en: 'Settings', 'zh-CN': '设置' },
  language: { en: 'Language', 'zh-CN': '语言' },
  languageAuto: { en: 'As the system', 'zh-CN': '跟随系统' },
  port: { en: 'Port of the phone page', 'zh-CN': '手机页面端口' },
  portHint: {
    en: 'Now on port {port}. Leave empty for 47800 (or any free port). Phones scan the new QR code after a change.',
    'zh-CN': '当前端口 {port}。留空则使用 47800（或任一空闲端口）。更改后手机需扫描新的二维码。',
  },
  networkInterface: { en: 'Network for the QR code', 'zh-CN': '二维码使用的网络' },
  automatic: { en: 'Automatic', 'zh-CN': '自动' },
  pointerSpeed: { en: 'Pointer speed', 'zh-CN': '指针速度' },
  acceleration: { en: 'Pointer acceleration', 'zh-CN': '指针加速' },
  accelerationAdaptive: { en: 'Faster strokes go further', 'zh-CN': '快速滑动移动更远' },
  accelerationFlat: { en: 'Constant', 'zh-CN': '恒定' },
  naturalScrolling: { en: 'Natural scrolling, for every phone: content follows the fingers', 'zh-CN': '自然滚动（所有手机）：内容随手指移动' },
  preview: { en: 'Let phones see a preview of the screen', 'zh-CN': '允许手机查看屏幕预览' },
  startAtLogin: { en: 'Start TouchDesk when I log in', 'zh-CN': '登录时启动 TouchDesk' },
  saved: { en: 'Saved', 'zh-CN': '已保存' },
  'bad-settings': { en: 'That value is not allowed. Check it and try again.', 'zh-CN': '该值无效。请检查后重试。' },
  'port-in-use': { en: 'Port {port} is in use by another program. Choose another.', 'zh-CN': '端口 {port} 已被其他程序占用。请选择其他端口。' },
  'port-unavailable': { en: 'Port {port} is not allowed on this computer. Choose another.', 'zh-CN': '这台电脑不允许使用端口 {port}。请选择其他端口。' },
  settingsFailed: { en: 'Could not save the setting. Try again.', 'zh-CN': '无法保存设置，请重试。' },
} satisfies Record<string, Translated>;

export type TextKey = keyof typeof TEXT;

/** The panel's language: the one chosen in the settings, or the browser's preference. */
export class PanelLanguage {
  private current: Language = pickLanguage(navigator.languages);

  get language(): Language {
    return this.current;
  }

  /** True when the language changed, so the caller redraws. */
  choose(choice: LanguageChoice): boolean {
    const next = choice === 'auto' ? pickLanguage(navigator.languages) : choice;
    if (next === this.current) return false;
    this.current = next;
    return true;
  }

  say(key: TextKey, values: Readonly<Record<string, string | number>> = {}): string {
    return fillIn(TEXT[key][this.current], values);
  }

  /** Fills every element marked `data-text="key"`, and `data-alt` for images. */
  translatePage(root: ParentNode = document): void {
    document.documentElement.lang = this.current;
    for (const element of root.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = this.say(element.dataset.text as TextKey);
    for (const image of root.querySelectorAll<HTMLImageElement>('img[data-alt]')) image.alt = this.say(image.dataset.alt as TextKey);
  }
}
