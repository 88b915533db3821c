import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { forgetPairingSecret, type PairingEnvironment, takePairingSecret } from './pairing-secret.js';

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
  it('takes the secret from the fragment, erases it from the address and keeps it for reloads', () => {
    const { env, items, replaced } = fakeEnvironment('#t=s3cr3t-Value_1');
    expect(takePairingSecret(env)).toEqual({ secret: 's3cr3t-Value_1', fromFragment: true });
    expect(replaced).toEqual(['/']);
    expect([...items.values()]).toEqual(['s3cr3t-Value_1']);
    expect(takePairingSecret(env)).toEqual({ secret: 's3cr3t-Value_1', fromFragment: false });
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

  it('refuses a secret no host would accept, but still erases it', () => {
    const { env, replaced } = fakeEnvironment(`#t=${'a'.repeat(LIMITS.maxTokenLength + 1)}`, {
      'touchdesk.pairingSecret': 'old',
    });
    expect(takePairingSecret(env)).toEqual({ secret: null, fromFragment: true });
    expect(replaced).toHaveLength(1);
    expect(takePairingSecret(env).secret).toBeNull();
  });

  it('works without storage', () => {
    const { env } = fakeEnvironment('#t=abc');
    const noStorage: PairingEnvironment = { ...env, storage: null };
    expect(takePairingSecret(noStorage).secret).toBe('abc');
  });

  it('forgets a refused secret', () => {
    const { env, items } = fakeEnvironment('#t=abc');
    takePairingSecret(env);
    forgetPairingSecret(env);
    expect(items.size).toBe(0);
    expect(takePairingSecret(env).secret).toBeNull();
  });
});
