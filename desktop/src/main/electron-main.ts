import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  Notification,
  safeStorage,
  session,
  shell,
  systemPreferences,
  Tray,
} from 'electron';
import type { InjectionStatus, Language } from '@touchdesk/shared';
import type { InputInjector } from '../core/ports.js';
import { chooseInjector } from '../injectors/choose-injector.js';
import { chooseScreenCapture } from '../injectors/choose-screen-capture.js';
import { unavailableInjector } from '../injectors/unavailable-injector.js';
import { openActiveWindowWatcher } from '../injectors/x11-active-window.js';
import { checkoutAssetRoots } from '../server/asset-roots.js';
import { type AtRestCodec, FileDeviceStore, PLAIN_FILE } from '../server/device-store-file.js';
import { type HostEvent, startHost } from '../server/host.js';
import { FileSettingsStore } from '../server/settings-file.js';
import { ACCESSIBILITY_PANE_URL, accessibilityProblem } from './accessibility.js';
import { panelResponse } from './content-security.js';
import { handleBridge } from './ipc-bridge.js';
import { HIDDEN_ARG, type StartAtLogin, systemLoginItem, xdgAutostart } from './login-item.js';
import { mainLanguage, mainText } from './main-text.js';
import { guardNavigation } from './navigation-guard.js';
import { iconsFolder, packagedAssetRoots } from './packaged-paths.js';
import { panelWindowOptions } from './panel-window.js';
import { registerPauseHotkey } from './pause-hotkey.js';
import { phoneNotifications } from './phone-notifications.js';
import { claimSingleInstance } from './single-instance.js';
import { SpotlightWindow } from './spotlight/spotlight-window.js';
import { trayMenu, trayTooltip } from './tray-menu.js';
import { waylandWarning } from './wayland-warning.js';

/**
 * The Electron composition root: the same host as headless mode, with the control panel in a
 * window, a tray icon, notifications and the pause hotkey. Every decision lives in a small
 * module beside this one, tested under plain Node; this file only hands them Electron's APIs.
 */

/** Paired phones' keys encrypted with the OS keychain where it has one (Keychain, DPAPI, libsecret). */
function keychainCodec(): AtRestCodec {
  if (!safeStorage.isEncryptionAvailable()) return PLAIN_FILE;
  return { name: 'OS keychain', encode: (text) => safeStorage.encryptString(text), decode: (bytes) => safeStorage.decryptString(bytes) };
}

/** macOS refuses input from an app not allowed under Accessibility: say so instead of moving nothing. */
async function injectorForThisDesktop(): Promise<InputInjector> {
  const problem = accessibilityProblem(process.platform, (prompt) => systemPreferences.isTrustedAccessibilityClient(prompt));
  return problem?.state === 'unavailable' ? unavailableInjector(problem) : chooseInjector({ dryRun: false });
}

function startAtLogin(): StartAtLogin {
  if (process.platform !== 'linux') {
    return systemLoginItem({
      getOpenAtLogin: () => app.getLoginItemSettings().openAtLogin,
      setOpenAtLogin: (openAtLogin) => app.setLoginItemSettings({ openAtLogin, args: [HIDDEN_ARG] }),
    });
  }
  // An AppImage runs from a temporary mount: the autostart entry must name the image itself.
  const program = process.env.APPIMAGE ?? process.execPath;
  const command = app.isPackaged ? [program, HIDDEN_ARG] : [program, app.getAppPath(), HIDDEN_ARG];
  return xdgAutostart(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), command);
}

/** The panel window, once it exists; the tray and a second start of the app bring it forward. */
let panelWindow: BrowserWindow | undefined;

function showPanel(): void {
  panelWindow?.show();
  panelWindow?.focus();
}

