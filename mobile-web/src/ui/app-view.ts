import { ERROR_CODE_TEXT, type ErrorCode, INJECTION_PROBLEM_TEXT, type Language } from '@touchdesk/shared';
import type { ConnectionState, StopReason } from '../connection/host-connection.js';
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
    private readonly language: Language,
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
          this.injectionNotice.show(INJECTION_PROBLEM_TEXT[injection.problem][this.language]);
        } else {
          this.injectionNotice.hide();
        }
        break;
      }
      case 'rate-limited':
        this.showIndicator('offline');
        this.injectionNotice.hide();
        this.hideHostError();
        this.connectionNotice.show(ERROR_CODE_TEXT['rate-limited'][this.language]);
        break;
      case 'stopped':
        this.showIndicator('offline');
        this.injectionNotice.hide();
        this.hideHostError();
        this.showStopped(state.reason);
        break;
      default: {
        const unknown: never = state;
        throw new Error(`Unhandled connection state ${JSON.stringify(unknown)}`);
      }
    }
  }

  showHostError(code: ErrorCode): void {
    this.hostErrorNotice.show(ERROR_CODE_TEXT[code][this.language]);
    if (this.hostErrorTimer !== null) window.clearTimeout(this.hostErrorTimer);
    this.hostErrorTimer = window.setTimeout(() => this.hideHostError(), HOST_ERROR_VISIBLE_MS);
  }

  private showStopped(reason: StopReason): void {
    const reload = { label: this.strings.reload, run: () => this.actions.reload() };
    switch (reason.kind) {
      case 'not-paired':
        this.connectionNotice.show(this.strings.scanQrCode);
        break;
      case 'credential-rejected':
        this.connectionNotice.show(
          reason.errorCode === null ? this.strings.scanQrCodeAgain : ERROR_CODE_TEXT[reason.errorCode][this.language],
        );
        break;
      case 'version-mismatch':
        this.connectionNotice.show(ERROR_CODE_TEXT['version-mismatch'][this.language], reload);
        break;
      case 'host-unverified':
        this.connectionNotice.show(this.strings.hostUnverified, reload);
        break;
      default: {
        const unknown: never = reason;
        throw new Error(`Unhandled stop reason ${JSON.stringify(unknown)}`);
      }
    }
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
