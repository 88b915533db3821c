/**
 * Every number here bounds something that arrives from the network. They are set on purpose,
 * far above what a person produces and far below what would hurt the host.
 */
export const LIMITS = {
  /** Largest WebSocket frame the host accepts; ws closes the socket with 1009 above it. */
  maxFrameBytes: 4096,
  /**
   * Largest frame the phone accepts from the host, sealed. Host frames are larger than phone
   * frames only for the slide preview (see PREVIEW_LIMITS); everything else is tiny.
   */
  maxHostFrameBytes: 65_536,
  /** One motion message covers one animation frame; no finger travels this far in 16 ms. */
  maxPointerDelta: 4000,
  /** Scroll wheel units per message. */
  maxScrollDelta: 1000,
  /** A phone names itself for the panel ("Pixel 8", "iPhone"). */
  maxDeviceNameLength: 64,
  /**
   * UTF-16 units of text in one message. A frame is at most 4 KiB, and CJK text takes three
   * bytes a character in JSON: the phone splits longer text (a pasted block) into pieces.
   */
  maxTextLength: 1000,
  /** Keys pressed together in one chord, modifiers included. */
  maxModifiers: 4,
  /** Free text in an error message from the host. */
  maxErrorMessageLength: 300,
  /** Open sockets to the phone server, pages and WebSockets together. */
  maxConnections: 128,
  /** Sockets that have not finished the handshake, all phones together. */
  maxPendingHandshakes: 16,
  /** Time to finish the handshake; a phone needs two round trips. */
  handshakeTimeoutMs: 5_000,
  /** Motion older than this when it could be sent is dropped, never replayed late. */
  maxMotionAgeMs: 200,
  /** Each side checks the other this often, and... */
  heartbeatIntervalMs: 3_000,
  /** ...and gives up on a peer silent for this long. */
  deadPeerMs: 9_000,
  /** A modifier held down this long without any other input from its phone is let go. */
  maxModifierHoldMs: 30_000,
  /** Messages a paired phone may send per second, sustained; 240 Hz motion plus typing fits. */
  messagesPerSecond: 500,
  /** Short bursts above that rate (a backlog after a Wi-Fi stall). */
  messageBurst: 1_000,
  /** "Go to slide N": no talk has ten thousand slides. */
  maxSlideNumber: 9_999,
  /** The foreground application's name, as the host shows it ("LibreOffice Impress"). */
  maxAppNameLength: 64,
  /** The foreground window's title, cut to this many UTF-16 units: enough to recognise it. */
  maxWindowTitleLength: 200,
} as const;
