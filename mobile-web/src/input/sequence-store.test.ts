import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { sequenceKey, SequenceStore } from './sequence-store.js';

const HOST = '192.168.1.20:8765';
const DEVICE = '0'.repeat(32);

describe('SequenceStore', () => {
  it('starts at 1 and gives back what was saved for the same device', () => {
    const store = new SequenceStore(new MemoryStore(), HOST);
    expect(store.next(DEVICE)).toBe(1);
    store.save(DEVICE, 42);
    expect(store.next(DEVICE)).toBe(42);
  });

  it('survives a new page over the same storage', () => {
    const storage = new MemoryStore();
    new SequenceStore(storage, HOST).save(DEVICE, 42);
    expect(new SequenceStore(storage, HOST).next(DEVICE)).toBe(42);
    expect(storage.getItem(sequenceKey(HOST))).toBe(JSON.stringify({ deviceId: DEVICE, next: 42 }));
  });

  it('starts at 1 for another device id or another host', () => {
    const storage = new MemoryStore();
    new SequenceStore(storage, HOST).save(DEVICE, 42);
    expect(new SequenceStore(storage, HOST).next('1'.repeat(32))).toBe(1);
    expect(new SequenceStore(storage, '10.0.0.2:8765').next(DEVICE)).toBe(1);
  });

  it.each(['not json', '[]', '{"deviceId":"x"}', JSON.stringify({ deviceId: DEVICE, next: 0 }), JSON.stringify({ deviceId: DEVICE, next: 1.5 })])(
    'reads %s as nothing stored',
    (stored) => {
      const storage = new MemoryStore();
      storage.setItem(sequenceKey(HOST), stored);
      expect(new SequenceStore(storage, HOST).next(DEVICE)).toBe(1);
    },
  );

  it('carries on when storage refuses', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => undefined,
    };
    const store = new SequenceStore(refusing, HOST);
    expect(() => store.save(DEVICE, 5)).not.toThrow();
    expect(store.next(DEVICE)).toBe(1);
  });
});
