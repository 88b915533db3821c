import { HANDSHAKE_SIZES } from '@touchdesk/shared';
import type { Clock } from './ports.js';

/** Long enough to walk to the desk and scan; short enough that a photo of the screen goes stale. */
export const PAIRING_SECRET_LIFETIME_MS = 5 * 60_000;

/** 160 bits: the QR code stays small enough for old phone cameras and WeChat's scanner. */
export const PAIRING_SECRET_BYTES = HANDSHAKE_SIZES.pairingSecret;

export interface PairingSecret {
  readonly key: Uint8Array;
  readonly expiresAt: number;
}

/**
 * The secret in the QR code. It pairs one phone, once: a used or expired secret is replaced at
 * once, and whoever shows the QR code (panel, terminal) is told to show the new one.
 */
export class PairingSecrets {
  private secret: PairingSecret;

  constructor(
    private readonly clock: Clock,
    private readonly randomBytes: (length: number) => Uint8Array,
    private readonly onRenewed: (secret: PairingSecret) => void,
    private readonly lifetimeMs = PAIRING_SECRET_LIFETIME_MS,
  ) {
    this.secret = this.fresh();
  }

  get current(): PairingSecret {
    return this.secret;
  }

  /** The key a pairing handshake must prove, or undefined once it has expired. */
  usableKey(): Uint8Array | undefined {
    return this.clock.now() < this.secret.expiresAt ? this.secret.key : undefined;
  }

  /** A phone paired with the current secret: it may never pair another. */
  consume(): void {
    this.renew();
  }

  /** Called by the host's timer when the current secret's time is up. */
  renewIfExpired(): void {
    if (this.clock.now() >= this.secret.expiresAt) this.renew();
  }

  private renew(): void {
    this.secret = this.fresh();
    this.onRenewed(this.secret);
  }

  private fresh(): PairingSecret {
    return { key: this.randomBytes(PAIRING_SECRET_BYTES), expiresAt: this.clock.now() + this.lifetimeMs };
  }
}
