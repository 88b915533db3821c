import type { PresenterToolsStrings } from '../i18n/presenter-tools-strings.js';
import { element } from '../ui/dom.js';
import { formatDuration, MINUTE_MS, type TalkTimer, type TimerAlert } from './timer-countdown.js';
import { formatAlertMinutes, parseAlertMinutes, parseMinutes, type TimerPlanStore } from './timer-plan.js';
import type { ScreenAwake } from './timer-screen-awake.js';
import { type AlertOutputs, signalAlert } from './timer-signal.js';

export interface TimerViewDeps {
  readonly timer: TalkTimer;
  readonly plan: TimerPlanStore;
  readonly awake: ScreenAwake;
  readonly alerts: AlertOutputs;
  /** window.setInterval and clearInterval. */
  readonly every: (ms: number, run: () => void) => () => void;
}

/** Often enough that the seconds never skip one; the display reads the wall clock each time. */
const REFRESH_MS = 250;

/**
 * The talk timer: elapsed and remaining time, large; Start/Pause and Reset; the talk's length
 * and the alert times, which can be changed before the talk starts. While the talk runs (and
 * while it is paused) the screen is kept awake; alerts vibrate or flash (timer-signal.ts) and
 * are written out in an alert region for screen readers.
 */
export function createTimerView(words: PresenterToolsStrings, deps: TimerViewDeps): HTMLElement {
  const { timer, plan } = deps;
  const elapsed = element('span', { class: 'timer__value', id: 'timer-elapsed' });
  const remaining = element('span', { class: 'timer__value timer__value--remaining', id: 'timer-remaining' });
  const readout = element('div', { class: 'timer__readout' }, [
    element('div', { class: 'timer__cell' }, [element('span', { class: 'timer__caption' }, [words.elapsed]), elapsed]),
    element('div', { class: 'timer__cell' }, [element('span', { class: 'timer__caption' }, [words.remaining]), remaining]),
  ]);
  const startPause = element('button', { type: 'button', class: 'key key--wide' });
  const reset = element('button', { type: 'button', class: 'key' }, [words.reset]);
  const duration = element('input', { type: 'text', inputmode: 'numeric', class: 'timer__field', 'aria-label': words.durationLabel, autocomplete: 'off' });
  const alertTimes = element('input', { type: 'text', inputmode: 'numeric', class: 'timer__field', 'aria-label': words.alertsLabel, 'aria-describedby': 'timer-alerts-hint', autocomplete: 'off' });
  const planRow = element('details', { class: 'timer__plan' }, [
    element('summary', { class: 'timer__summary' }, [words.planSummary]),
    element('label', { class: 'timer__label' }, [words.durationLabel, duration]),
    element('label', { class: 'timer__label' }, [words.alertsLabel, alertTimes]),
    element('p', { class: 'preview__hint', id: 'timer-alerts-hint' }, [words.alertsHint]),
  ]);
  const announcement = element('p', { class: 'timer__alert', role: 'alert' });
  const note = element('p', { class: 'preview__hint' });
  const root = element('section', { class: 'timer', 'aria-label': words.timerLabel }, [readout, element('div', { class: 'timer__buttons' }, [startPause, reset]), announcement, planRow, note]);

  timer.configure(plan.load());
  duration.value = String(Math.round(timer.current.durationMs / MINUTE_MS));
  alertTimes.value = formatAlertMinutes(timer.current.alertsBeforeEndMs);
  note.hidden = true;

  let stopTicking: (() => void) | undefined;
  const render = (): void => {
    const reading = timer.read();
    elapsed.textContent = formatDuration(reading.elapsedMs);
    remaining.textContent = formatDuration(reading.remainingMs);
    root.classList.toggle('is-over', reading.remainingMs < 0);
    startPause.textContent = reading.phase === 'running' ? words.pause : reading.phase === 'paused' ? words.resume : words.start;
    duration.disabled = reading.phase !== 'ready';
    alertTimes.disabled = reading.phase !== 'ready';
  };
  const announce = (alert: TimerAlert): void => {
    announcement.textContent = alert.beforeEndMs === 0 ? words.timeUp : words.minutesLeft(Math.round(alert.beforeEndMs / MINUTE_MS));
    signalAlert(alert, deps.alerts);
  };
  const tick = (): void => {
    // A phone that slept past several alerts gives the latest one only.
    const due = timer.dueAlerts().at(-1);
    if (due !== undefined) announce(due);
    render();
  };
  const changePlan = (): void => {
    const durationMs = parseMinutes(duration.value);
    const alertsBeforeEndMs = parseAlertMinutes(alertTimes.value);
    duration.setAttribute('aria-invalid', String(durationMs === null));
    alertTimes.setAttribute('aria-invalid', String(alertsBeforeEndMs === null));
    if (durationMs === null || alertsBeforeEndMs === null) return;
    timer.configure({ durationMs, alertsBeforeEndMs });
    plan.save(timer.current);
    render();
  };
  duration.addEventListener('change', changePlan);
  alertTimes.addEventListener('change', changePlan);

  startPause.addEventListener('click', () => {
    if (timer.read().phase === 'running') {
      timer.pause();
      stopTicking?.();
      stopTicking = undefined;
    } else {
      timer.start();
      announcement.textContent = '';
      stopTicking ??= deps.every(REFRESH_MS, tick);
      // From the tap itself: the video fallback may only start from a user's gesture.
      void deps.awake.keep().then((method) => {
        note.textContent = words.screenMaySleep;
        note.hidden = method !== 'none';
        // How the screen is kept on, for whoever debugs a phone that dims anyway.
        root.setAttribute('data-screen-awake', method);
      });
    }
    render();
  });
  reset.addEventListener('click', () => {
    timer.reset();
    stopTicking?.();
    stopTicking = undefined;
    deps.awake.release();
    root.removeAttribute('data-screen-awake');
    announcement.textContent = '';
    note.hidden = true;
    render();
  });

  render();
  return root;
}
