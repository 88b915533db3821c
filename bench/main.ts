import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { FLAT_POINTER_FEEL } from '../desktop/src/core/pointer-acceleration.js';
import { launchDesktopWindow, launchPhone } from '../e2e/harness/chromium.js';
import { startHost } from '../e2e/harness/host-process.js';
import { fixturesDir } from '../e2e/harness/paths.js';
import { trackpad } from '../e2e/harness/phone-page.js';
import { serveStatic } from '../e2e/harness/static-server.js';
import { TARGET_PAGE } from '../e2e/harness/target-page.js';
import { startXDisplay } from '../e2e/harness/x-display.js';
import { movePointer } from '../e2e/harness/x-readback.js';
import { browserWebSocketRun } from './browser-websocket.js';
import { cdfSvg } from './cdf-svg.js';
import { directActs, type Ends, phoneCharacters, phoneTaps } from './discrete-input.js';
import { FloorHands, floorRun } from './floor.js';
import { hostAloneRun } from './host-alone.js';
import { eventLoopLag, peakRssMb, rssMb } from './host-usage.js';
import { startNaiveHost } from './naive/start-naive-host.js';
import { type PageClock, pageClock } from './page-clock.js';
import { phonePageJsGzipKb } from './page-weight.js';
import { pairingToFirstMoveMs } from './pairing-time.js';
import { pasteMs } from './paste-time.js';
import { type BenchResults, markdown, targets } from './report.js';
import { round3, type Sample, summarize } from './stats.js';
import { touchSocket } from './touch-socket.js';
import { trackpadRun, type TrackpadRun } from './trackpad-run.js';
import { XPointerWatcher } from './x-pointer-watcher.js';

/**
 * `npm run bench`: TouchDesk's latency and cost on a real X server, side by side with the
 * physical floor and the naive remote, written to bench/results/ (latest.json, latest.md,
 * latency-cdf.svg) and printed. Targets are columns in the table, never assertions.
 */
const RATES = [60, 120, 240] as const;
/** 10 s a rate, as published; TOUCHDESK_BENCH_SECONDS shortens a trial run. */
const DURATION_MS = 1000 * Number(process.env.TOUCHDESK_BENCH_SECONDS ?? 10);
/**
 * A host that has just started runs its JavaScript unoptimised: V8 compiles the hot path after
 * a few thousand messages. The figures are for a host in use, as after its first minute, so
 * the finger moves this long before anything is measured.
 */
const WARM_UP_MS = 30_000;
const TAPS = 30;
const CHARACTERS = 30;
/** The naive host needs 100 ms and more per call: it gets fewer, or the run would take many minutes. */
const NAIVE_TAPS = 10;
const NAIVE_PATIENCE_MS = 5_000;
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const PROBE = fileURLToPath(new URL('./host-probe.mjs', import.meta.url));

const log = (text: string) => process.stderr.write(`bench: ${text}\n`);
/** Other work on the machine shows in every figure: the load average is kept with them. */
const loadAtStart = loadavg()[0] ?? Number.NaN;

