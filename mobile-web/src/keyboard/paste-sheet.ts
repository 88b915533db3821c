import { element } from '../ui/dom.js';
import { whenPressed } from '../ui/press.js';
import { MAX_FIELD_UNITS } from './field-limit.js';

export interface PasteSheetStrings {
  readonly title: string;
  readonly fieldLabel: string;
  readonly limit: string;
  readonly send: string;
  readonly cancel: string;
}

/**
 * "Send text…": a larger field for a block of text (a paste, a prepared paragraph) that goes
 * to the desktop only when the user says Send, as text, line breaks included, split into as
 * many messages as it takes. It stands in for the keyboard's own controls while open, so
 * nothing behind it can be reached; a non-modal dialog, as the tab bar stays usable.
 */
export class PasteSheet {
  readonly element: HTMLElement;
  private readonly field: HTMLTextAreaElement;
  private readonly count: HTMLElement;
  private readonly sendButton: HTMLButtonElement;
  private enabled = true;

  constructor(
    strings: PasteSheetStrings,
    private readonly actions: { send(text: string): void; closed(): void },
  ) {
    const title = element('h2', { id: 'paste-sheet-title', class: 'paste-sheet__title' }, [strings.title]);
    const limit = element('p', { id: 'paste-sheet-limit', class: 'paste-sheet__limit' }, [strings.limit]);
    this.field = element('textarea', {
      class: 'paste-sheet__field',
      'aria-label': strings.fieldLabel,
      'aria-describedby': limit.id,
      maxlength: String(MAX_FIELD_UNITS),
      autocapitalize: 'off',
    });
    this.count = element('span', { class: 'paste-sheet__count', 'aria-hidden': 'true' });
    this.sendButton = element('button', { type: 'button', class: 'key key--primary' }, [strings.send]);
    const cancel = element('button', { type: 'button', class: 'key' }, [strings.cancel]);
    this.element = element(
      'div',
      { class: 'paste-sheet', role: 'dialog', 'aria-labelledby': title.id },
      [
        title,
        this.field,
        element('div', { class: 'paste-sheet__bar' }, [limit, this.count]),
        element('div', { class: 'paste-sheet__actions' }, [cancel, this.sendButton]),
      ],
    );
    this.element.hidden = true;
    this.field.addEventListener('input', () => this.update());
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    whenPressed(this.sendButton, { press: () => this.send() });
    whenPressed(cancel, { press: () => this.close() });
    this.update();
  }

  get isOpen(): boolean {
    return !this.element.hidden;
  }

  open(): void {
    this.element.hidden = false;
    this.update();
    this.field.focus();
  }

  close(): void {
    if (!this.isOpen) return;
    this.element.hidden = true;
    this.actions.closed();
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.update();
  }

  private send(): void {
    const text = this.field.value;
    if (text === '' || !this.enabled) return;
    this.actions.send(text);
    this.field.value = '';
    this.close();
  }

  private update(): void {
    const length = this.field.value.length;
    this.count.textContent = `${length} / ${MAX_FIELD_UNITS}`;
    this.sendButton.disabled = !this.enabled || length === 0;
  }
}
