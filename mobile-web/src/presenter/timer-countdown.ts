/**
 * The talk timer's arithmetic, apart from the page: elapsed and remaining time, and the alerts
 * due, on a clock it is given. The clock is the wall clock (Date.now), not performance.now(),
 * which some phones stop while the screen is off.
 */

export const MINUTE_MS = 60_000;

export interface TalkTimerSettings {
  /** How long the talk may take. */
  readonly durationMs: number;
  /** Times before the end to alert at; 0 is the end itself. */
  readonly alertsBeforeEndMs: readonly number[];
}

/** Five minutes left, one minute left, time is up: what Logitech's timer does by default. */
export const DEFAULT_TIMER_SETTINGS: TalkTimerSettings = {
  durationMs: 20 * MINUTE_MS,
  alertsBeforeEndMs: [5 * MINUTE_MS, MINUTE_MS, 0],
};

export type TimerPhase = 'ready' | 'running' | 'paused';

export interface TimerReading {
  readonly phase: TimerPhase;
  readonly elapsedMs: number;
  /** Negative once the talk runs over. */
  readonly remainingMs: number;
}

export interface TimerAlert {
  /** The time left when it fired, as configured: 0 means the time is up. */
  readonly beforeEndMs: number;
}

export class TalkTimer {
  private phase: TimerPhase = 'ready';
  /** Elapsed time banked by earlier runs, before the last pause. */
  private banked = 0;
  private startedAt = 0;
  /** Alerts not yet given in this talk, largest time left first. */
  private pending: number[];

  constructor(
    private readonly now: () => number,
    private settings: TalkTimerSettings = DEFAULT_TIMER_SETTINGS,
  ) {
    this.pending = this.armedAlerts();
  }

  get current(): TalkTimerSettings {
    return this.settings;
  }

  /** Only before the talk starts (or after a reset): a running talk keeps its plan. */
  configure(settings: TalkTimerSettings): void {
    if (this.phase !== 'ready') return;
    this.settings = settings;
    this.pending = this.armedAlerts();
  }

  start(): void {
    if (this.phase === 'running') return;
    this.phase = 'running';
    this.startedAt = this.now();
  }

  pause(): void {
    if (this.phase !== 'running') return;
    this.banked += this.now() - this.startedAt;
    this.phase = 'paused';
  }

  reset(): void {
    this.phase = 'ready';
    this.banked = 0;
    this.pending = this.armedAlerts();
  }

  read(): TimerReading {
    const elapsedMs = this.phase === 'running' ? this.banked + (this.now() - this.startedAt) : this.banked;
    return { phase: this.phase, elapsedMs, remainingMs: this.settings.durationMs - elapsedMs };
  }

  /**
   * The alerts whose time has come since the last call, each once. A phone that slept through
   * two of them gets both at its next look, in order; the caller may announce only the last.
   */
  dueAlerts(): TimerAlert[] {
    if (this.phase !== 'running') return [];
    const { remainingMs } = this.read();
    const due: TimerAlert[] = [];
    while (this.pending.length > 0 && remainingMs <= (this.pending[0] ?? -Infinity)) {
      due.push({ beforeEndMs: this.pending.shift() ?? 0 });
    }
    return due;
  }

  /** Alerts at or past the talk's length would fire at the start: they are left out. */
  private armedAlerts(): number[] {
    return [...new Set(this.settings.alertsBeforeEndMs)].filter((at) => at >= 0 && at < this.settings.durationMs).sort((a, b) => b - a);
  }
}

/** 1:05, 12:00, 1:02:03, and −0:30 once over time. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  // Remaining time counts whole seconds up: 0:01 is shown until the very end, then 0:00.
  const totalSeconds = ms < 0 ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${sign}${minutes}:${seconds}`;
}
