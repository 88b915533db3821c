/** Bumped whenever a message changes shape; phone and host refuse a mismatch with `version-mismatch`. */
export const PROTOCOL_VERSION = 2;
