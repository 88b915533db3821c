import type { KeyValueStore } from '../storage/key-value-store.js';
import { DEFAULT_TIMER_SETTINGS, MINUTE_MS, type TalkTimerSettings } from './timer-countdown.js';

/** Longer than any talk, short enough that a typo (2000 for 20) is caught. */
const MAX_MINUTES = 600;
const MAX_ALERTS = 8;

/** "20" → 20 minutes; null for anything that is not a whole number of minutes from 1 to 600. */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MAX_MINUTES ? minutes * MINUTE_MS : null;
}

/** "5, 1, 0" (commas, spaces or the Chinese comma) → alert times before the end; null if any part is not a number. */
export function parseAlertMinutes(text: string): number[] | null {
  const parts = text.split(/[\s,，、]+/).filter((part) => part.length > 0);
  if (parts.length > MAX_ALERTS) return null;
  const alerts: number[] = [];
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    alerts.push(Number(part) * MINUTE_MS);
  }
  return [...new Set(alerts)].sort((a, b) => b - a);
}

export function formatAlertMinutes(alerts: readonly number[]): string {
  return alerts.map((ms) => String(Math.round(ms / MINUTE_MS))).join(', ');
}

/** Beside the device credential: one plan per desktop, as talks are given from one. */
export function timerPlanKey(host: string): string {
  return `touchdesk.timer.v1@${host}`;
}

/** The talk's length and alerts as the user last set them, kept on the phone. */
export class TimerPlanStore {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
  ) {
    this.key = timerPlanKey(host);
  }

  load(): TalkTimerSettings {
    try {
      const [duration = '', alerts = ''] = (this.storage.getItem(this.key) ?? '').split('|');
      const durationMs = parseMinutes(duration);
      const alertsBeforeEndMs = parseAlertMinutes(alerts);
      if (durationMs !== null && alertsBeforeEndMs !== null) return { durationMs, alertsBeforeEndMs };
    } catch {
      // Unreadable storage: the defaults.
    }
    return DEFAULT_TIMER_SETTINGS;
  }

  save(plan: TalkTimerSettings): void {
    try {
      this.storage.setItem(this.key, `${Math.round(plan.durationMs / MINUTE_MS)}|${formatAlertMinutes(plan.alertsBeforeEndMs)}`);
    } catch {
      // Not remembered past this page.
    }
  }
}
