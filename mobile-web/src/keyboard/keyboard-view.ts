import { MODIFIER_KEYS, type ModifierKey, type NamedKey } from '@touchdesk/shared';
import type { Strings } from '../i18n/strings.js';
import type { ModifierState } from '../input/modifier-latch.js';
import { element } from '../ui/dom.js';
import { ModifierToggle } from '../ui/modifier-toggle.js';
import { whenPressed } from '../ui/press.js';
import { FUNCTION_KEYS, SPECIAL_KEY_CAPS, SPECIAL_KEYS } from './key-tables.js';
import { PasteSheet } from './paste-sheet.js';
import { type DesktopPlatform, SHORTCUT_IDS, type ShortcutId } from './shortcuts.js';
import { createTypeField } from './type-field.js';

export interface KeyboardViewActions {
  pressKey(key: NamedKey): void;
  shortcut(id: ShortcutId): void;
  tapModifier(key: ModifierKey): void;
  lockModifier(key: ModifierKey): void;
  platformChosen(platform: DesktopPlatform): void;
  sendText(text: string): void;
}

export interface KeyboardViewState {
  /** Whether input is taken (not paused, not another phone's turn). */
  readonly enabled: boolean;
  readonly platform: DesktopPlatform;
  modifier(key: ModifierKey): ModifierState;
}

/**
 * The keyboard mode's panel. From the top: "Send text…" and the Mac toggle, used now and then;
 * the field the phone's keyboard types into; then rows of buttons that end just above the
 * phone's keyboard: shortcuts, modifiers, special keys, function keys. Rows too long for the screen scroll
 * sideways. Every button acts on touch without taking the focus, so the phone's keyboard stays
 * up. It only shows and reports; main.ts decides what a press does.
 */
export class KeyboardView {
  readonly element: HTMLElement;
  readonly field: HTMLTextAreaElement;
  private readonly controls: HTMLElement;
  private readonly modifiers = new Map<ModifierKey, ModifierToggle>();
  private readonly buttons: HTMLButtonElement[] = [];
  private readonly macToggle: HTMLButtonElement;
  private readonly pasteOpen: HTMLButtonElement;
  private readonly pasteSheet: PasteSheet;
  private platform: DesktopPlatform = 'pc';

  constructor(
    private readonly strings: Strings,
    private readonly actions: KeyboardViewActions,
    now: () => number,
  ) {
    const words = strings.keyboard;
    this.field = createTypeField(words.fieldLabel, words.fieldPlaceholder);
    this.pasteOpen = this.button(words.pasteOpen, () => this.openPasteSheet(), 'key key--wide');

    const shortcuts = SHORTCUT_IDS.map((id) => this.button(words.shortcuts[id], () => actions.shortcut(id), 'key key--wide'));
    const specialKeys = SPECIAL_KEYS.map((key) =>
      this.button(SPECIAL_KEY_CAPS[key], () => actions.pressKey(key), 'key', words.keyNames[key]),
    );
    const functionKeys = FUNCTION_KEYS.map((key) => this.button(key, () => actions.pressKey(key), 'key'));

    const hint = element('p', { id: 'modifier-hint', class: 'visually-hidden' }, [words.modifierHint]);
    const stateWords = { armed: strings.modifierArmed, locked: strings.modifierLocked };
    for (const key of MODIFIER_KEYS) {
      this.modifiers.set(
        key,
        new ModifierToggle(strings.modifierKeys[key], { tap: () => actions.tapModifier(key), lock: () => actions.lockModifier(key) }, stateWords, now),
      );
    }
    const macHint = element('span', { id: 'mac-toggle-hint', class: 'visually-hidden' }, [words.macToggleHint]);
    // A setting, not input: usable while paused too.
    this.macToggle = element(
      'button',
      { type: 'button', class: 'key-toggle key-toggle--setting', 'aria-pressed': 'false', 'aria-describedby': macHint.id },
      [words.macToggle],
    );
    whenPressed(this.macToggle, { press: () => actions.platformChosen(this.platform === 'mac' ? 'pc' : 'mac') });

    this.controls = element('div', { class: 'keyboard-controls' }, [
      element('div', { class: 'key-row key-row--tools' }, [this.pasteOpen, element('span', { class: 'key-row__gap' }), this.macToggle, macHint]),
      this.field,
      row(words.shortcutsLabel, shortcuts, 'key-row--scroll key-row--shortcuts'),
      row(strings.modifierBarLabel, [...[...this.modifiers.values()].map((toggle) => toggle.element), hint], '', hint.id),
      row(words.specialKeysLabel, specialKeys, 'key-row--scroll'),
      row(words.functionKeysLabel, functionKeys, 'key-row--scroll key-row--functions'),
    ]);
    this.pasteSheet = new PasteSheet(
      {
        title: words.pasteTitle,
        fieldLabel: words.pasteFieldLabel,
        limit: words.pasteLimit,
        send: words.pasteSend,
        cancel: words.pasteCancel,
      },
      {
        send: (text) => actions.sendText(text),
        closed: () => {
          this.controls.hidden = false;
          this.field.focus();
        },
      },
    );
    this.element = element('div', { class: 'keyboard-view' }, [this.controls, this.pasteSheet.element]);
  }

  show(state: KeyboardViewState): void {
    this.platform = state.platform;
    const labels = state.platform === 'mac' ? this.strings.macModifierKeys : this.strings.modifierKeys;
    for (const [key, toggle] of this.modifiers) {
      toggle.setLabel(labels[key]);
      toggle.show(state.modifier(key), state.enabled);
    }
    this.macToggle.setAttribute('aria-pressed', String(state.platform === 'mac'));
    for (const button of this.buttons) button.disabled = !state.enabled;
    this.field.disabled = !state.enabled;
    this.pasteSheet.setEnabled(state.enabled);
  }

  /** Raises the phone's keyboard; call from a user's tap, or iOS will not. */
  focusField(): void {
    if (!this.pasteSheet.isOpen && !this.field.disabled) this.field.focus();
  }

  /** The mode was left: the phone's keyboard goes down with it. */
  left(): void {
    this.field.blur();
  }

  private openPasteSheet(): void {
    this.controls.hidden = true;
    this.pasteSheet.open();
  }

  private button(label: string, press: () => void, className: string, name?: string): HTMLButtonElement {
    const button = element('button', name === undefined ? { type: 'button', class: className } : { type: 'button', class: className, 'aria-label': name }, [label]);
    whenPressed(button, { press });
    this.buttons.push(button);
    return button;
  }
}

function row(label: string, children: readonly HTMLElement[], modifier: string, describedBy?: string): HTMLElement {
  const attributes: Record<string, string> = { class: `key-row ${modifier}`.trim(), role: 'group', 'aria-label': label };
  if (describedBy !== undefined) attributes['aria-describedby'] = describedBy;
  return element('div', attributes, children);
}