const x = await startXDisplay();
const display = x.display;
const work = await mkdtemp(join(tmpdir(), 'touchdesk-bench-'));
const targetServer = await serveStatic(fixturesDir);
const desktop = await launchDesktopWindow(display, targetServer.url + TARGET_PAGE);
const pointer = await XPointerWatcher.open(display);
const probeFile = join(work, 'loop-lag.json');
// Flat: the pointer goes exactly 1.5 screen pixels per finger pixel, so the benchmark knows
// where each step must land. Acceleration changes where, not when, and is unit-tested apart.
const configDir = join(work, 'config');
await mkdir(configDir);
await writeFile(join(configDir, 'settings.json'), JSON.stringify({ pointer: FLAT_POINTER_FEEL }));
const host = await startHost({ display, configDir, env: { NODE_OPTIONS: `--import=${PROBE}`, TOUCHDESK_BENCH_PROBE_FILE: probeFile } });
const phone = await launchPhone({ devToolsSocket: true });
const hands = FloorHands.start(display);
try {
  const fingerOn = (page: Page) => touchSocket(page, phone.devToolsUrl);
  const phoneFinger = await fingerOn(phone.page);
  log('pairing a fresh phone');
  const pairingMs = await pairingToFirstMoveMs(phone.page, host.ready.pairingUrl, display, pointer);
  const phoneClock = await pageClock(phone.page);
  const desktopClock = await pageClock(desktop.page);
  const pad = trackpad(phone.page);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssIdleMb = await rssMb(host.pid);

  const touchdesk: Record<number, TrackpadRun> = {};
  const load = await peakRssMb(host.pid, () =>
    eventLoopLag(host.pid, probeFile, async () => {
      log(`warming up: ${WARM_UP_MS / 1000} s of strokes at 240 Hz, not measured`);
      await trackpadRun({ display, page: phone.page, pad, clock: phoneClock, pointer, rateHz: 240, durationMs: WARM_UP_MS, patienceMs: 500 });
      for (const rate of RATES) {
        log(`TouchDesk, moves at ${rate} Hz`);
        touchdesk[rate] = await trackpadRun({ display, page: phone.page, pad, clock: phoneClock, pointer, rateHz: rate, durationMs: DURATION_MS, patienceMs: 500, hostPid: host.pid });
      }
    }),
  );

  const floor: Record<number, Sample[]> = {};
  for (const rate of RATES) {
    log(`physical floor at ${rate} Hz`);
    floor[rate] = await floorRun(hands, display, pointer, rate, DURATION_MS);
  }

  log('where the time goes at 240 Hz: the phone browser alone, then the host alone');
  const partsPage = await phone.context.newPage();
  const partsFinger = await fingerOn(partsPage);
  const browserAlone = await browserWebSocketRun(partsPage, 240, DURATION_MS);
  await partsFinger.close();
  await partsPage.close();
  const hostAlone = await hostAloneRun(host, display, pointer, 240, DURATION_MS);

  const ends: Ends = { desktop: desktop.page, desktopClock, patienceMs: 500 };
  const textArea = await desktop.screenPointOf(desktop.page.locator('#text'));
  await movePointer(display, textArea.x, textArea.y);
  await hands.click();
  log('taps and characters');
  const tapOurs = await phoneTaps(ends, phone.page, phoneClock, pad, TAPS, 400);
  const tapFloor = await directActs(ends, 'mousedown', TAPS, 100, () => hands.click());
  await phone.page.getByRole('tab', { name: 'Keyboard' }).click();
  const characterOurs = await phoneCharacters(ends, phone.page, phoneClock, phone.page.getByRole('textbox', { name: 'Type on the desktop' }), CHARACTERS, 150);
  const characterFloor = await directActs(ends, 'input', CHARACTERS, 100, () => hands.type('a'));
  log('text typer paste');
  const paste = await pasteMs(display, desktop.page, 3);

  const naivePage = await phone.context.newPage();
  const naiveFinger = await fingerOn(naivePage);
  const naivePad = naivePage.locator('#pad');
  /** A fresh naive host (a new one drops the old one's backlog) and its page; each load restarts the page's clock. */
  const openNaive = async () => {
    const naiveHost = await startNaiveHost(display);
    await naivePage.goto(naiveHost.url);
    await naivePage.waitForFunction(() => document.title === 'Connected');
    return { naiveHost, naiveClock: await pageClock(naivePage) };
  };
  const naive: Record<number, TrackpadRun> = {};
  for (const rate of RATES) {
    log(`naive reference, moves at ${rate} Hz (its backlog takes a while)`);
    const { naiveHost, naiveClock } = await openNaive();
    naive[rate] = await trackpadRun({ display, page: naivePage, pad: naivePad, clock: naiveClock, pointer, rateHz: rate, durationMs: DURATION_MS, patienceMs: NAIVE_PATIENCE_MS, settleMs: 4000 });
    await naiveHost.stop();
  }
  const { naiveHost, naiveClock } = await openNaive();
  await movePointer(display, textArea.x, textArea.y);
  const naiveEnds: Ends = { ...ends, patienceMs: 3000 };
  const tapNaive = await phoneTaps(naiveEnds, naivePage, naiveClock, naivePad, NAIVE_TAPS, 400);
  const characterNaive = await phoneCharacters(naiveEnds, naivePage, naiveClock, naivePage.locator('#field'), NAIVE_TAPS, 150);
  await naiveHost.stop();
  await naiveFinger.close();
  await phoneFinger.close();

  const at120 = touchdesk[120];
  const measured = {
    rates: [...RATES],
    durationMs: DURATION_MS,
    warmUpMs: WARM_UP_MS,
    move: {
      touchdesk: Object.fromEntries(RATES.map((rate) => [rate, moveSummary(touchdesk[rate] as TrackpadRun)])),
      floor: Object.fromEntries(RATES.map((rate) => [rate, summarize(floor[rate] ?? [])])),
      naive: Object.fromEntries(RATES.map((rate) => [rate, moveSummary(naive[rate] as TrackpadRun)])),
      partsAt240Hz: { browserWebSocket: summarize(browserAlone), hostAlone: summarize(hostAlone) },
    },
    tap: { touchdesk: summarize(tapOurs), floor: summarize(tapFloor), naive: summarize(tapNaive) },
    character: { touchdesk: summarize(characterOurs), floor: summarize(characterFloor), naive: summarize(characterNaive) },
    host: {
      cpuMsPer1000Steps: Object.fromEntries(RATES.map((rate) => [rate, round3((1000 * (touchdesk[rate]?.hostCpuMs ?? Number.NaN)) / (touchdesk[rate]?.steps ?? 1))])),
      cpuMsPer1000Touchmoves: Object.fromEntries(RATES.map((rate) => [rate, round3((1000 * (touchdesk[rate]?.hostCpuMs ?? Number.NaN)) / (touchdesk[rate]?.pageEvents ?? 1))])),
      coreShareAt120HzPercent: round3((100 * (at120?.hostCpuMs ?? Number.NaN)) / (at120?.hostCpuWindowMs ?? 1)),
      rssIdleMb: round3(rssIdleMb),
      rssLoadMb: round3(load.peakMb),
      eventLoopLagP99Ms: round3(load.result.lag.p99Ms),
    },
    phonePageJsGzipKb: round3(await phonePageJsGzipKb()),
    pairingToFirstMoveMs: round3(pairingMs),
    paste1000CharsMs: paste.map(round3),
    clockUncertaintyMs: round3(Math.max(phoneClock.uncertaintyMs, desktopClock.uncertaintyMs, naiveClock.uncertaintyMs)),
    clocks: clocksText([phoneClock, desktopClock, naiveClock]),
    pointerWatcher: pointer.priority,
  };
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, loadAverage: [loadAtStart, loadavg()[0] ?? Number.NaN].map(round3) },
    ...measured,
    targets: targets(measured),
  };
  const table = markdown(results);
  await writeFile(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(join(RESULTS, 'latest.md'), `${table}\n`);
  await writeFile(
    join(RESULTS, 'latency-cdf.svg'),
    cdfSvg('Pointer move latency at 240 Hz (log scale)', [
      { label: 'physical floor', color: '#2a9d8f', samples: floor[240] ?? [] },
      { label: 'TouchDesk (page touchmove → X)', color: '#1d4ed8', samples: touchdesk[240]?.added ?? [] },
      { label: 'TouchDesk (CDP dispatch → X)', color: '#7c3aed', samples: touchdesk[240]?.endToEnd ?? [] },
      { label: 'naive (page touchmove → X)', color: '#dc2626', samples: naive[240]?.added ?? [] },
    ]),
  );
  process.stdout.write(`${table}\n`);
} finally {
  await hands.stop();
  await pointer.close();
  await phone.close();
  await host.stop();
  await desktop.close();
  await targetServer.close();
  await x.stop();
  await rm(work, { recursive: true, force: true });
}

/** "shared clock (round trips: 0.06 / 0.04 / 0.05 ms off)": the method each page got, and how far the estimate would have been. */
function clocksText(clocks: readonly PageClock[]): string {
  const methods = [...new Set(clocks.map((clock) => clock.method))].join(' / ');
  return `${methods} (round trips: ${clocks.map((clock) => clock.estimateOffByMs.toFixed(2)).join(' / ')} ms off)`;
}

function moveSummary(run: TrackpadRun) {
  return { added: summarize(run.added), endToEnd: summarize(run.endToEnd), pageEvents: run.pageEvents, steps: run.steps, gain: round3(run.gain) };
}
