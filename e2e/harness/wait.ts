/** Polling for state that lives in another process (an X server, a browser) and has no event to await. */

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** Called on timeout so the error says what was being waited for and what was seen last. */
  readonly describe: () => string;
}

/** Resolves with the first non-undefined value `probe` returns; a throwing probe counts as "not yet". */
export async function waitFor<T>(probe: () => Promise<T | undefined>, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms: ${options.describe()}${cause}`);
    }
    await sleep(options.intervalMs ?? 50);
  }
}
