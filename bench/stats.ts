/**
 * Latency figures as the table reports them. A sample that had not arrived when the run
 * stopped waiting is censored: its latency is at least the time waited, and a percentile that
 * lands on one is a lower bound ("≥"), never shown as a number it is not.
 */

export interface Sample {
  readonly ms: number;
  /** True when the event never arrived: `ms` is how long it was waited for, a lower bound. */
  readonly censored: boolean;
}

export interface Figure {
  readonly ms: number;
  readonly atLeast: boolean;
}

export interface LatencySummary {
  readonly count: number;
  /** Events that had not arrived when the run stopped waiting. */
  readonly lost: number;
  readonly p50: Figure;
  readonly p95: Figure;
  readonly p99: Figure;
  readonly max: Figure;
}

/** Nearest rank: the smallest sample with at least `p` % of all at or below it. */
function percentile(sorted: readonly Sample[], p: number): Figure {
  const sample = sorted[Math.max(1, Math.ceil((p / 100) * sorted.length)) - 1];
  return sample === undefined ? { ms: Number.NaN, atLeast: false } : { ms: sample.ms, atLeast: sample.censored };
}

export function summarize(samples: readonly Sample[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  return {
    count: sorted.length,
    lost: sorted.filter((sample) => sample.censored).length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
}

/** 0.0123 → "0.012 ms"-style precision for the table: three significant decimals at most. */
export function formatMs(figure: Figure): string {
  if (Number.isNaN(figure.ms)) return '–';
  const text = figure.ms >= 100 ? figure.ms.toFixed(0) : figure.ms >= 10 ? figure.ms.toFixed(1) : figure.ms.toFixed(2);
  return figure.atLeast ? `≥ ${text}` : text;
}

export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
