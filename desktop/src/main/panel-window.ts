import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The panel window, as Electron's security checklist asks: the page runs sandboxed, isolated
 * from the preload, without Node; the preload exposes one function per IPC channel and nothing
 * else. `preload` is the compiled preload script's absolute path.
 */
export function panelWindowOptions(preload: string, icon: string | undefined): BrowserWindowConstructorOptions {
  return {
    width: 480,
    height: 820,
    title: 'TouchDesk',
    show: false,
    ...(icon !== undefined && { icon }),
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}
