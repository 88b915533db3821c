import type { PhoneCredential } from '@touchdesk/shared';
import type { DeviceCredential } from '../pairing/device-credential.js';

/*
 * What HostConnection is given rather than reaching for: sockets, timers, randomness and
 * credentials. The page passes the browser's; tests pass fakes and play the host.
 */

/** Where each attempt's credential comes from, and where the outcomes go. */
export interface CredentialSource {
  /** The credential for the next attempt, or null when the user must scan the QR code. */
  next(): PhoneCredential | null;
  /** The host issued this phone its own credential, over the authenticated channel. */
  paired(device: DeviceCredential): void;
  /** The host refused `credential` for good. */
  rejected(credential: PhoneCredential): void;
}

/** The socket as this module uses it; the browser's `WebSocket`, or a fake in tests. */
export interface SocketLike {
  readonly readyState: number;
  readonly bufferedAmount: number;
  binaryType: BinaryType;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  send(data: string | Uint8Array): void;
  close(code?: number): void;
}

/** What the connection needs from the page, injected so tests control sockets and time. */
export interface ConnectionEnvironment {
  createSocket(url: string): SocketLike;
  setTimer(callback: () => void, ms: number): number;
  clearTimer(id: number): void;
  random(): number;
  /** Milliseconds on a monotonic clock (`performance.now()`), for round trips and silences. */
  now(): number;
}
