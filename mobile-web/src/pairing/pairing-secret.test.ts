import { bytesToHex } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { forgetPairingSecret, type PairingEnvironment, takePairingSecret } from './pairing-secret.js';

const SECRET_HEX = '00112233445566778899aabbccddeeff01234567';
const SECRET = Uint8Array.from(SECRET_HEX.match(/../g) ?? [], (pair) => parseInt(pair, 16));

function fakeEnvironment(hash: string, stored: Record<string, string> = {}) {
  const items = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const location = { hash, pathname: '/', search: '' };
  const env: PairingEnvironment = {
    location,
    history: {
      replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
        replaced.push(String(url));
        location.hash = '';
      },
    },
    storage: {
      getItem: (key) => items.get(key) ?? null,
      setItem: (key, value) => void items.set(key, value),
      removeItem: (key) => void items.delete(key),
    },
  };
  return { env, items, replaced };
}

describe('takePairingSecret', () => {
  it('takes the hex secret from the fragment, erases it from the address and keeps it for reloads', () => {
    const { env, items, replaced } = fakeEnvironment(`#t=${SECRET_HEX}`);
    expect(takePairingSecret(env)).toEqual({ secret: SECRET, fromFragment: true });
    expect(replaced).toEqual(['/']);
    expect([...items.values()]).toEqual([SECRET_HEX]);
    expect(takePairingSecret(env)).toEqual({ secret: SECRET, fromFragment: false });
  });

  it('has nothing to offer without a fragment or a stored secret', () => {
    const { env, replaced } = fakeEnvironment('');
    expect(takePairingSecret(env)).toEqual({ secret: null, fromFragment: false });
    expect(replaced).toEqual([]);
  });

  it('leaves unrelated fragments alone', () => {
    const { env, replaced } = fakeEnvironment('#section');
    expect(takePairingSecret(env).secret).toBeNull();
    expect(replaced).toEqual([]);
  });

  it.each([
    ['not hex', 'zz11223344'],
    ['odd length', 'abc'],
    ['empty', ''],
    ['absurdly long', 'ab'.repeat(65)],
    ['an old-style base64url token', 's3cr3t-Value_1'],
  ])('refuses a secret that is %s, erases it and forgets the stored one', (_what, value) => {
    const { env, items, replaced } = fakeEnvironment(`#t=${value}`, { 'touchdesk.pairingSecret': SECRET_HEX });
    expect(takePairingSecret(env)).toEqual({ secret: null, fromFragment: true });
    expect(replaced).toHaveLength(1);
    expect(items.size).toBe(0);
    expect(takePairingSecret(env).secret).toBeNull();
  });

  it('ignores a stored value that is not hex (an older page kept it)', () => {
    const { env } = fakeEnvironment('', { 'touchdesk.pairingSecret': 's3cr3t-Value_1' });
    expect(takePairingSecret(env).secret).toBeNull();
  });

  it('works without storage', () => {
    const { env } = fakeEnvironment(`#t=${SECRET_HEX}`);
    const noStorage: PairingEnvironment = { ...env, storage: null };
    expect(takePairingSecret(noStorage).secret).toEqual(SECRET);
  });

  it('works when storage throws', () => {
    const { env } = fakeEnvironment(`#t=${SECRET_HEX}`);
    const refuse = () => {
      throw new Error('SecurityError');
    };
    const throwing: PairingEnvironment = { ...env, storage: { getItem: refuse, setItem: refuse, removeItem: refuse } };
    expect(bytesToHex(takePairingSecret(throwing).secret ?? new Uint8Array())).toBe(SECRET_HEX);
    expect(() => forgetPairingSecret(throwing)).not.toThrow();
  });

  it('forgets a used or refused secret', () => {
    const { env, items } = fakeEnvironment(`#t=${SECRET_HEX}`);
    takePairingSecret(env);
    forgetPairingSecret(env);
    expect(items.size).toBe(0);
    expect(takePairingSecret(env).secret).toBeNull();
  });
});
