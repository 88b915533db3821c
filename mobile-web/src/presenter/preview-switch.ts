import type { InputMessage } from '../connection/secure-session.js';
import type { KeyValueStore } from '../storage/key-value-store.js';

/** Beside the device credential: each desktop has its own answer. */
export function previewKey(host: string): string {
  return `touchdesk.preview.v1@${host}`;
}

/**
 * The phone's preview switch, remembered on the phone: on until its user turns it off (the
 * desktop's owner has a switch of their own, in the desktop's settings). The host is asked for
 * frames only while the switch is on, the presenter is on screen and the connection is up;
 * each new connection is asked again, since the host forgets with the old one.
 */
export class PreviewSwitch {
  private readonly key: string;
  private shown = false;
  private connected = false;
  private asked = false;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
    private readonly send: (message: InputMessage) => void,
  ) {
    this.key = previewKey(host);
  }

  get on(): boolean {
    try {
      return this.storage.getItem(this.key) !== 'off';
    } catch {
      return true;
    }
  }

  set(on: boolean): void {
    try {
      this.storage.setItem(this.key, on ? 'on' : 'off');
    } catch {
      // Not remembered past this page; the switch still works for now.
    }
    this.update();
  }

  /** The presenter mode came into view or left it (another tab, the page hidden). */
  setShown(shown: boolean): void {
    this.shown = shown;
    this.update();
  }

  setConnected(connected: boolean): void {
    if (connected && !this.connected) this.asked = false;
    this.connected = connected;
    this.update();
  }

  /** Whether frames are wanted right now. */
  get wanted(): boolean {
    return this.on && this.shown && this.connected;
  }

  private update(): void {
    if (!this.connected) return;
    const wanted = this.wanted;
    if (wanted === this.asked) return;
    this.asked = wanted;
    this.send({ type: 'preview', on: wanted });
  }
}
