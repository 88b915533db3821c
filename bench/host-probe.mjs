// Loaded into the host process by the benchmark only (NODE_OPTIONS=--import), never by
// TouchDesk itself: measures the host's event-loop lag without a line of bench code in the
// product. The first SIGUSR2 starts a measurement; the next writes it to the file named by
// TOUCHDESK_BENCH_PROBE_FILE and stops. The histogram's own timer runs only in between, so it
// costs the host nothing the rest of the time.
import { writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.TOUCHDESK_BENCH_PROBE_FILE;
let histogram;
const RESOLUTION_MS = 10;

if (file) {
  process.on('SIGUSR2', () => {
    if (histogram === undefined) {
      histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
      histogram.enable();
      return;
    }
    histogram.disable();
    // The histogram holds the time between its timer's ticks: the lag is what exceeds the interval.
    const ms = (ns) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
    writeFileSync(file, JSON.stringify({ p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) }));
    histogram = undefined;
  });
}
