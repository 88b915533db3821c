import { formatMs, type LatencySummary } from './stats.js';

/** Everything one `npm run bench` measured, as bench/results/latest.json holds it. */
export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpus: number;
    readonly cpuModel: string;
    readonly node: string;
    /** The 1-minute load average when the run started and when it ended. */
    readonly loadAverage: readonly number[];
  };
  readonly rates: readonly number[];
  readonly durationMs: number;
  /** How long the finger moved on TouchDesk's page, unmeasured, before the first rate. */
  readonly warmUpMs: number;
  readonly move: {
    readonly touchdesk: Readonly<Record<number, { added: LatencySummary; endToEnd: LatencySummary; pageEvents: number; steps: number; gain: number }>>;
    readonly floor: Readonly<Record<number, LatencySummary>>;
    readonly naive: Readonly<Record<number, { added: LatencySummary; endToEnd: LatencySummary; pageEvents: number; steps: number }>>;
    /** TouchDesk's path in two halves: Chromium handing frames to a bare server, and the host driven by a client in the benchmark. */
    readonly partsAt240Hz: { readonly browserWebSocket: LatencySummary; readonly hostAlone: LatencySummary };
  };
  readonly tap: { readonly touchdesk: LatencySummary; readonly floor: LatencySummary; readonly naive: LatencySummary };
  readonly character: { readonly touchdesk: LatencySummary; readonly floor: LatencySummary; readonly naive: LatencySummary };
  readonly host: {
    /** Per 1,000 finger steps dispatched… */
    readonly cpuMsPer1000Steps: Readonly<Record<number, number>>;
    /** …and per 1,000 touchmove events the page received, each at most one message to the host. */
    readonly cpuMsPer1000Touchmoves: Readonly<Record<number, number>>;
    readonly coreShareAt120HzPercent: number;
    readonly rssIdleMb: number;
    readonly rssLoadMb: number;
    readonly eventLoopLagP99Ms: number;
  };
  readonly phonePageJsGzipKb: number;
  readonly pairingToFirstMoveMs: number;
  readonly paste1000CharsMs: readonly number[];
  /** How far off a page's time can be on this process's clock: 0 where both share CLOCK_MONOTONIC (page-clock.ts). */
  readonly clockUncertaintyMs: number;
  /** How each page's clock was put on this process's, and how far the round-trip estimate was from it. */
  readonly clocks: string;
  /** How the thread stamping the X pointer's events was scheduled (x-pointer-worker.mjs). */
  readonly pointerWatcher: string;
  readonly targets: readonly Target[];
}

export interface Target {
  readonly name: string;
  readonly measured: string;
  readonly goal: string;
  readonly pass: boolean;
}

type TargetInput = Omit<BenchResults, 'targets' | 'date' | 'machine'>;

