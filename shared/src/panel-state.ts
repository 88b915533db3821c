import type { InjectionStatus } from './injection-status.js';

/** A phone as the control panel lists it. */
export interface PanelPhone {
  readonly id: string;
  readonly deviceName: string;
  readonly address: string;
  /** Milliseconds since the epoch. */
  readonly connectedAt: number;
}

/** A phone that paired with this desktop, connected or not. */
export interface PanelDevice {
  readonly id: string;
  readonly name: string;
  readonly pairedAt: number;
  readonly lastSeen: number;
  readonly connected: boolean;
}

/**
 * Everything the desktop's control panel shows, pushed by the host as one JSON document
 * whenever it changes. The panel is served on loopback only, so this never crosses the LAN.
 */
export interface PanelState {
  readonly hostName: string;
  readonly pairingUrl: string;
  readonly pairingQrSvg: string;
  /** When the QR code stops working (milliseconds since the epoch); a new one replaces it. */
  readonly pairingExpiresAt: number;
  readonly injection: InjectionStatus;
  readonly phones: readonly PanelPhone[];
  readonly devices: readonly PanelDevice[];
}
