import { hexToBytes, type PhoneCredential } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { PhoneCredentials } from './credentials.js';
import { DeviceCredentialStore } from './device-credential.js';

const device = { deviceId: '0123456789abcdef0123456789abcdef', deviceKey: 'ab'.repeat(32) };
const secret = new Uint8Array(20).fill(7);

function setup(stored: boolean) {
  const devices = new DeviceCredentialStore(new MemoryStore(), 'h');
  if (stored) devices.save(device);
  let storedSecretForgotten = 0;
  const credentials = new PhoneCredentials(devices, () => storedSecretForgotten++, 'Pixel 8');
  return { devices, credentials, forgotten: () => storedSecretForgotten };
}

const pairing: PhoneCredential = { kind: 'pairing', key: secret, deviceName: 'Pixel 8' };
const deviceCredential: PhoneCredential = { kind: 'device', deviceId: device.deviceId, key: hexToBytes(device.deviceKey) };

describe('PhoneCredentials', () => {
  it('offers nothing when nothing was scanned or stored', () => {
    expect(setup(false).credentials.next()).toBeNull();
  });

  it('prefers a fresh scan, then the stored device, then a secret kept over a reload', () => {
    const { credentials } = setup(true);
    expect(credentials.next()).toEqual(deviceCredential);
    credentials.offerPairingSecret({ secret, fromFragment: true });
    expect(credentials.next()).toEqual(pairing);
    credentials.offerPairingSecret({ secret, fromFragment: false });
    expect(credentials.next()).toEqual(deviceCredential);
    expect(setupWithKeptSecret().next()).toEqual(pairing);

    function setupWithKeptSecret() {
      const fresh = setup(false).credentials;
      fresh.offerPairingSecret({ secret, fromFragment: false });
      return fresh;
    }
  });

  it('an unreadable new scan drops the old secret', () => {
    const { credentials } = setup(false);
    credentials.offerPairingSecret({ secret, fromFragment: true });
    credentials.offerPairingSecret({ secret: null, fromFragment: true });
    expect(credentials.next()).toBeNull();
  });

  it('after pairing: stores the device and forgets the single-use secret', () => {
    const { credentials, devices, forgotten } = setup(false);
    credentials.offerPairingSecret({ secret, fromFragment: true });
    credentials.paired(device);
    expect(devices.load()).toEqual(device);
    expect(forgotten()).toBe(1);
    expect(credentials.next()).toEqual(deviceCredential);
  });

  it('a refused secret is forgotten, a refused device credential deleted', () => {
    const { credentials, devices, forgotten } = setup(true);
    credentials.offerPairingSecret({ secret, fromFragment: true });
    credentials.rejected(pairing);
    expect(forgotten()).toBe(1);
    expect(devices.load()).toEqual(device);
    credentials.rejected(deviceCredential);
    expect(devices.load()).toBeNull();
    expect(credentials.next()).toBeNull();
  });

  it('does not delete a newer device credential when an older one was refused', () => {
    const { credentials, devices } = setup(true);
    credentials.rejected({ kind: 'device', deviceId: 'ff'.repeat(16), key: new Uint8Array(32) });
    expect(devices.load()).toEqual(device);
  });
});
