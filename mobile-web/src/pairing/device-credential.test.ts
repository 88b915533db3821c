import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { deviceCredentialKey, DeviceCredentialStore } from './device-credential.js';

const device = { deviceId: '0123456789abcdef0123456789abcdef', deviceKey: 'ab'.repeat(32) };

describe('DeviceCredentialStore', () => {
  it('keeps the credential under a key naming the host, and forgets it', () => {
    const storage = new MemoryStore();
    const store = new DeviceCredentialStore(storage, '192.168.1.20:8765');
    expect(store.load()).toBeNull();
    store.save(device);
    expect(deviceCredentialKey('192.168.1.20:8765')).toBe('touchdesk.device.v1@192.168.1.20:8765');
    expect(JSON.parse(storage.getItem('touchdesk.device.v1@192.168.1.20:8765') ?? 'null')).toEqual(device);
    expect(new DeviceCredentialStore(storage, '192.168.1.20:8765').load()).toEqual(device);
    expect(new DeviceCredentialStore(storage, '192.168.1.21:8765').load()).toBeNull();
    store.forget();
    expect(store.load()).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"x"'],
    ['a short id', JSON.stringify({ ...device, deviceId: 'abcd' })],
    ['an uppercase key', JSON.stringify({ ...device, deviceKey: 'AB'.repeat(32) })],
    ['a missing key', JSON.stringify({ deviceId: device.deviceId })],
  ])('reads %s as no credential', (_what, stored) => {
    const storage = new MemoryStore();
    storage.setItem(deviceCredentialKey('h'), stored);
    expect(new DeviceCredentialStore(storage, 'h').load()).toBeNull();
  });

  it('survives a storage that throws', () => {
    const refuse = () => {
      throw new Error('QuotaExceededError');
    };
    const store = new DeviceCredentialStore({ getItem: refuse, setItem: refuse, removeItem: refuse }, 'h');
    expect(() => store.save(device)).not.toThrow();
    expect(store.load()).toBeNull();
    expect(() => store.forget()).not.toThrow();
  });
});
