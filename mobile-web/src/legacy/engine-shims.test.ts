import { HostHandshake, PhoneHandshake } from '@touchdesk/shared';
import { READY_STATUS } from '../connection/test-host.js';
import { describe, expect, it } from 'vitest';
import { installEngineShims, setUint64 } from './engine-shims.js';

describe('installEngineShims', () => {
  it('fills in globalThis, BigInt and setBigUint64 where they are missing', () => {
    const global: { globalThis?: unknown; BigInt?: unknown } = {};
    const prototype: { setBigUint64?: unknown } = {};
    installEngineShims(global, prototype);
    expect(global.globalThis).toBe(global);
    expect((global.BigInt as (value: number) => unknown)(1234)).toBe(1234);
    expect(prototype.setBigUint64).toBe(setUint64);
  });

  it('leaves engines that have them alone', () => {
    const realBigInt = BigInt;
    const global = { globalThis: 'real', BigInt: realBigInt };
    const prototype = { setBigUint64: 'real' };
    installEngineShims(global, prototype);
    expect(global).toEqual({ globalThis: 'real', BigInt: realBigInt });
    expect(prototype.setBigUint64).toBe('real');
  });
});

describe('setUint64', () => {
  it.each([0, 1, 16, 4095, 2 ** 32 - 1, 2 ** 32, 2 ** 40 + 7, Number.MAX_SAFE_INTEGER])(
    'writes %i exactly as the native setBigUint64 does, in both byte orders',
    (value) => {
      for (const littleEndian of [true, false]) {
        const native = new DataView(new ArrayBuffer(16));
        native.setBigUint64(4, BigInt(value), littleEndian);
        const shim = new DataView(new ArrayBuffer(16));
        setUint64.call(shim, 4, value, littleEndian);
        expect(new Uint8Array(shim.buffer)).toEqual(new Uint8Array(native.buffer));
      }
    },
  );
});

describe('the secure channel on an engine without BigInt', () => {
  it('handshakes, seals and opens with the shims installed', () => {
    const key = crypto.getRandomValues(new Uint8Array(20));
    const random = (length: number) => crypto.getRandomValues(new Uint8Array(length));
    const global = globalThis as { BigInt?: unknown };
    const prototype = DataView.prototype as { setBigUint64?: unknown };
    const realBigInt = global.BigInt;
    const realSetBigUint64 = prototype.setBigUint64;
    delete global.BigInt;
    delete prototype.setBigUint64;
    try {
      installEngineShims(global, prototype);
      const phone = new PhoneHandshake({ kind: 'pairing', key, deviceName: 'iPhone' });
      const hello = phone.hello();
      if (hello.type !== 'hello') throw new Error('no hello');
      const host = new HostHandshake(key, hello.phoneNonce, random);
      const prove = phone.answer({ type: 'challenge', hostNonce: host.hostNonceHex });
      if (prove.type !== 'prove') throw new Error('no prove');
      const verified = host.verify(prove.proof);
      if (verified === undefined) throw new Error('proof refused');
      const channel = phone.finish({ type: 'welcome', proof: verified.proof });

      const status = READY_STATUS;
      expect(channel.open(verified.channel.seal(JSON.stringify(status)))).toBe(JSON.stringify(status));
      expect(verified.channel.open(channel.seal('{"type":"ping","id":1}'))).toBe('{"type":"ping","id":1}');
    } finally {
      global.BigInt = realBigInt;
      prototype.setBigUint64 = realSetBigUint64;
    }
  });
});
