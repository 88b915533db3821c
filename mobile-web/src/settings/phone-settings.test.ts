import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { DEFAULT_SETTINGS, PhoneSettingsStore, settingsKey, SPEED_RANGE } from './phone-settings.js';

describe('PhoneSettingsStore', () => {
  it('starts from the defaults: natural scrolling, normal speeds, vibration on', () => {
    expect(new PhoneSettingsStore(new MemoryStore(), 'desk:47800').get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a change for this desktop', () => {
    const storage = new MemoryStore();
    const store = new PhoneSettingsStore(storage, 'desk:47800');
    store.update({ naturalScrolling: false, pointerSpeed: 2 });
    expect(new PhoneSettingsStore(storage, 'desk:47800').get()).toMatchObject({ naturalScrolling: false, pointerSpeed: 2 });
    expect(new PhoneSettingsStore(storage, 'other:47800').get()).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back field by field on stored nonsense, and clamps speeds', () => {
    const storage = new MemoryStore();
    storage.setItem(settingsKey('desk'), JSON.stringify({ naturalScrolling: 'yes', pointerSpeed: 99, scrollSpeed: null, haptics: false }));
    expect(new PhoneSettingsStore(storage, 'desk').get()).toEqual({ ...DEFAULT_SETTINGS, pointerSpeed: SPEED_RANGE.max, haptics: false });
    storage.setItem(settingsKey('desk'), '{not json');
    expect(new PhoneSettingsStore(storage, 'desk').get()).toEqual(DEFAULT_SETTINGS);
  });

  it('still applies a change when the storage refuses it', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('quota'); }, removeItem: () => {} };
    const store = new PhoneSettingsStore(refusing, 'desk');
    store.update({ scrollSpeed: 0.5 });
    expect(store.get().scrollSpeed).toBe(0.5);
  });
});
