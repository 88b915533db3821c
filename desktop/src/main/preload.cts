// The panel window's preload: the bridge of @touchdesk/shared's DesktopBridge, one function per
// IPC channel, and nothing else (no ipcRenderer, no way to name a channel). A sandboxed preload
// can require only 'electron', not our modules, so the channel names are written out here; the
// type below makes the compiler hold them to the ones in @touchdesk/shared.
// A CommonJS file under verbatimModuleSyntax loads modules this way; `import … from` would not compile.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import electron = require('electron');
import type { DESKTOP_BRIDGE_GLOBAL, DesktopBridge, DesktopBridgeChannels } from '@touchdesk/shared' with { 'resolution-mode': 'import' };

const { contextBridge, ipcRenderer } = electron;
const GLOBAL: typeof DESKTOP_BRIDGE_GLOBAL = 'touchdeskDesktop';

const CHANNELS: DesktopBridgeChannels = {
  startsAtLogin: 'touchdesk:starts-at-login',
  setStartAtLogin: 'touchdesk:set-start-at-login',
  openAccessibilitySettings: 'touchdesk:open-accessibility-settings',
};

const bridge: DesktopBridge = {
  startsAtLogin: () => ipcRenderer.invoke(CHANNELS.startsAtLogin),
  setStartAtLogin: (enabled) => ipcRenderer.invoke(CHANNELS.setStartAtLogin, enabled === true),
  openAccessibilitySettings: () => ipcRenderer.invoke(CHANNELS.openAccessibilitySettings),
};

contextBridge.exposeInMainWorld(GLOBAL, bridge);
