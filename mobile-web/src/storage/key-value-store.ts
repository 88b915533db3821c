/** What this page needs of `localStorage`/`sessionStorage`; a map in memory as the last resort. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Lives as long as the page: the fallback when the browser refuses every real storage. */
export class MemoryStore implements KeyValueStore {
  private readonly items = new Map<string, string>();

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const PROBE_KEY = 'touchdesk.storage-probe';

/**
 * The first candidate that really stores something, else memory. Merely reaching
 * `window.localStorage` can throw (blocked cookies, sandboxed frames), and some browsers hand
 * out a storage whose `setItem` always throws (old Safari private mode, some in-app
 * browsers), so each candidate is asked for and tried with a write.
 */
export function firstWorkingStore(candidates: readonly (() => KeyValueStore | null)[]): KeyValueStore {
  for (const candidate of candidates) {
    try {
      const store = candidate();
      if (store === null) continue;
      store.setItem(PROBE_KEY, '1');
      store.removeItem(PROBE_KEY);
      return store;
    } catch {
      // Refused: try the next one.
    }
  }
  return new MemoryStore();
}
