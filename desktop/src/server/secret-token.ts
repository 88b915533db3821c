import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface SecretToken {
  /** base64url, safe in a URL fragment or query. */
  readonly token: string;
  /** Constant-time: how much of a guess was right is never visible in how long this takes. */
  matches(candidate: string): boolean;
}

export function createSecretToken(bytes: number): SecretToken {
  const secret = randomBytes(bytes);
  return {
    token: secret.toString('base64url'),
    matches(candidate) {
      const given = Buffer.from(candidate, 'base64url');
      // timingSafeEqual needs equal lengths; the length of a wrong guess tells an attacker nothing.
      return given.length === secret.length && timingSafeEqual(given, secret);
    },
  };
}
