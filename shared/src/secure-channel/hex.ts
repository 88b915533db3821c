/** Keys and nonces travel as lowercase hex: unambiguous in JSON, URLs and QR codes alike. */
export { bytesToHex, hexToBytes } from '@noble/ciphers/utils.js';
