import type { Sample } from './stats.js';

/**
 * The latency CDF as a small standalone SVG: one line per series, milliseconds on a log scale
 * (the floor and the naive reference are four orders of magnitude apart). A censored sample is
 * drawn at its lower bound, so a naive line that stops short of 100 % means moves never seen.
 */
export interface CdfSeries {
  readonly label: string;
  readonly color: string;
  readonly samples: readonly Sample[];
}

const WIDTH = 760;
const HEIGHT = 380;
const MARGIN = { left: 56, right: 16, top: 16, bottom: 92 };
const MIN_MS = 0.01;
const MAX_MS = 100_000;

const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;

function xOf(ms: number): number {
  const clamped = Math.min(MAX_MS, Math.max(MIN_MS, ms));
  return MARGIN.left + (plotWidth * Math.log10(clamped / MIN_MS)) / Math.log10(MAX_MS / MIN_MS);
}

function yOf(fraction: number): number {
  return MARGIN.top + plotHeight * (1 - fraction);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fixed = (value: number) => value.toFixed(1);

function line(series: CdfSeries): string {
  const arrived = series.samples.filter((sample) => !sample.censored).map((sample) => sample.ms).sort((a, b) => a - b);
  const total = series.samples.length;
  if (arrived.length === 0 || total === 0) return '';
  // Downsampled to at most ~300 points: the shape, not every step, is what the eye reads.
  const stride = Math.max(1, Math.floor(arrived.length / 300));
  const points: string[] = [`${fixed(xOf(arrived[0] as number))},${fixed(yOf(0))}`];
  for (let i = 0; i < arrived.length; i += stride) points.push(`${fixed(xOf(arrived[i] as number))},${fixed(yOf((i + 1) / total))}`);
  points.push(`${fixed(xOf(arrived.at(-1) as number))},${fixed(yOf(arrived.length / total))}`);
  return `<polyline fill="none" stroke="${series.color}" stroke-width="2" points="${points.join(' ')}"/>`;
}

export function cdfSvg(title: string, series: readonly CdfSeries[]): string {
  const ticks: string[] = [];
  for (let ms = MIN_MS; ms <= MAX_MS; ms *= 10) {
    const x = fixed(xOf(ms));
    const label = ms >= 1000 ? `${ms / 1000} s` : `${Number(ms.toPrecision(1))} ms`;
    ticks.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#ddd"/>`);
    ticks.push(`<text x="${x}" y="${MARGIN.top + plotHeight + 16}" text-anchor="middle">${label}</text>`);
  }
  for (const fraction of [0, 0.5, 0.95, 1]) {
    const y = fixed(yOf(fraction));
    ticks.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    ticks.push(`<text x="${MARGIN.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${fraction * 100}%</text>`);
  }
  const legend = series.map((entry, i) => {
    const x = MARGIN.left + (i % 3) * 240;
    const y = HEIGHT - 44 + Math.floor(i / 3) * 18;
    return `<line x1="${x}" x2="${x + 22}" y1="${y}" y2="${y}" stroke="${entry.color}" stroke-width="3"/><text x="${x + 28}" y="${y}" dominant-baseline="middle">${escape(entry.label)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<title>${escape(title)}</title>`,
    ...ticks,
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
    ...series.map(line),
    `<text x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 62}" text-anchor="middle">${escape(title)}</text>`,
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
