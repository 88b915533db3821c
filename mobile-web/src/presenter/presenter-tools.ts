import type { Language } from '@touchdesk/shared';
import type { PreviewMessage } from '../connection/host-connection.js';
import type { InputMessage } from '../connection/secure-session.js';
import { PRESENTER_TOOLS_STRINGS } from '../i18n/presenter-tools-strings.js';
import type { KeyValueStore } from '../storage/key-value-store.js';
import { PointerOutput } from './pointer-output.js';
import { PreviewSwitch } from './preview-switch.js';
import { createPreviewView } from './preview-view.js';
import { TalkTimer } from './timer-countdown.js';
import { TimerPlanStore } from './timer-plan.js';
import { ScreenAwake, type ScreenAwakeEnvironment } from './timer-screen-awake.js';
import type { AlertKind } from './timer-signal.js';
import { createTimerView } from './timer-view.js';

/** The browser, as main.ts hands it over: this module reads no globals. */
export interface PresenterToolsEnvironment {
  readonly storage: KeyValueStore;
  /** location.host: the switch and the timer's plan are kept per desktop. */
  readonly host: string;
  readonly send: (message: InputMessage) => void;
  readonly requestFrame: (callback: () => void) => void;
  readonly now: () => number;
  readonly every: (ms: number, run: () => void) => () => void;
  readonly after: (ms: number, run: () => void) => void;
  readonly vibrate: ((pattern: number[]) => boolean) | undefined;
  readonly awake: ScreenAwakeEnvironment;
  /** Where the alert flash is drawn: the whole page. */
  readonly flashTarget: HTMLElement;
}

export interface PresenterTools {
  /** Mount points for the presenter view. */
  readonly timer: HTMLElement;
  readonly preview: HTMLElement;
  showPreview(message: PreviewMessage): void;
  connectionChanged(connected: boolean): void;
  /** The presenter is on screen (its tab chosen, the page visible): only then are frames wanted. */
  setShown(shown: boolean): void;
  setEnabled(enabled: boolean): void;
}

/** Long enough to catch the eye from the corner of it, short enough not to hide the slide. */
const FLASH_MS = 1500;

/** The slide preview with its laser pointer, and the talk timer, wired to each other and to the page. */
export function createPresenterTools(language: Language, env: PresenterToolsEnvironment): PresenterTools {
  const words = PRESENTER_TOOLS_STRINGS[language];
  const previews = new PreviewSwitch(env.storage, env.host, env.send);
  const pointer = new PointerOutput(env.send, env.requestFrame);
  const previewView = createPreviewView(
    words,
    (on) => {
      previews.set(on);
      previewView.setOn(on);
    },
    pointer,
  );
  previewView.setOn(previews.on);

  const flash = (kind: AlertKind): void => {
    const name = `is-flashing-${kind}`;
    env.flashTarget.classList.add(name);
    env.after(FLASH_MS, () => env.flashTarget.classList.remove(name));
  };
  const timer = createTimerView(words, {
    timer: new TalkTimer(env.now),
    plan: new TimerPlanStore(env.storage, env.host),
    awake: new ScreenAwake(env.awake),
    alerts: { vibrate: env.vibrate, flash },
    every: env.every,
  });

  return {
    timer,
    preview: previewView.element,
    showPreview: (message) => previewView.show(message),
    connectionChanged: (connected) => previews.setConnected(connected),
    setShown: (shown) => {
      previews.setShown(shown);
      if (!shown) pointer.end();
    },
    setEnabled: (enabled) => previewView.setEnabled(enabled),
  };
}
