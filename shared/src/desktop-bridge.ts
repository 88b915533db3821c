/**
 * What the desktop app (Electron) lets its control panel page do beyond the panel's HTTP API:
 * things only the app itself can, one function per IPC channel. In a plain browser the panel
 * finds no bridge and leaves these controls out.
 */
export interface DesktopBridge {
  /** Whether TouchDesk starts when the user logs in to the desktop. */
  startsAtLogin(): Promise<boolean>;
  /** Turns starting at login on or off; answers what the system now says. */
  setStartAtLogin(enabled: boolean): Promise<boolean>;
  /** macOS: opens System Settings at Privacy & Security → Accessibility, where TouchDesk is allowed to control the computer. */
  openAccessibilitySettings(): Promise<void>;
}

/** The global name under which the preload exposes the bridge to the panel page. */
export const DESKTOP_BRIDGE_GLOBAL = 'touchdeskDesktop';

/** The IPC channel behind each bridge function. */
export const DESKTOP_BRIDGE_CHANNELS = {
  startsAtLogin: 'touchdesk:starts-at-login',
  setStartAtLogin: 'touchdesk:set-start-at-login',
  openAccessibilitySettings: 'touchdesk:open-accessibility-settings',
} as const satisfies Record<keyof DesktopBridge, string>;

export type DesktopBridgeChannels = typeof DESKTOP_BRIDGE_CHANNELS;
