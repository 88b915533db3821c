import { CLOSE_CODES, type ErrorCode } from '@touchdesk/shared';
import type { ConnectionState } from '../connection/host-connection.js';
import type { IndicatorText, Strings } from '../i18n/strings.js';
import { element } from './dom.js';
import { createModeTabs } from './mode-tabs.js';
import type { ModeId } from './modes.js';
import { Notice } from './notice.js';

/** Long enough to read two lines; a host error is about one action, not a lasting state. */
const HOST_ERROR_VISIBLE_MS = 6000;

export interface AppViewActions {
  reload(): void;
}

/**
 * The page around the modes: connection indicator, desktop name, notices, the tab bar. It
 * only shows things; what happens is decided in main.ts and the connection.
 */
export class AppView {
  private readonly indicator: HTMLElement;
  private readonly hostName: HTMLElement;
  private readonly connectionNotice = new Notice('info');
  private readonly injectionNotice = new Notice('problem');
  private readonly hostErrorNotice = new Notice('problem');
  private hostErrorTimer: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly strings: Strings,
    private readonly actions: AppViewActions,
    modes: Readonly<Record<ModeId, HTMLElement>>,
  ) {
    this.indicator = element('div', { class: 'indicator', role: 'status' });
    this.hostName = element('div', { class: 'host-name' });
    const { tablist, panels } = createModeTabs(strings, modes);
    const header = element('header', { class: 'top-bar' }, [
      element('div', { class: 'top-bar__status' }, [this.indicator, this.hostName]),
      tablist,
    ]);
    const notices = element('div', { class: 'notices' }, [
      this.connectionNotice.element,
      this.injectionNotice.element,
      this.hostErrorNotice.element,
    ]);
    root.appendChild(header);
    root.appendChild(notices);
    root.appendChild(panels);
    this.showIndicator('connecting');
  }

  /** There is no pairing secret: this page was opened some other way than the QR code. */
  showNotPaired(): void {
    this.showIndicator('offline');
    this.connectionNotice.show(this.strings.scanQrCode);
  }

  showConnection(state: ConnectionState): void {
    switch (state.phase) {
      case 'connecting':
      case 'reconnecting':
        this.showIndicator(state.phase);
        this.connectionNotice.hide();
        break;
      case 'connected': {
        this.showIndicator('connected');
        this.connectionNotice.hide();
        this.hostName.textContent = state.status.hostName;
        const injection = state.status.injection;
        if (injection.state === 'unavailable') {
          this.injectionNotice.show(this.strings.injectionProblems[injection.problem]);
        } else {
          this.injectionNotice.hide();
        }
        break;
      }
      case 'stopped':
        this.showIndicator('offline');
        this.injectionNotice.hide();
        this.hideHostError();
        if (state.closeCode === CLOSE_CODES.badToken) {
          this.connectionNotice.show(this.strings.tokenRejected);
        } else {
          this.connectionNotice.show(this.strings.pageOutdated, {
            label: this.strings.reload,
            run: () => this.actions.reload(),
          });
        }
        break;
      default: {
        const unknown: never = state;
        throw new Error(`Unhandled connection state ${JSON.stringify(unknown)}`);
      }
    }
  }

  showHostError(code: ErrorCode): void {
    this.hostErrorNotice.show(this.strings.hostErrors[code]);
    if (this.hostErrorTimer !== null) window.clearTimeout(this.hostErrorTimer);
    this.hostErrorTimer = window.setTimeout(() => this.hideHostError(), HOST_ERROR_VISIBLE_MS);
  }

  private hideHostError(): void {
    if (this.hostErrorTimer !== null) window.clearTimeout(this.hostErrorTimer);
    this.hostErrorTimer = null;
    this.hostErrorNotice.hide();
  }

  private showIndicator(text: IndicatorText): void {
    this.indicator.textContent = this.strings.indicator[text];
    // The dot's colour follows this attribute in CSS; the words alone carry the meaning.
    this.indicator.setAttribute('data-state', text);
    this.root.classList.toggle('is-live', text === 'connected');
  }
}
