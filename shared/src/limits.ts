/**
 * Every number here bounds something that arrives from the network. They are set on purpose,
 * far above what a person produces and far below what would hurt the host.
 */
export const LIMITS = {
  /** Largest WebSocket frame the host accepts; ws closes the socket with 1009 above it. */
  maxFrameBytes: 4096,
  /** One motion message covers one animation frame; no finger travels this far in 16 ms. */
  maxPointerDelta: 4000,
  /** Scroll wheel units per message. */
  maxScrollDelta: 1000,
  /** A phone names itself for the panel ("Pixel 8", "iPhone"). */
  maxDeviceNameLength: 64,
  /** The pairing secret as it travels in the URL fragment (base64url). */
  maxTokenLength: 128,
  /** Keys pressed together in one chord, modifiers included. */
  maxModifiers: 4,
  /** Free text in an error message from the host. */
  maxErrorMessageLength: 300,
} as const;
