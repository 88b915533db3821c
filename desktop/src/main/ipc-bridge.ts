import { DESKTOP_BRIDGE_CHANNELS, type DesktopBridge } from '@touchdesk/shared';
import { isPanelPage } from './navigation-guard.js';
import type { IpcPort, IpcSender } from './ports.js';

/** Thrown back to the renderer for a call this module refuses; the message names why. */
export class BridgeRefusal extends Error {}

/**
 * The main side of the preload's bridge: one handler per channel. Each checks who is asking
 * (the panel page itself, in the top frame of the window, nothing else) and what it passes
 * (the renderer is untrusted like the network) before the desktop does anything.
 */
export function handleBridge(ipc: IpcPort, panelUrl: () => string, bridge: DesktopBridge): void {
  const checked = (handler: (args: readonly unknown[]) => unknown) => (sender: IpcSender, args: readonly unknown[]) => {
    if (!isFromPanel(sender, panelUrl())) throw new BridgeRefusal('Only the TouchDesk panel may use this.');
    return handler(args);
  };
  ipc.handle(DESKTOP_BRIDGE_CHANNELS.startsAtLogin, checked(() => bridge.startsAtLogin()));
  ipc.handle(
    DESKTOP_BRIDGE_CHANNELS.setStartAtLogin,
    checked(([enabled]) => {
      if (typeof enabled !== 'boolean') throw new BridgeRefusal('setStartAtLogin takes true or false.');
      return bridge.setStartAtLogin(enabled);
    }),
  );
  ipc.handle(DESKTOP_BRIDGE_CHANNELS.openAccessibilitySettings, checked(() => bridge.openAccessibilitySettings()));
}

export function isFromPanel(sender: IpcSender, panelUrl: string): boolean {
  return sender.isMainFrame && sender.url !== undefined && isPanelPage(sender.url, panelUrl);
}
