import type { CDPSession, Page } from 'playwright-core';

/**
 * Converts a browser page's performance.now() to this process's. Both count from an origin of
 * their own on CLOCK_MONOTONIC (Chromium's TimeTicks and Node's hrtime on Linux), so the
 * difference is one constant. Chromium tells the page's origin on that clock (the DevTools
 * protocol's NavigationStart metric, which is where performance.now() counts from) and Node
 * tells its own: the constant then comes with no error. That is checked against the estimate
 * NTP would make (ask the page for its time many times, trust the answer with the shortest
 * round trip, off by at most half of it and a step of the page's clock); should the two
 * disagree by more, as they would on a Chromium whose clocks work otherwise, the estimate is
 * used. The estimate alone was off by -0.03 to +0.14 ms, mostly putting page events early,
 * which counted against TouchDesk: the question takes longer to reach the page than its
 * answer takes to come back.
 */
export interface PageClock {
  /** This process's performance.now() at the page's `pageTime`. */
  toLocal(pageTime: number): number;
  /** How the constant was found: from both origins on the shared clock, or by round trips. */
  readonly method: 'shared clock' | 'round trips';
  /** How far off the constant can be: 0 on the shared clock, else half the best round trip and a page clock step. */
  readonly uncertaintyMs: number;
  /** The round-trip estimate's distance from the shared clock's constant (NaN where unknown). */
  readonly estimateOffByMs: number;
}

/**
 * Chromium gives a page that is not cross-origin isolated performance.now() in steps of 0.1 ms
 * (rounded up or down at random): a page's reading is off by up to this much.
 */
export const PAGE_CLOCK_STEP_MS = 0.1;

export async function pageClock(page: Page, rounds = 200): Promise<PageClock> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    const estimate = await roundTripEstimate(session, rounds);
    const shared = await sharedClockOffset(session);
    const offBy = shared === undefined ? Number.NaN : estimate.offset - shared;
    if (Math.abs(offBy) <= estimate.uncertaintyMs) {
      return { toLocal: (pageTime) => pageTime - (shared as number), method: 'shared clock', uncertaintyMs: 0, estimateOffByMs: offBy };
    }
    return { toLocal: (pageTime) => pageTime - estimate.offset, method: 'round trips', uncertaintyMs: estimate.uncertaintyMs, estimateOffByMs: offBy };
  } finally {
    await session.detach();
  }
}

/** The page's performance.now() minus this process's, at the same moment, as NTP estimates it. */
async function roundTripEstimate(session: CDPSession, rounds: number): Promise<{ offset: number; uncertaintyMs: number }> {
  let best = { roundTrip: Infinity, offset: 0 };
  for (let i = 0; i < rounds; i++) {
    const sent = performance.now();
    const answer = await session.send('Runtime.evaluate', { expression: 'performance.now()', returnByValue: true });
    const received = performance.now();
    const roundTrip = received - sent;
    if (roundTrip < best.roundTrip) best = { roundTrip, offset: (answer.result.value as number) - (sent + received) / 2 };
  }
  return { offset: best.offset, uncertaintyMs: best.roundTrip / 2 + PAGE_CLOCK_STEP_MS };
}

/** The same difference from both origins on CLOCK_MONOTONIC, or undefined where Chromium does not tell its own. */
async function sharedClockOffset(session: CDPSession): Promise<number | undefined> {
  await session.send('Performance.enable');
  try {
    const { metrics } = await session.send('Performance.getMetrics');
    const navigationStartS = metrics.find((metric) => metric.name === 'NavigationStart')?.value;
    if (navigationStartS === undefined || navigationStartS <= 0) return undefined;
    const localOriginMs = Number(process.hrtime.bigint()) / 1e6 - performance.now();
    return localOriginMs - navigationStartS * 1000;
  } finally {
    await session.send('Performance.disable');
  }
}
