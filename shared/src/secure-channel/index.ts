export * from './handshake-crypto.js';
export * from './host-handshake.js';
export * from './phone-handshake.js';
export * from './sealed-channel.js';
export * from './hex.js';
