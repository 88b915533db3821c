/**
 * The few Electron APIs the desktop app's decisions depend on, as ports: the decisions are
 * unit-tested under plain Node with fakes, and electron-main.ts hands in the real APIs.
 */

/** app.requestSingleInstanceLock and its 'second-instance' event. */
export interface InstanceLockPort {
  requestSingleInstanceLock(): boolean;
  onSecondInstance(listener: () => void): void;
  quit(): void;
}

/** globalShortcut. */
export interface ShortcutPort {
  register(accelerator: string, callback: () => void): boolean;
  unregisterAll(): void;
}

/** Notification. */
export interface NotifierPort {
  isSupported(): boolean;
  show(title: string, body: string): void;
}

/** app.get/setLoginItemSettings (macOS, Windows). */
export interface LoginItemPort {
  getOpenAtLogin(): boolean;
  setOpenAtLogin(openAtLogin: boolean): void;
}

/** What an IPC handler knows of who asked: the frame's address, and whether it is the top frame. */
export interface IpcSender {
  readonly url: string | undefined;
  readonly isMainFrame: boolean;
}

/** ipcMain.handle, with the sender reduced to what the checks need. */
export interface IpcPort {
  handle(channel: string, handler: (sender: IpcSender, args: readonly unknown[]) => unknown): void;
}

/** The events of a webContents that can take a window elsewhere. */
export interface NavigationPort {
  onWillNavigate(listener: (url: string, prevent: () => void) => void): void;
  onWillRedirect(listener: (url: string, prevent: () => void) => void): void;
  onWillAttachWebview(listener: (prevent: () => void) => void): void;
  setWindowOpenHandler(handler: (url: string) => { action: 'deny' }): void;
}

/** An item of the tray's menu, as Menu.buildFromTemplate takes it. */
export interface MenuItem {
  readonly label?: string;
  readonly type?: 'normal' | 'separator' | 'checkbox';
  readonly checked?: boolean;
  readonly click?: () => void;
}
