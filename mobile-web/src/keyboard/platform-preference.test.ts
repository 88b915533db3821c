import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { PlatformPreference, platformKey } from './platform-preference.js';

describe('PlatformPreference', () => {
  it('is a PC until told otherwise, and remembers a Mac per desktop', () => {
    const storage = new MemoryStore();
    const first = new PlatformPreference(storage, '192.168.1.2:8443');
    expect(first.get()).toBe('pc');
    first.set('mac');
    expect(new PlatformPreference(storage, '192.168.1.2:8443').get()).toBe('mac');
    expect(new PlatformPreference(storage, '192.168.1.3:8443').get()).toBe('pc');
    expect(storage.getItem(platformKey('192.168.1.2:8443'))).toBe('mac');
  });

  it('works without storage that stores', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {},
    };
    const preference = new PlatformPreference(broken, 'host');
    expect(() => preference.set('mac')).not.toThrow();
    expect(preference.get()).toBe('pc');
  });
});
