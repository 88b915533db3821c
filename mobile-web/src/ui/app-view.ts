import { ERROR_CODE_TEXT, type ErrorCode, INJECTION_PROBLEM_TEXT, type Language, type ModifierKey } from '@touchdesk/shared';
import type { ConnectionState, StopReason } from '../connection/host-connection.js';
import type { IndicatorText, Strings } from '../i18n/strings.js';
import { type InputGate, inputGate } from '../input/input-gate.js';
import type { InputWarning } from '../input/phone-input.js';
import { element } from './dom.js';
import { createModeTabs, type ModeSelected } from './mode-tabs.js';
import type { ModeId } from './modes.js';
import { Notice } from './notice.js';

/** Long enough to read two lines; a host error is about one action, not a lasting state. */
const HOST_ERROR_VISIBLE_MS = 6000;

/** A dropped input is worth a little longer: the user may want to redo it. */
const INPUT_WARNING_VISIBLE_MS = 8000;

export interface AppViewActions {
  reload(): void;
  /** Ask the host for exclusive control, taking it from the phone that has it. */
  takeControl(): void;
  modeSelected: ModeSelected;
}

/**
 * The page around the modes: connection indicator, round trip, desktop name, who is in
 * control, notices, the tab bar. It only shows things; what happens is decided in main.ts,
 * the connection and PhoneInput.
 */
export class AppView {
  private readonly indicator: HTMLElement;
  private readonly hostName: HTMLElement;
  private readonly roundTrip: HTMLElement;
  private readonly roundTripValue: HTMLElement;
  private readonly inControl: HTMLElement;
  private readonly pausedNotice = new Notice('problem');
  private readonly controlNotice = new Notice('info');
  private readonly connectionNotice = new Notice('info');
  private readonly injectionNotice = new Notice('problem');
  private readonly hostErrorNotice = new Notice('problem');
  private readonly inputWarningNotice = new Notice('problem');
  private modifierLabels: Readonly<Record<ModifierKey, string>>;

  constructor(
    private readonly root: HTMLElement,
    private readonly strings: Strings,
    private readonly language: Language,
    private readonly actions: AppViewActions,
    modes: Readonly<Record<ModeId, HTMLElement>>,
    /** Buttons at the end of the status row, such as the settings gear. */
    topBarTools: readonly HTMLElement[] = [],
  ) {
    this.indicator = element('div', { class: 'indicator', role: 'status' });
    this.hostName = element('div', { class: 'host-name' });
    // Not a live region: a figure that changes every few seconds must not be read out each time.
    this.roundTripValue = element('span', { id: 'round-trip' });
    this.roundTrip = element('div', { class: 'round-trip' }, [
      element('span', { class: 'visually-hidden' }, [`${strings.roundTripLabel} `]),
      this.roundTripValue,
    ]);
    this.inControl = element('div', { class: 'in-control', id: 'in-control' }, [strings.youAreInControl]);
    this.modifierLabels = strings.modifierKeys;
    const { tablist, panels } = createModeTabs(strings, modes, actions.modeSelected);
    const header = element('header', { class: 'top-bar' }, [
      element('div', { class: 'top-bar__status' }, [this.indicator, this.inControl, this.hostName, this.roundTrip, ...topBarTools]),
      tablist,
    ]);
    const notices = element('div', { class: 'notices' }, [
      this.pausedNotice.element,
      this.controlNotice.element,
      this.connectionNotice.element,
      this.injectionNotice.element,
      this.hostErrorNotice.element,
      this.inputWarningNotice.element,
    ]);
    this.pausedNotice.element.id = 'paused-notice';
    this.controlNotice.element.id = 'control-notice';
    root.appendChild(header);
    root.appendChild(notices);
    root.appendChild(panels);
    this.showIndicator('connecting');
    this.showRoundTrip(null);
    this.showGate({ kind: 'waiting' });
  }

  showConnection(state: ConnectionState): void {
    this.showGate(inputGate(state));
    if (state.phase !== 'connected') this.showRoundTrip(null);
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

  /** The modifiers' names as their buttons show them (Cmd on a Mac, Super on a PC). */
  setModifierLabels(labels: Readonly<Record<ModifierKey, string>>): void {
    this.modifierLabels = labels;
  }

  showHostError(code: ErrorCode): void {
    this.hostErrorNotice.showFor(ERROR_CODE_TEXT[code][this.language], HOST_ERROR_VISIBLE_MS);
  }

  /** Whole milliseconds; null hides the figure (no session, or no pong yet). */
  showRoundTrip(ms: number | null): void {
    this.roundTrip.hidden = ms === null;
    this.roundTripValue.textContent = ms === null ? '' : this.strings.roundTrip(Math.round(ms));
  }

  showInputWarning(warning: InputWarning): void {
    switch (warning.kind) {
      case 'queue-overflow':
        this.inputWarningNotice.showFor(this.strings.queueOverflow(warning.capacity), INPUT_WARNING_VISIBLE_MS);
        break;
      case 'held-keys-released': {
        const keys = warning.keys.map((key) => this.modifierLabels[key]).join(' + ');
        this.inputWarningNotice.showFor(this.strings.heldKeysReleased(keys, warning.droppedInputs), INPUT_WARNING_VISIBLE_MS);
        break;
      }
      default: {
        const unknown: never = warning;
        throw new Error(`Unhandled input warning ${JSON.stringify(unknown)}`);
      }
    }
  }

  /** Pause and exclusive control: a banner and a greyed-out pad when input is not taken. */
  private showGate(gate: InputGate): void {
    if (gate.kind === 'paused') {
      this.pausedNotice.show(this.strings.paused);
    } else {
      this.pausedNotice.hide();
    }
    if (gate.kind === 'other-in-control') {
      this.controlNotice.show(this.strings.otherInControl(gate.controllerName ?? this.strings.anotherPhone), {
        label: this.strings.takeOver,
        run: () => this.actions.takeControl(),
      });
    } else {
      this.controlNotice.hide();
    }
    this.inControl.hidden = !(gate.kind === 'open' && gate.inControl);
    this.root.classList.toggle('is-blocked', gate.kind === 'paused' || gate.kind === 'other-in-control');
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
    this.hostErrorNotice.hide();
  }

  private showIndicator(text: IndicatorText): void {
    this.indicator.textContent = this.strings.indicator[text];
    // The dot's colour follows this attribute in CSS; the words alone carry the meaning.
    this.indicator.setAttribute('data-state', text);
    this.root.classList.toggle('is-live', text === 'connected');
  }
}
