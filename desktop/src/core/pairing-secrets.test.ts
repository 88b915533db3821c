import { describe, expect, it } from 'vitest';
import { PAIRING_SECRET_BYTES, PairingSecrets } from './pairing-secrets.js';
import { countingRandom, ManualClock } from './test-fakes.js';

describe('PairingSecrets', () => {
  it('renews after use and after expiry, and announces each new secret', () => {
    const clock = new ManualClock();
    const announced: Uint8Array[] = [];
    const secrets = new PairingSecrets(clock, countingRandom(), (secret) => announced.push(secret.key), 1000);
    const first = secrets.current.key;
    expect(first).toHaveLength(PAIRING_SECRET_BYTES);
    expect(secrets.usableKey()).toBe(first);
    secrets.consume();
    expect(secrets.current.key).not.toEqual(first);
    clock.advance(999);
    secrets.renewIfExpired();
    expect(announced).toHaveLength(1);
    clock.advance(1);
    expect(secrets.usableKey()).toBeUndefined();
    secrets.renewIfExpired();
    expect(announced).toHaveLength(2);
    expect(secrets.usableKey()).toBe(announced[1]);
  });
});
