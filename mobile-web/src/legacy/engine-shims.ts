/**
 * The page targets iOS 12 WKWebView (WeChat on iOS) and Chromium 69 (in-app browsers on
 * Android), and the audited crypto it runs (@noble, via shared) assumes two things those
 * engines lack, each used at exactly one point:
 *
 * - `globalThis` (Safari 12.1, Chrome 71): how noble finds `crypto.getRandomValues` for the
 *   handshake nonces. Without it no handshake can start.
 * - `BigInt` and `DataView#setBigUint64` (Safari 14, Chrome 67): how ChaCha20-Poly1305 writes
 *   the two lengths into its final authenticator block. Without them nothing can be sealed.
 *
 * Both stand-ins are exact for what they are used for (a global object; byte counts far below
 * 2^53) and are installed only where the real thing is missing. Syntax is lowered by Vite;
 * these are the runtime gaps it cannot fill.
 */

interface ShimmableGlobal {
  globalThis?: unknown;
  BigInt?: unknown;
}

interface ShimmableDataView {
  setBigUint64?: unknown;
}

export function installEngineShims(global: ShimmableGlobal, dataViewPrototype: ShimmableDataView): void {
  if (global.globalThis === undefined) global.globalThis = global;
  if (typeof global.BigInt !== 'function') {
    global.BigInt = (value: number) => Number(value);
    if (typeof dataViewPrototype.setBigUint64 !== 'function') dataViewPrototype.setBigUint64 = setUint64;
  }
}

/** `DataView#setBigUint64` for a non-negative safe integer, as two 32-bit halves. */
export function setUint64(this: DataView, offset: number, value: number, littleEndian = false): void {
  const high = Math.floor(value / 2 ** 32);
  const low = value >>> 0;
  this.setUint32(offset + (littleEndian ? 4 : 0), high, littleEndian);
  this.setUint32(offset + (littleEndian ? 0 : 4), low, littleEndian);
}
