import type { Language, PreviewProblem } from '@touchdesk/shared';

/** The presenter's slide preview, laser pointer and talk timer, in words. */
export interface PresenterToolsStrings {
  readonly previewSwitch: string;
  readonly previewSwitchHint: string;
  /** The preview image's accessible name. */
  readonly previewImage: string;
  readonly previewOff: string;
  readonly previewWaiting: string;
  readonly previewProblems: Readonly<Record<PreviewProblem, string>>;
  readonly pointerHint: string;

  readonly timerLabel: string;
  /** Folds the talk's length and alert times away during the talk. */
  readonly planSummary: string;
  readonly elapsed: string;
  readonly remaining: string;
  readonly durationLabel: string;
  readonly alertsLabel: string;
  readonly alertsHint: string;
  readonly start: string;
  readonly pause: string;
  readonly resume: string;
  readonly reset: string;
  /** Announced (and shown) when an alert fires. */
  readonly minutesLeft: (minutes: number) => string;
  readonly timeUp: string;
  /** Neither a wake lock nor the video fallback works here. */
  readonly screenMaySleep: string;
}

const en: PresenterToolsStrings = {
  previewSwitch: 'Slide preview',
  previewSwitchHint: 'Shows the desktop’s screen here. Off: nothing of the screen leaves the desktop.',
  previewImage: 'The desktop’s screen. Hold a finger on it to point.',
  previewOff: 'Slide preview is off.',
  previewWaiting: 'Waiting for the desktop’s screen…',
  previewProblems: {
    'off-on-desktop': 'Slide preview is turned off on the desktop. Turn it on in TouchDesk’s settings there.',
    'no-screen-capture': 'This desktop cannot show its screen here (it works on Linux with X11 for now).',
  },
  pointerHint: 'Hold a finger on the preview to point at that spot, like a laser pointer.',
  timerLabel: 'Talk timer',
  planSummary: 'Length and alerts',
  elapsed: 'Elapsed',
  remaining: 'Remaining',
  durationLabel: 'Talk length (minutes)',
  alertsLabel: 'Alerts (minutes left)',
  alertsHint: 'The phone vibrates, or the screen flashes, this many minutes before the end; 0 is the end.',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  reset: 'Reset',
  minutesLeft: (minutes) => (minutes === 1 ? '1 minute left' : `${minutes} minutes left`),
  timeUp: 'Time is up',
  screenMaySleep: 'This phone may dim its screen during the talk; keep it awake in its settings.',
};

const zhCN: PresenterToolsStrings = {
  previewSwitch: '幻灯片预览',
  previewSwitchHint: '在此显示电脑屏幕。关闭后，屏幕内容不会离开电脑。',
  previewImage: '电脑屏幕。按住即可指点。',
  previewOff: '幻灯片预览已关闭。',
  previewWaiting: '正在等待电脑屏幕…',
  previewProblems: {
    'off-on-desktop': '电脑端已关闭幻灯片预览。请在电脑上的 TouchDesk 设置中开启。',
    'no-screen-capture': '此电脑无法在此显示屏幕（目前仅支持 Linux X11）。',
  },
  pointerHint: '按住预览图即可指向该位置，如同激光笔。',
  timerLabel: '演讲计时',
  planSummary: '时长与提醒',
  elapsed: '已用',
  remaining: '剩余',
  durationLabel: '演讲时长（分钟）',
  alertsLabel: '提醒（剩余分钟）',
  alertsHint: '在结束前这些分钟时振动手机或闪烁屏幕；0 表示结束时。',
  start: '开始',
  pause: '暂停',
  resume: '继续',
  reset: '重置',
  minutesLeft: (minutes) => `还剩 ${minutes} 分钟`,
  timeUp: '时间到',
  screenMaySleep: '演讲期间手机屏幕可能会变暗；请在手机设置中保持屏幕常亮。',
};

export const PRESENTER_TOOLS_STRINGS: Readonly<Record<Language, PresenterToolsStrings>> = { en, 'zh-CN': zhCN };
