import type { PresenterProfile } from '@touchdesk/shared';
import type { PresenterButton } from '../presenter/presenter-commands.js';

/** The presenter mode's words, a part of `Strings`. */
export interface PresenterStrings {
  /** The two halves of the screen together, for screen readers. */
  readonly stageLabel: string;
  readonly previous: string;
  readonly next: string;
  readonly stageHint: string;
  readonly commandsLabel: string;
  readonly commands: Readonly<Record<PresenterButton, string>>;
  readonly gotoLabel: string;
  readonly gotoButton: string;
  /** The menu of slide programs whose keys the commands press. */
  readonly profileMenuLabel: string;
  /** The menu's first entry: follow the app in front, whose profile is `profile`. */
  readonly automatic: (profile: string) => string;
  /** The application in front on the desktop, as the desktop names it, with its window's title when it is a slide program. */
  readonly inFront: (app: string, title: string | undefined) => string;
  /** The desktop cannot tell which application is in front (not an X11 session). */
  readonly unknownApp: string;
  readonly profiles: Readonly<Record<PresenterProfile, string>>;
}

/** Product names are the same in every language; only the generic ones are translated. */
const PRODUCT_NAMES = {
  powerpoint: 'PowerPoint',
  keynote: 'Keynote',
  impress: 'LibreOffice Impress',
  'google-slides': 'Google Slides',
  evince: 'Evince',
  okular: 'Okular',
  acrobat: 'Adobe Acrobat',
  reveal: 'reveal.js',
} as const;

export const presenterEn: PresenterStrings = {
  stageLabel: 'Slides',
  previous: 'Previous slide',
  next: 'Next slide',
  stageHint: 'Tap the right half for the next slide, the left half for the previous one, or swipe',
  commandsLabel: 'Slide show',
  commands: {
    start: 'Start show',
    'start-here': 'Start here',
    end: 'End show',
    first: 'First slide',
    black: 'Black screen',
    white: 'White screen',
  },
  gotoLabel: 'Slide number',
  gotoButton: 'Go',
  profileMenuLabel: 'Keys for',
  automatic: (profile) => `Automatic: ${profile}`,
  inFront: (app, title) => `In front on the desktop: ${app}${title === undefined ? '' : ` — ${title}`}`,
  unknownApp: 'This desktop does not tell which app is in front; choose the slide program below.',
  profiles: {
    ...PRODUCT_NAMES,
    clicker: 'Any app (Page Down / Page Up)',
    'macos-preview': 'Preview (macOS)',
    'browser-pdf': 'PDF in a browser',
  },
};

export const presenterZhCN: PresenterStrings = {
  stageLabel: '幻灯片',
  previous: '上一张',
  next: '下一张',
  stageHint: '轻点右半边切到下一张，轻点左半边回到上一张，也可以左右滑动',
  commandsLabel: '放映',
  commands: {
    start: '从头放映',
    'start-here': '从当前放映',
    end: '结束放映',
    first: '第一张',
    black: '黑屏',
    white: '白屏',
  },
  gotoLabel: '幻灯片编号',
  gotoButton: '跳转',
  profileMenuLabel: '按键适用于',
  automatic: (profile) => `自动：${profile}`,
  inFront: (app, title) => `电脑前台程序：${app}${title === undefined ? '' : ` — ${title}`}`,
  unknownApp: '此电脑无法告知前台程序，请在下方选择演示程序。',
  profiles: {
    ...PRODUCT_NAMES,
    clicker: '任意程序（Page Down / Page Up）',
    'macos-preview': '预览（macOS）',
    'browser-pdf': '浏览器中的 PDF',
  },
};
