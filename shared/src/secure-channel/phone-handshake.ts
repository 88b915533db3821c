import { bytesToHex, equalBytes, hexToBytes } from '@noble/ciphers/utils.js';
import type { ClientMessage, HostMessage } from '../messages.js';
import { PROTOCOL_VERSION } from '../protocol-version.js';
import { deriveSessionKeys, handshakeNonce, handshakeProof, pairingSecretId } from './handshake-crypto.js';
import { SealedChannel } from './sealed-channel.js';

/** What a phone proves it holds: the QR code's secret the first time, its own key after that. */
export type PhoneCredential =
  | { readonly kind: 'pairing'; readonly key: Uint8Array; readonly deviceName: string }
  | { readonly kind: 'device'; readonly deviceId: string; readonly key: Uint8Array };

export class HandshakeFailed extends Error {}

type Challenge = Extract<HostMessage, { type: 'challenge' }>;
type Welcome = Extract<HostMessage, { type: 'welcome' }>;

/**
 * The phone's side of the handshake: hello with a fresh nonce, proof over both nonces, then
 * the host's proof checked before a single input is sealed. One instance per connection.
 */
export class PhoneHandshake {
  private readonly phoneNonce = handshakeNonce();
  private hostNonce: Uint8Array | undefined;

  constructor(private readonly credential: PhoneCredential) {}

  hello(): ClientMessage {
    const credential =
      this.credential.kind === 'pairing'
        ? { kind: 'pairing' as const, deviceName: this.credential.deviceName, secretId: bytesToHex(pairingSecretId(this.credential.key)) }
        : { kind: 'device' as const, deviceId: this.credential.deviceId };
    return { type: 'hello', version: PROTOCOL_VERSION, phoneNonce: bytesToHex(this.phoneNonce), credential };
  }

  answer(challenge: Challenge): ClientMessage {
    this.hostNonce = hexToBytes(challenge.hostNonce);
    return { type: 'prove', proof: bytesToHex(handshakeProof('phone', this.credential.key, this.phoneNonce, this.hostNonce)) };
  }

  /** The channel for everything after the handshake, once the host proved it holds the key too. */
  finish(welcome: Welcome): SealedChannel {
    if (!this.hostNonce) throw new HandshakeFailed('Welcome before challenge.');
    const expected = handshakeProof('host', this.credential.key, this.phoneNonce, this.hostNonce);
    if (!equalBytes(hexToBytes(welcome.proof), expected)) {
      throw new HandshakeFailed('The desktop could not prove it holds the pairing key.');
    }
    const keys = deriveSessionKeys(this.credential.key, this.phoneNonce, this.hostNonce);
    return new SealedChannel(keys.phoneToHost, keys.hostToPhone);
  }
}
