import type { ActiveWindow } from '../core/presenter/app-detection.js';
import type { ActiveWindowWatcher } from '../core/presenter/ports.js';
import { ATOM, EVENT_MASK, X11Connection, type XEvent } from './x11-protocol.js';

/** WM_CLASS is two short names; a title longer than this is cut by the detection anyway. */
const MAX_CLASS_BYTES = 256;
const MAX_TITLE_BYTES = 1024;

/**
 * The window in front on X11, as the window manager says it (EWMH's _NET_ACTIVE_WINDOW on the
 * root window), with its WM_CLASS and title. Nothing is polled: the root window tells this
 * connection when _NET_ACTIVE_WINDOW changes, and the active window when its title does (a
 * browser switching tabs, a slide program opening a file). A window manager without EWMH sets
 * no _NET_ACTIVE_WINDOW, and the app is then reported as unknown.
 */
export class X11ActiveWindowWatcher implements ActiveWindowWatcher {
  private changed: ((window: ActiveWindow | undefined) => void) | undefined;
  private stopEvents: (() => void) | undefined;
  /** The active window whose title changes this connection hears of; 0 for none. */
  private followed = 0;
  private reading = false;
  private readAgain = false;

  private constructor(
    private readonly x: X11Connection,
    private readonly atoms: { readonly activeWindow: number; readonly wmName: number },
  ) {}

  static async open(display: string): Promise<X11ActiveWindowWatcher> {
    const x = await X11Connection.open(display);
    try {
      const [activeWindow, wmName] = await Promise.all([x.atom('_NET_ACTIVE_WINDOW'), x.atom('_NET_WM_NAME')]);
      return new X11ActiveWindowWatcher(x, { activeWindow, wmName });
    } catch (error) {
      x.close();
      throw error;
    }
  }

  watch(changed: (window: ActiveWindow | undefined) => void): void {
    this.changed = changed;
    this.stopEvents = this.x.onEvent((event) => {
      if (this.concerns(event)) this.refresh();
    });
    this.x.selectEvents(this.x.root, EVENT_MASK.PropertyChange);
    this.refresh();
  }

  stop(): void {
    this.changed = undefined;
    this.stopEvents?.();
    this.x.close();
  }

  private concerns(event: XEvent): boolean {
    if (event.name !== 'PropertyNotify') return false;
    if (event.wid === this.x.root) return event.atom === this.atoms.activeWindow;
    return event.wid === this.followed && (event.atom === this.atoms.wmName || event.atom === ATOM.WM_NAME);
  }

  /**
   * One read at a time. Changes that arrive during a read (a window manager sets several
   * properties at once when focus moves) cause one more read after it, not one each.
   */
  private refresh(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = true;
    void (async () => {
      do {
        this.readAgain = false;
        // A window that closes while it is read (BadWindow) or a lost connection: nothing in front.
        const window = await this.readActiveWindow().catch(() => undefined);
        this.changed?.(window);
      } while (this.readAgain && this.x.isOpen);
      this.reading = false;
    })();
  }

  private async readActiveWindow(): Promise<ActiveWindow | undefined> {
    const [id = 0] = await this.x.cardinals(this.x.root, this.atoms.activeWindow, 1);
    this.follow(id);
    if (id === 0) return undefined;
    const [wmClass, netTitle, title] = await Promise.all([
      this.x.getProperty(id, ATOM.WM_CLASS, MAX_CLASS_BYTES),
      this.x.getProperty(id, this.atoms.wmName, MAX_TITLE_BYTES),
      this.x.getProperty(id, ATOM.WM_NAME, MAX_TITLE_BYTES),
    ]);
    // WM_CLASS is "instance\0class\0" in Latin-1; _NET_WM_NAME is UTF-8, the older WM_NAME Latin-1.
    const [instance = '', className = ''] = wmClass.data.toString('latin1').split('\0');
    return { instance, className, title: netTitle.data.length > 0 ? netTitle.data.toString('utf8') : title.data.toString('latin1') };
  }

  /** Hears of title changes of the active window only: the others do not matter until they come to the front. */
  private follow(id: number): void {
    if (id === this.followed) return;
    // An error here (the old window is gone) lands in the connection's unchecked errors, harmlessly.
    if (this.followed !== 0) this.x.selectEvents(this.followed, 0);
    this.followed = id;
    if (id !== 0) this.x.selectEvents(id, EVENT_MASK.PropertyChange);
  }
}

/** The watcher for this desktop, or none where the foreground app cannot be read (say why on stderr). */
export async function openActiveWindowWatcher(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  warn: (text: string) => void,
): Promise<ActiveWindowWatcher | undefined> {
  if (platform === 'win32' || platform === 'darwin' || !env.DISPLAY) return undefined;
  try {
    return await X11ActiveWindowWatcher.open(env.DISPLAY);
  } catch (error) {
    warn(`The app in front cannot be read, so the presenter will not follow it: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
