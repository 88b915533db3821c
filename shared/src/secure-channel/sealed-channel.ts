import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';

/** Overhead of a sealed frame: the Poly1305 tag. The counter travels implicitly. */
export const SEAL_OVERHEAD_BYTES = 16;

export class ChannelBroken extends Error {}

/**
 * Every message after the handshake, sealed with ChaCha20-Poly1305 under a per-direction key,
 * with a per-direction counter as the nonce. The counter is never sent: each side knows which
 * frame comes next, so a replayed, dropped, reordered or altered frame fails to open, and the
 * channel is then broken for good.
 */
export class SealedChannel {
  private sent = 0;
  private received = 0;
  private broken = false;

  constructor(
    private readonly sendKey: Uint8Array,
    private readonly receiveKey: Uint8Array,
  ) {}

  seal(text: string): Uint8Array {
    if (this.broken) throw new ChannelBroken('The channel is closed.');
    return chacha20poly1305(this.sendKey, counterNonce(this.sent++)).encrypt(utf8ToBytes(text));
  }

  /** The frame's text, or ChannelBroken: a frame that fails to open ends the channel. */
  open(frame: Uint8Array): string {
    if (this.broken) throw new ChannelBroken('The channel is closed.');
    try {
      const plain = chacha20poly1305(this.receiveKey, counterNonce(this.received)).decrypt(frame);
      this.received++;
      return bytesToUtf8(plain);
    } catch {
      this.broken = true;
      throw new ChannelBroken('A frame failed authentication: replayed, reordered or altered.');
    }
  }
}

/** 96-bit nonce: four zero bytes, then the counter as a big-endian 64-bit number. */
function counterNonce(counter: number): Uint8Array {
  const nonce = new Uint8Array(12);
  const view = new DataView(nonce.buffer);
  view.setUint32(4, Math.floor(counter / 2 ** 32));
  view.setUint32(8, counter >>> 0);
  return nonce;
}
