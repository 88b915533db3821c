import type { TimerAlert } from './timer-countdown.js';

/** Two short buzzes for "time is running out", three long ones for "time is up". */
export const WARNING_VIBRATION = [200, 100, 200] as const;
export const TIME_UP_VIBRATION = [600, 200, 600, 200, 600] as const;

export type AlertKind = 'warning' | 'time-up';

export interface AlertOutputs {
  /** navigator.vibrate where the browser has it; it returns false when it refused. */
  readonly vibrate: ((pattern: number[]) => boolean) | undefined;
  /** Flashes the screen: for phones that cannot vibrate from a web page (iPhones). */
  flash(kind: AlertKind): void;
}

/**
 * Tells the presenter an alert is due without a sound: the phone vibrates in a pocket or a hand;
 * where it cannot (Safari has no Vibration API), the screen flashes instead.
 */
export function signalAlert(alert: TimerAlert, outputs: AlertOutputs): 'vibrated' | 'flashed' {
  const kind: AlertKind = alert.beforeEndMs === 0 ? 'time-up' : 'warning';
  const pattern = [...(kind === 'time-up' ? TIME_UP_VIBRATION : WARNING_VIBRATION)];
  if (outputs.vibrate?.(pattern)) return 'vibrated';
  outputs.flash(kind);
  return 'flashed';
}
