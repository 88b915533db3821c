import type { DesktopSettings } from './desktop-settings.js';
import type { InjectionStatus } from './injection-status.js';

/**
 * How several phones share the desktop: all at once, or one in control at a time while the
 * others look on (a presenter and the audience's phones, a family's phones on one TV).
 */
export const CONTROL_MODES = ['shared', 'exclusive'] as const;
export type ControlMode = (typeof CONTROL_MODES)[number];

/** A phone as the control panel lists it. */
export interface PanelPhone {
  readonly id: string;
  readonly deviceId: string;
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

/** Who may send input right now. */
export interface PanelControl {
  readonly mode: ControlMode;
  /** In exclusive mode: the paired device in control, if any. */
  readonly controller?: { readonly deviceId: string; readonly name: string };
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
  /** The user stopped all input from phones; nothing reaches the desktop until resumed. */
  readonly paused: boolean;
  readonly control: PanelControl;
  /** Set when the settings file could not be read and was kept aside under this path. */
  readonly settingsReset?: { readonly keptAs: string };
  readonly phones: readonly PanelPhone[];
  readonly devices: readonly PanelDevice[];
  readonly settings: DesktopSettings;
  /** The port the phone page is served on now (the setting may be taken, or overridden by `--port`). */
  readonly port: number;
  /** The interfaces whose address the QR code may carry, for the settings' choice. */
  readonly networkChoices: readonly NetworkChoice[];
}

export interface NetworkChoice {
  readonly interfaceName: string;
  readonly address: string;
}
