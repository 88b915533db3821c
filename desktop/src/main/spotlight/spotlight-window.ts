import { BrowserWindow, screen } from 'electron';
import type { LaserPoint } from '../../core/laser-pointer.js';
import { type Rect, SPOTLIGHT_PAGE, spotFor, spotlightBackground } from './spotlight-geometry.js';

/**
 * The spotlight: while a phone holds its laser pointer, everything on the presentation monitor
 * but a circle around the pointer is dimmed. A transparent, frameless window above everything
 * (full-screen slide shows included), which takes no clicks and no focus, so the slide program
 * under it keeps both. The window is made at the first use and hidden, not closed, in between.
 */
export class SpotlightWindow {
  private window: BrowserWindow | undefined;
  private covering: Rect | undefined;

  /** The laser pointer moved (fractions of the whole screen) or ended (undefined). */
  show(at: LaserPoint | undefined): void {
    if (at === undefined) {
      this.window?.hide();
      return;
    }
    const spot = spotFor(
      screen.getAllDisplays().map((display) => display.bounds),
      at.x,
      at.y,
    );
    if (spot === undefined) return;
    const window = this.windowOver(spot.display);
    // The page has no script of its own: the picture is set from here, numbers only.
    void window.webContents.executeJavaScript(`document.body.style.background = ${JSON.stringify(spotlightBackground(spot))};`).catch(() => undefined);
    if (!window.isVisible()) window.showInactive();
  }

  close(): void {
    this.window?.destroy();
    this.window = undefined;
  }

  private windowOver(display: Rect): BrowserWindow {
    if (this.window === undefined || this.window.isDestroyed()) {
      this.window = createOverlay(display);
      this.covering = display;
    } else if (!sameRect(this.covering, display)) {
      this.window.setBounds(display);
      this.covering = display;
    }
    return this.window;
  }
}

function createOverlay(display: Rect): BrowserWindow {
  const window = new BrowserWindow({
    ...display,
    show: false,
    frame: false,
    transparent: true,
    backgroundColor: '#00000000',
    hasShadow: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    focusable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    title: 'TouchDesk spotlight',
    // Its own in-memory session: the panel's request rules do not apply, and nothing is kept.
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, javascript: true, partition: 'touchdesk-spotlight' },
  });
  // Above full-screen windows too, and on every workspace the presentation may be on.
  window.setAlwaysOnTop(true, 'screen-saver');
  window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  // Clicks go through to the slide program below.
  window.setIgnoreMouseEvents(true);
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  void window.loadURL(SPOTLIGHT_PAGE);
  return window;
}

function sameRect(a: Rect | undefined, b: Rect): boolean {
  return a !== undefined && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}
