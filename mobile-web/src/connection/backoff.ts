/** First wait after a lost connection: short, because a blip is the common case. */
export const RECONNECT_BASE_MS = 250;
/** Never wait longer than this: someone is holding the phone and waiting. */
export const RECONNECT_MAX_MS = 5000;

/**
 * How long to wait before reconnect attempt number `attempt` (0 for the first): doubling from
 * the base up to the cap, then a random point in the upper half of that. The jitter keeps
 * several phones from hammering a restarted host in lockstep; the floor at half keeps the
 * wait from collapsing to nothing.
 */
export function reconnectDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
