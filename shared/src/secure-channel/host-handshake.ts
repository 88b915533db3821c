import { bytesToHex, equalBytes, hexToBytes } from '@noble/ciphers/utils.js';
import { deriveSessionKeys, HANDSHAKE_NONCE_BYTES, handshakeProof } from './handshake-crypto.js';
import { SealedChannel } from './sealed-channel.js';

/**
 * The host's side of the handshake for one connection: it issues a fresh nonce, checks the
 * phone's proof in constant time, and only then hands out the channel and its own proof.
 */
export class HostHandshake {
  private readonly hostNonce: Uint8Array;
  private readonly phoneNonce: Uint8Array;

  constructor(
    private readonly key: Uint8Array,
    phoneNonceHex: string,
    randomBytes: (length: number) => Uint8Array,
  ) {
    this.phoneNonce = hexToBytes(phoneNonceHex);
    this.hostNonce = randomBytes(HANDSHAKE_NONCE_BYTES);
  }

  get hostNonceHex(): string {
    return bytesToHex(this.hostNonce);
  }

  /** The host's proof and the channel, or undefined when the phone does not hold the key. */
  verify(proofHex: string): { proof: string; channel: SealedChannel } | undefined {
    const expected = handshakeProof('phone', this.key, this.phoneNonce, this.hostNonce);
    if (!equalBytes(hexToBytes(proofHex), expected)) return undefined;
    const keys = deriveSessionKeys(this.key, this.phoneNonce, this.hostNonce);
    return {
      proof: bytesToHex(handshakeProof('host', this.key, this.phoneNonce, this.hostNonce)),
      channel: new SealedChannel(keys.hostToPhone, keys.phoneToHost),
    };
  }
}
