import { createHmac, hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSessionKeys, handshakeProof, pairingSecretId } from './handshake-crypto.js';
import { bytesToHex, hexToBytes } from './hex.js';
import { HostHandshake } from './host-handshake.js';
import { HandshakeFailed, PhoneHandshake } from './phone-handshake.js';
import { ChannelBroken, SEAL_OVERHEAD_BYTES, SealedChannel } from './sealed-channel.js';

const key = hexToBytes('11'.repeat(20));
const random = (length: number) => new Uint8Array(length).fill(7);

function pair() {
  const phone = new PhoneHandshake({ kind: 'pairing', key, deviceName: 'Pixel' });
  const hello = phone.hello();
  if (hello.type !== 'hello') throw new Error('no hello');
  const host = new HostHandshake(key, hello.phoneNonce, random);
  const prove = phone.answer({ type: 'challenge', hostNonce: host.hostNonceHex });
  if (prove.type !== 'prove') throw new Error('no proof');
  const verified = host.verify(prove.proof);
  if (!verified) throw new Error('proof refused');
  return { phone: phone.finish({ type: 'welcome', proof: verified.proof }), host: verified.channel };
}

describe('the handshake', () => {
  it('agrees on keys when both sides hold the key, and seals both ways', () => {
    const { phone, host } = pair();
    expect(host.open(phone.seal('{"type":"ping","id":1}'))).toBe('{"type":"ping","id":1}');
    expect(phone.open(host.seal('你好 👋'))).toBe('你好 👋');
  });

  it('uses fresh phone nonces: two hellos never match', () => {
    const credential = { kind: 'pairing', key, deviceName: 'x' } as const;
    expect(new PhoneHandshake(credential).hello()).not.toEqual(new PhoneHandshake(credential).hello());
  });

  it('refuses a phone proof made with another key', () => {
    const thief = new PhoneHandshake({ kind: 'device', deviceId: 'ab'.repeat(16), key: new Uint8Array(20) });
    const hello = thief.hello();
    if (hello.type !== 'hello') throw new Error('no hello');
    const host = new HostHandshake(key, hello.phoneNonce, random);
    const prove = thief.answer({ type: 'challenge', hostNonce: host.hostNonceHex });
    expect(prove.type === 'prove' && host.verify(prove.proof)).toBeUndefined();
  });

  it('refuses a desktop that cannot prove the key', () => {
    const phone = new PhoneHandshake({ kind: 'pairing', key, deviceName: 'x' });
    phone.hello();
    phone.answer({ type: 'challenge', hostNonce: '22'.repeat(32) });
    expect(() => phone.finish({ type: 'welcome', proof: '33'.repeat(32) })).toThrow(HandshakeFailed);
  });

  it('matches HMAC-SHA256 and HKDF-SHA256 as Node computes them', () => {
    const phoneNonce = hexToBytes('aa'.repeat(32));
    const hostNonce = hexToBytes('bb'.repeat(32));
    const label = Buffer.from('TouchDesk secure channel v1 phone proof');
    const expected = createHmac('sha256', key).update(Buffer.concat([label, phoneNonce, hostNonce])).digest('hex');
    expect(bytesToHex(handshakeProof('phone', key, phoneNonce, hostNonce))).toBe(expected);
    const okm = Buffer.from(hkdfSync('sha256', key, Buffer.concat([phoneNonce, hostNonce]), 'TouchDesk secure channel v1 session keys', 64));
    const keys = deriveSessionKeys(key, phoneNonce, hostNonce);
    expect(bytesToHex(keys.phoneToHost)).toBe(okm.subarray(0, 32).toString('hex'));
    expect(bytesToHex(keys.hostToPhone)).toBe(okm.subarray(32).toString('hex'));
    expect(handshakeProof('host', key, phoneNonce, hostNonce)).not.toEqual(handshakeProof('phone', key, phoneNonce, hostNonce));
  });

  it('names a pairing secret without revealing it', () => {
    expect(pairingSecretId(key)).toHaveLength(8);
    expect(bytesToHex(pairingSecretId(key))).not.toContain('1111');
    expect(pairingSecretId(key)).not.toEqual(pairingSecretId(new Uint8Array(20)));
  });
});

describe('SealedChannel', () => {
  it.each([
    ['replayed', (frames: Uint8Array[]) => [frames[0]!, frames[0]!]],
    ['reordered', (frames: Uint8Array[]) => [frames[1]!, frames[0]!]],
    ['dropped', (frames: Uint8Array[]) => [frames[1]!]],
    ['altered', (frames: Uint8Array[]) => [Uint8Array.from(frames[0]!, (byte, i) => (i === 5 ? byte ^ 0x80 : byte))]],
    ['truncated', (frames: Uint8Array[]) => [frames[0]!.slice(0, -1)]],
  ])('breaks for good on a %s frame', (_name, tamper) => {
    const { phone, host } = pair();
    const frames = [phone.seal('one'), phone.seal('two')];
    const delivered = tamper(frames);
    expect(() => delivered.forEach((frame) => host.open(frame))).toThrow(ChannelBroken);
    expect(() => host.open(phone.seal('three'))).toThrow(ChannelBroken);
  });

  it('never repeats a ciphertext for the same text', () => {
    const { phone } = pair();
    expect(bytesToHex(phone.seal('same'))).not.toBe(bytesToHex(phone.seal('same')));
  });

  it('keeps directions apart: a frame sent back to its sender does not open', () => {
    const { phone } = pair();
    const frame = phone.seal('echo');
    expect(() => phone.open(frame)).toThrow(ChannelBroken);
  });

  it('adds only the 16-byte tag: the counter never travels', () => {
    const channel = new SealedChannel(new Uint8Array(32), new Uint8Array(32));
    expect(channel.seal('').length).toBe(SEAL_OVERHEAD_BYTES);
    expect(channel.seal('abc').length).toBe(SEAL_OVERHEAD_BYTES + 3);
  });
});
