import { LANGUAGES, type Language } from '@touchdesk/shared';
import type { HomeScreenHow } from '../i18n/settings-strings.js';
import type { Strings } from '../i18n/strings.js';
import { element } from '../ui/dom.js';
import { type PhoneSettings, SPEED_RANGE } from './phone-settings.js';

export interface SettingsSheetOptions {
  readonly language: Language;
  readonly settings: PhoneSettings;
  /** The browser can vibrate; otherwise the switch is off, greyed and says why. */
  readonly canVibrate: boolean;
  /** Storage works; otherwise the sheet says settings will not last. */
  readonly persistent: boolean;
  readonly homeScreen: HomeScreenHow;
}

export interface SettingsSheetActions {
  changed(change: Partial<PhoneSettings>): void;
  languageChosen(language: Language): void;
}

let nextId = 1;

/**
 * The phone's settings, in a sheet over the page (a `dialog` element would be simpler, but
 * iOS 12 has none): language, scrolling direction, speeds, vibration, the gestures, and how
 * to put the page on the home screen. Modal while open: Escape or Done closes it and the
 * focus goes back to the gear that opened it.
 */
export class SettingsSheet {
  /** The gear in the top bar. */
  readonly openButton: HTMLButtonElement;
  /** The sheet itself, placed last in the page so it covers it. */
  readonly element: HTMLElement;
  private readonly closeButton: HTMLButtonElement;

  constructor(
    private readonly strings: Strings,
    private readonly options: SettingsSheetOptions,
    private readonly actions: SettingsSheetActions,
  ) {
    const words = strings.settings;
    this.openButton = element('button', { type: 'button', class: 'icon-button', 'aria-haspopup': 'dialog', 'aria-label': words.open }, ['⚙']);
    this.closeButton = element('button', { type: 'button', class: 'key key--primary settings-sheet__done' }, [words.close]);
    const titleId = `settings-title-${nextId++}`;
    const body = element('div', { class: 'settings-sheet__body' }, [
      this.languagePicker(),
      this.switchRow('naturalScrolling', words.naturalScrolling, options.settings.naturalScrolling, words.naturalScrollingHint),
      this.speedRow('pointerSpeed', words.pointerSpeed, options.settings.pointerSpeed),
      this.speedRow('scrollSpeed', words.scrollSpeed, options.settings.scrollSpeed),
      this.switchRow('haptics', words.haptics, options.canVibrate && options.settings.haptics, options.canVibrate ? undefined : words.hapticsUnsupported, !options.canVibrate),
      ...(options.persistent ? [] : [element('p', { class: 'settings-sheet__note' }, [words.notSaved])]),
      element('h3', { class: 'settings-sheet__heading' }, [words.gestures]),
      element('ul', { class: 'settings-sheet__list' }, words.gestureList.map((line) => element('li', {}, [line]))),
      element('h3', { class: 'settings-sheet__heading' }, [words.homeScreen]),
      element('p', { class: 'settings-sheet__note' }, [words.homeScreenHow[options.homeScreen]]),
    ]);
    const sheet = element('div', { class: 'settings-sheet', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId }, [
      element('div', { class: 'settings-sheet__bar' }, [element('h2', { id: titleId, class: 'settings-sheet__title' }, [words.title]), this.closeButton]),
      body,
    ]);
    this.element = element('div', { class: 'settings-backdrop' }, [sheet]);
    this.element.hidden = true;
    this.openButton.addEventListener('click', () => this.open());
    this.closeButton.addEventListener('click', () => this.close());
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
      if (event.key === 'Tab') this.keepFocusInside(event);
    });
    // A tap on the dimmed page around the sheet closes it, as on the phone's own sheets.
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) this.close();
    });
  }

  open(): void {
    this.element.hidden = false;
    this.closeButton.focus();
  }

  close(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.openButton.focus();
  }

  /** Modal: Tab from the last control goes to the first, Shift+Tab from the first to the last. */
  private keepFocusInside(event: KeyboardEvent): void {
    const controls = Array.prototype.slice.call(this.element.querySelectorAll('button, input:not([disabled])')) as HTMLElement[];
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (first === undefined || last === undefined) return;
    const active = document.activeElement;
    if (event.shiftKey ? active === first : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  }

  private languagePicker(): HTMLElement {
    const name = `language-${nextId++}`;
    const choices = LANGUAGES.map((language) => {
      const input = element('input', { type: 'radio', name, value: language, class: 'settings-sheet__radio' });
      input.checked = language === this.options.language;
      input.addEventListener('change', () => {
        if (input.checked) this.actions.languageChosen(language);
      });
      // The name is in its own language, and says so, so a screen reader pronounces it right.
      return element('label', { class: 'settings-row settings-row--choice', lang: language }, [input, this.strings.settings.languageNames[language]]);
    });
    return element('fieldset', { class: 'settings-group' }, [element('legend', { class: 'settings-group__legend' }, [this.strings.settings.language]), ...choices]);
  }

  private switchRow(key: 'naturalScrolling' | 'haptics', label: string, checked: boolean, hint?: string, disabled = false): HTMLElement {
    const hintId = `setting-hint-${nextId++}`;
    const input = element('input', { type: 'checkbox', role: 'switch', class: 'settings-sheet__switch', ...(hint === undefined ? {} : { 'aria-describedby': hintId }) });
    input.checked = checked;
    input.disabled = disabled;
    input.addEventListener('change', () => this.actions.changed({ [key]: input.checked }));
    const row = element('label', { class: 'settings-row' }, [element('span', { class: 'settings-row__label' }, [label]), input]);
    return element('div', { class: 'settings-item' }, [row, ...(hint === undefined ? [] : [element('p', { id: hintId, class: 'settings-sheet__note' }, [hint])])]);
  }

  private speedRow(key: 'pointerSpeed' | 'scrollSpeed', label: string, value: number): HTMLElement {
    const format = this.strings.settings.speedValue;
    const input = element('input', {
      type: 'range',
      class: 'settings-sheet__range',
      min: String(SPEED_RANGE.min),
      max: String(SPEED_RANGE.max),
      step: String(SPEED_RANGE.step),
      value: String(value),
      'aria-valuetext': format(value),
    });
    const shown = element('span', { class: 'settings-row__value', 'aria-hidden': 'true' }, [format(value)]);
    input.addEventListener('input', () => {
      const speed = Number(input.value);
      input.setAttribute('aria-valuetext', format(speed));
      shown.textContent = format(speed);
      this.actions.changed({ [key]: speed });
    });
    return element('label', { class: 'settings-row settings-row--range' }, [
      element('span', { class: 'settings-row__label' }, [label]),
      shown,
      input,
    ]);
  }
}