async function main(): Promise<void> {
  const lock = { requestSingleInstanceLock: () => app.requestSingleInstanceLock(), onSecondInstance: (listener: () => void) => app.on('second-instance', listener), quit: () => app.quit() };
  if (!claimSingleInstance(lock, showPanel)) return;
  await app.whenReady();

  const configDir = app.getPath('userData');
  const warnings: string[] = [];
  const warn = (text: string) => warnings.push(text);
  const devices = FileDeviceStore.load(configDir, keychainCodec(), warn);
  const settings = FileSettingsStore.load(configDir, warn);
  const language = () => mainLanguage(settings.current.language, app.getLocale());
  const injector = await injectorForThisDesktop();
  const icons = iconsFolder(app.isPackaged, process.resourcesPath);

  // Who hears the host's events is wired once the host exists (the tray needs the host itself).
  const listeners = new Set<(event: HostEvent) => void>();
  // Made before the host: a phone's laser pointer may move as soon as it connects.
  const spotlight = new SpotlightWindow();
  const onEvent = (event: HostEvent) => listeners.forEach((listener) => listener(event));
  const running = await startHost({
    injector,
    devices,
    settings,
    ...(app.isPackaged ? packagedAssetRoots(process.resourcesPath) : checkoutAssetRoots()),
    hostName: hostname(),
    pointerFeel: () => settings.current.pointer,
    screenCapture: chooseScreenCapture(process.platform, process.env),
    previewEnabled: () => settings.current.preview,
    onLaserPointer: (at) => spotlight.show(at),
    // Not worth a dialog: without it the phone's presenter says the app is unknown and offers the list.
    activeWindow: await openActiveWindowWatcher(process.platform, process.env, (text) => console.warn(text)),
    onEvent,
  });
  listeners.add(
    phoneNotifications(
      { isSupported: () => Notification.isSupported(), show: (title, body) => new Notification({ title, body }).show() },
      language,
      { now: () => Date.now() },
    ),
  );

  const panelUrl = () => running.panelUrl;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => callback(panelResponse(details.url, details.responseHeaders ?? {}, panelUrl())));
  // The panel needs no camera, microphone, location or notifications of its own.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const loginItem = startAtLogin();
  handleBridge(
    {
      handle: (channel, handler) =>
        ipcMain.handle(channel, (event, ...args: unknown[]) =>
          handler({ url: event.senderFrame?.url, isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame }, args),
        ),
    },
    panelUrl,
    {
      startsAtLogin: async () => loginItem.get(),
      setStartAtLogin: async (enabled) => loginItem.set(enabled),
      openAccessibilitySettings: () => shell.openExternal(ACCESSIBILITY_PANE_URL),
    },
  );

  const window = new BrowserWindow(panelWindowOptions(join(import.meta.dirname, 'preload.cjs'), join(icons, 'icon-512.png')));
  panelWindow = window;
  const contents = window.webContents;
  guardNavigation(
    {
      onWillNavigate: (listener) => contents.on('will-navigate', (event, url) => listener(url, () => event.preventDefault())),
      onWillRedirect: (listener) => contents.on('will-redirect', (event, url) => listener(url, () => event.preventDefault())),
      onWillAttachWebview: (listener) => contents.on('will-attach-webview', (event) => listener(() => event.preventDefault())),
      setWindowOpenHandler: (handler) => contents.setWindowOpenHandler(({ url }) => handler(url)),
    },
    panelUrl,
  );
  // Closing the window keeps TouchDesk in the tray: phones stay connected until Quit.
  let quitting = false;
  window.on('close', (event) => {
    if (!quitting) {
      event.preventDefault();
      window.hide();
    }
  });
  await window.loadURL(running.panelUrl);
  const openedAtLogin = process.argv.includes(HIDDEN_ARG) || app.getLoginItemSettings().wasOpenedAtLogin;
  if (!openedAtLogin) window.show();

  const tray = new Tray(join(icons, 'tray.png'));
  const refreshTray = () => {
    tray.setToolTip(trayTooltip(language(), running.paused));
    tray.setContextMenu(Menu.buildFromTemplate(trayMenu(language(), running.paused, { showPanel, setPaused: (paused) => running.setPaused(paused), quit: () => app.quit() })));
  };
  tray.on('click', showPanel);
  refreshTray();
  listeners.add(refreshTray);
  settings.watch(refreshTray);

  registerPauseHotkey(globalShortcut, () => running.setPaused(!running.paused), (shortcut) =>
    warnings.push(mainText(language(), 'shortcutTaken', { shortcut })),
  );
  for (const text of warnings) void dialog.showMessageBox({ type: 'warning', title: 'TouchDesk', message: text });
  await explainInjectionProblem(injector.status, language());

  app.on('activate', showPanel);
  // The tray keeps the app alive without a window.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => (quitting = true));
  app.on('will-quit', (event) => {
    event.preventDefault();
    globalShortcut.unregisterAll();
    void running
      .close()
      .then(() => Promise.all([devices.flushed(), settings.flushed()]))
      .finally(() => app.exit(0));
  });
}

/** A Wayland session or a missing macOS permission: said once at start, with the way out. */
async function explainInjectionProblem(status: InjectionStatus, language: Language): Promise<void> {
  const wayland = waylandWarning(status, language);
  if (wayland) {
    await dialog.showMessageBox({ type: 'warning', title: 'TouchDesk', message: wayland.title, detail: wayland.detail });
    return;
  }
  if (status.state !== 'unavailable' || status.problem !== 'permission-missing') return;
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'TouchDesk',
    message: mainText(language, 'accessibilityTitle'),
    detail: mainText(language, 'accessibilityDetail'),
    buttons: [mainText(language, 'openSettings'), mainText(language, 'later')],
    defaultId: 0,
  });
  if (response === 0) await shell.openExternal(ACCESSIBILITY_PANE_URL);
}

void main();
