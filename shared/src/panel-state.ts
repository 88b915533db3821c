import type { InjectionStatus } from './injection-status.js';

/** A phone as the control panel lists it. */
export interface PanelPhone {
  readonly id: string;
  readonly deviceName: string;
  readonly address: string;
  /** Milliseconds since the epoch. */
  readonly connectedAt: number;
}

/**
 * Everything the desktop's control panel shows, pushed by the host as one JSON document
 * whenever it changes. The panel is served on loopback only, so this never crosses the LAN.
 */
export interface PanelState {
  readonly hostName: string;
  readonly pairingUrl: string;
  readonly pairingQrSvg: string;
  readonly injection: InjectionStatus;
  readonly phones: readonly PanelPhone[];
}