export function targets(r: TargetInput): Target[] {
  const at240 = r.move.touchdesk[240];
  const floor240 = r.move.floor[240];
  const ratioAt = (rate: number) => {
    const ours = r.move.touchdesk[rate]?.added.p99.ms ?? Number.NaN;
    const naive = r.move.naive[rate]?.added.p99 ?? { ms: Number.NaN, atLeast: false };
    return { ratio: naive.ms / ours, atLeast: naive.atLeast };
  };
  const ratioText = (entry: { ratio: number; atLeast: boolean }) => `${entry.atLeast ? '≥ ' : ''}${entry.ratio.toFixed(1)}×`;
  // Judged at 240 Hz, the rate the latency targets name. At the slower rates the naive remote's
  // animation (1 ms a pixel) keeps up with a finger stepping 2 px a sample, so the gap there is
  // its per-message cost alone; those ratios are shown beside it, not hidden.
  const slower = r.rates.filter((rate) => rate !== 240);
  const ratio240 = ratioAt(240);
  const p50Gap = (at240?.added.p50.ms ?? Number.NaN) - (floor240?.p50.ms ?? Number.NaN);
  return [
    { name: 'added p99 at 240 Hz', measured: `${formatMs(at240?.added.p99 ?? { ms: Number.NaN, atLeast: false })} ms`, goal: '≤ 3 ms', pass: (at240?.added.p99.ms ?? Infinity) <= 3 && !at240?.added.p99.atLeast },
    { name: 'p50 above the physical floor, 240 Hz', measured: `${p50Gap.toFixed(2)} ms`, goal: '≤ 1 ms', pass: p50Gap <= 1 },
    {
      name: `naive p99 ÷ TouchDesk p99 at 240 Hz (at ${slower.join(' / ')} Hz)`,
      measured: `${ratioText(ratio240)} (${slower.map((rate) => ratioText(ratioAt(rate))).join(' / ')})`,
      goal: '≥ 50×',
      pass: ratio240.ratio >= 50,
    },
    { name: 'host CPU at 120 Hz', measured: `${r.host.coreShareAt120HzPercent.toFixed(2)} % of a core`, goal: '≤ 3 %', pass: r.host.coreShareAt120HzPercent <= 3 },
    { name: 'host RSS under load', measured: `${r.host.rssLoadMb.toFixed(1)} MB`, goal: '≤ 80 MB', pass: r.host.rssLoadMb <= 80 },
    { name: 'phone page JS, gzipped', measured: `${r.phonePageJsGzipKb.toFixed(1)} KB`, goal: '≤ 60 KB', pass: r.phonePageJsGzipKb <= 60 },
  ];
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const figures = (s: LatencySummary) => [formatMs(s.p50), formatMs(s.p95), formatMs(s.p99), formatMs(s.max), s.lost > 0 ? `${s.lost}/${s.count}` : '0'];

/** The tables for the terminal and the README (Markdown renders in both). */
export function markdown(r: BenchResults): string {
  const lines: string[] = [];
  lines.push(`Latency in ms (p50 / p95 / p99 / max; "lost" = never arrived within the run; "≥" = a lower bound). ${r.durationMs / 1000} s per rate, after ${r.warmUpMs / 1000} s of warm-up strokes on TouchDesk.`, '');
  lines.push(row(['what', 'path', 'p50', 'p95', 'p99', 'max', 'lost']));
  lines.push(row(['---', '---', '---:', '---:', '---:', '---:', '---:']));
  for (const rate of r.rates) {
    const ours = r.move.touchdesk[rate];
    const naive = r.move.naive[rate];
    const floor = r.move.floor[rate];
    if (floor) lines.push(row([`move ${rate} Hz`, 'physical floor (nut-js setPosition, in process)', ...figures(floor)]));
    if (ours) lines.push(row([`move ${rate} Hz`, '**TouchDesk**, page touchmove → X pointer', ...figures(ours.added)]));
    if (ours) lines.push(row([`move ${rate} Hz`, 'TouchDesk, CDP dispatch → X pointer', ...figures(ours.endToEnd)]));
    if (rate === 240) {
      lines.push(row([`move ${rate} Hz`, 'its part in Chromium: page touchmove → a bare WebSocket server, no TouchDesk', ...figures(r.move.partsAt240Hz.browserWebSocket)]));
      lines.push(row([`move ${rate} Hz`, 'its part in the host: sealed moves from a client in the benchmark → X pointer', ...figures(r.move.partsAt240Hz.hostAlone)]));
    }
    if (naive) lines.push(row([`move ${rate} Hz`, 'naive (JSON/ws, nut-js defaults), page touchmove → X pointer', ...figures(naive.added)]));
  }
  for (const [what, set] of [['tap → click', r.tap], ['typed character', r.character]] as const) {
    lines.push(row([what, 'physical floor (nut-js, in process) → desktop window', ...figures(set.floor)]));
    lines.push(row([what, '**TouchDesk**, phone page → desktop window', ...figures(set.touchdesk)]));
    lines.push(row([what, 'naive, phone page → desktop window', ...figures(set.naive)]));
  }
  lines.push('', row(['measure', 'value']), row(['---', '---:']));
  for (const rate of r.rates) {
    const perStep = (r.host.cpuMsPer1000Steps[rate] ?? Number.NaN).toFixed(0);
    const perTouchmove = (r.host.cpuMsPer1000Touchmoves[rate] ?? Number.NaN).toFixed(0);
    lines.push(row([`host CPU at ${rate} Hz, per 1,000 finger steps / page touchmoves`, `${perStep} ms / ${perTouchmove} ms`]));
  }
  lines.push(row(['host CPU at 120 Hz', `${r.host.coreShareAt120HzPercent.toFixed(2)} % of one core`]));
  lines.push(row(['host RSS idle / under load', `${r.host.rssIdleMb.toFixed(1)} MB / ${r.host.rssLoadMb.toFixed(1)} MB`]));
  lines.push(row(['host event-loop lag p99 (under load)', `${r.host.eventLoopLagP99Ms.toFixed(2)} ms`]));
  lines.push(row(['phone page JavaScript, gzipped', `${r.phonePageJsGzipKb.toFixed(1)} KB`]));
  lines.push(row(['opening the pairing URL → first injected move', `${r.pairingToFirstMoveMs.toFixed(0)} ms`]));
  lines.push(row(['text typer: 1,000-character English + Chinese paste', r.paste1000CharsMs.map((ms) => `${ms.toFixed(0)} ms`).join(', ')]));
  lines.push(row(['page clocks (phone / desktop / naive) on the benchmark process clock', `${r.clocks}, ± ${r.clockUncertaintyMs.toFixed(3)} ms`]));
  lines.push(row(['thread stamping the X pointer events', r.pointerWatcher]));
  lines.push('', row(['target', 'measured', 'goal', '']), row(['---', '---:', '---:', '---']));
  for (const target of r.targets) lines.push(row([target.name, target.measured, target.goal, target.pass ? 'pass' : '**miss**']));
  lines.push('', `${r.date}, ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, load average ${r.machine.loadAverage.join(' → ')}.`);
  return lines.join('\n');
}
