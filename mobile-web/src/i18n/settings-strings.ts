import type { Language } from '@touchdesk/shared';

/** Where the page runs, for the one line on how to put it on the home screen. */
export type HomeScreenHow = 'ios' | 'android' | 'wechat' | 'other';

/** The settings sheet's words, a part of `Strings`. */
export interface SettingsStrings {
  /** The gear button's name. */
  readonly open: string;
  readonly title: string;
  readonly close: string;
  readonly language: string;
  /** Each language in its own words, so a reader of either finds theirs. */
  readonly languageNames: Readonly<Record<Language, string>>;
  readonly naturalScrolling: string;
  readonly naturalScrollingHint: string;
  readonly pointerSpeed: string;
  readonly scrollSpeed: string;
  /** A speed as the slider reads it out: 1.5 → "1.5×". */
  readonly speedValue: (speed: number) => string;
  readonly haptics: string;
  /** The browser has no vibration (iOS Safari, some in-app browsers). */
  readonly hapticsUnsupported: string;
  /** The browser keeps no storage: settings last until the page closes. */
  readonly notSaved: string;
  readonly gestures: string;
  readonly gestureList: readonly string[];
  readonly homeScreen: string;
  readonly homeScreenHow: Readonly<Record<HomeScreenHow, string>>;
}

export const settingsEn: SettingsStrings = {
  open: 'Settings',
  title: 'Settings',
  close: 'Done',
  language: 'Language',
  languageNames: { en: 'English', 'zh-CN': '简体中文' },
  naturalScrolling: 'Natural scrolling',
  naturalScrollingHint: 'On this phone, content follows your fingers, as on the phone itself.',
  pointerSpeed: 'Pointer speed',
  scrollSpeed: 'Scrolling speed',
  speedValue: (speed) => `${speed.toFixed(1)}×`,
  haptics: 'Vibrate on click',
  hapticsUnsupported: 'This browser cannot vibrate (iPhones never let web pages do it).',
  notSaved: 'This browser keeps no data for the page: settings last until it is closed.',
  gestures: 'Gestures',
  gestureList: [
    'One finger: move · tap: click',
    'Double-tap and hold, then move: drag',
    'Two fingers: scroll (flick to glide) · tap: right-click',
    'Pinch: zoom',
    'Three-finger tap: middle click',
  ],
  homeScreen: 'On the home screen',
  homeScreenHow: {
    ios: 'In Safari, tap Share, then Add to Home Screen.',
    android: 'In Chrome, open the ⋮ menu, then Add to Home screen.',
    wechat: 'WeChat cannot add pages to the home screen: tap ⋯ and open the page in your browser first.',
    other: 'Use your browser’s menu to add this page to the home screen.',
  },
};

export const settingsZhCN: SettingsStrings = {
  open: '设置',
  title: '设置',
  close: '完成',
  language: '语言',
  languageNames: { en: 'English', 'zh-CN': '简体中文' },
  naturalScrolling: '自然滚动',
  naturalScrollingHint: '在这部手机上，内容跟随手指移动，与手机本身一致。',
  pointerSpeed: '指针速度',
  scrollSpeed: '滚动速度',
  speedValue: (speed) => `${speed.toFixed(1)} 倍`,
  haptics: '单击时振动',
  hapticsUnsupported: '此浏览器无法振动（iPhone 不允许网页振动）。',
  notSaved: '此浏览器不为网页保存数据：设置仅在关闭页面前有效。',
  gestures: '手势',
  gestureList: [
    '单指：移动 · 轻点：单击',
    '轻点两下并按住，然后移动：拖动',
    '双指：滚动（快速滑动可惯性滚动）· 轻点：右键单击',
    '双指捏合：缩放',
    '三指轻点：中键单击',
  ],
  homeScreen: '添加到主屏幕',
  homeScreenHow: {
    ios: '在 Safari 中点按“分享”，然后选择“添加到主屏幕”。',
    android: '在 Chrome 中打开 ⋮ 菜单，然后选择“添加到主屏幕”。',
    wechat: '微信无法将网页添加到主屏幕：请点按 ⋯，先在浏览器中打开此页面。',
    other: '请使用浏览器菜单将此页面添加到主屏幕。',
  },
};
