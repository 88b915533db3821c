import { describe, expect, it } from 'vitest';
import { firstWorkingStore, type KeyValueStore, MemoryStore } from './key-value-store.js';

const refusing: KeyValueStore = {
  getItem: () => null,
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => undefined,
};

describe('firstWorkingStore', () => {
  it('takes the first storage that can be reached and written', () => {
    const working = new MemoryStore();
    const chosen = firstWorkingStore([
      () => {
        throw new Error('SecurityError');
      },
      () => null,
      () => refusing,
      () => working,
    ]);
    expect(chosen).toBe(working);
    expect(working.getItem('touchdesk.storage-probe')).toBeNull();
  });

  it('falls back to memory when every storage refuses', () => {
    const chosen = firstWorkingStore([() => refusing]);
    expect(chosen).toBeInstanceOf(MemoryStore);
    chosen.setItem('a', 'b');
    expect(chosen.getItem('a')).toBe('b');
    chosen.removeItem('a');
    expect(chosen.getItem('a')).toBeNull();
  });
});
