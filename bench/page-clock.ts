import type { CDPSession, Page } from 'playwright-core';

/**
 * Converts a browser page's performance.now() to this process's. Both read the same monotonic
 * clock with different origins, so the difference is one constant, found as NTP does: ask the
 * page for its time many times and trust the answer with the shortest round trip, whose error
 * is at most half that round trip (reported, typically well under 0.1 ms).
 */
export interface PageClock {
  /** This process's performance.now() at the page's `pageTime`. */
  toLocal(pageTime: number): number;
  /** Half the best round trip: how far off a converted time can be. */
  readonly uncertaintyMs: number;
}

export async function pageClock(page: Page, rounds = 200): Promise<PageClock> {
  const session: CDPSession = await page.context().newCDPSession(page);
  try {
    let best = { roundTrip: Infinity, offset: 0 };
    for (let i = 0; i < rounds; i++) {
      const sent = performance.now();
      const answer = await session.send('Runtime.evaluate', { expression: 'performance.now()', returnByValue: true });
      const received = performance.now();
      const roundTrip = received - sent;
      if (roundTrip < best.roundTrip) best = { roundTrip, offset: (answer.result.value as number) - (sent + received) / 2 };
    }
    const { offset, roundTrip } = best;
    return { toLocal: (pageTime) => pageTime - offset, uncertaintyMs: roundTrip / 2 };
  } finally {
    await session.detach();
  }
}
