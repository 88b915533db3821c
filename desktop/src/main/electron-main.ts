import { hostname } from 'node:os';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, globalShortcut, safeStorage, type WebContents } from 'electron';
import { chooseInjector } from '../injectors/choose-injector.js';
import { type AssetRoots, checkoutAssetRoots } from '../server/asset-roots.js';
import { type AtRestCodec, FileDeviceStore, PLAIN_FILE } from '../server/device-store-file.js';
import { type RunningHost, startHost } from '../server/host.js';
import { FileSettingsStore } from '../server/settings-file.js';

/** Pauses or resumes every phone from the desktop's own keyboard, whichever window has focus. */
const PAUSE_SHORTCUT = 'CommandOrControl+Alt+P';

/**
 * The Electron composition root: the same host as headless mode, with the control panel in a
 * window. Kept thin; everything it wires is tested under plain Node.
 */
function assetRoots(): AssetRoots {
  if (!app.isPackaged) return checkoutAssetRoots();
  return { phonePageRoot: join(process.resourcesPath, 'phone-page'), panelRoot: join(process.resourcesPath, 'panel') };
}

/** Paired phones' keys encrypted with the OS keychain where it has one (Keychain, DPAPI, libsecret). */
function keychainCodec(): AtRestCodec {
  if (!safeStorage.isEncryptionAvailable()) return PLAIN_FILE;
  return { name: 'OS keychain', encode: (text) => safeStorage.encryptString(text), decode: (bytes) => safeStorage.decryptString(bytes) };
}

/** The panel is a page of ours on loopback: it never navigates away or opens windows. */
function lockDown(contents: WebContents, panelUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== panelUrl) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

async function openPanel(host: RunningHost): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    width: 460,
    height: 780,
    title: 'TouchDesk',
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  lockDown(window.webContents, host.panelUrl);
  await window.loadURL(host.panelUrl);
  return window;
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  const injector = await chooseInjector({ dryRun: false });
  const warn = (text: string) => dialog.showErrorBox('TouchDesk', text);
  const devices = FileDeviceStore.load(app.getPath('userData'), keychainCodec(), warn);
  const settings = FileSettingsStore.load(app.getPath('userData'), warn);
  const host = await startHost({ injector, devices, settings, ...assetRoots(), hostName: hostname() });
  // Another program may own the shortcut already; the panel's switch still works then.
  if (!globalShortcut.register(PAUSE_SHORTCUT, () => host.setPaused(!host.paused))) {
    warn(`The shortcut ${PAUSE_SHORTCUT} is taken by another program; pause from the panel instead. · 快捷键 ${PAUSE_SHORTCUT} 已被其他程序占用，请在控制面板中暂停。`);
  }
  let window = await openPanel(host);
  app.on('second-instance', () => window.show());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openPanel(host).then((opened) => (window = opened));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    event.preventDefault();
    globalShortcut.unregisterAll();
    void host
      .close()
      .then(() => Promise.all([devices.flushed(), settings.flushed()]))
      .finally(() => app.exit(0));
  });
}

void main();
