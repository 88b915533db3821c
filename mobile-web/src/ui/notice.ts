import { element } from './dom.js';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

/**
 * A message that tells the user what is wrong and what to do, with at most one button for
 * doing it. `role="alert"` makes screen readers announce it when it appears.
 */
export class Notice {
  readonly element: HTMLElement;
  private readonly text: HTMLElement;
  private readonly button: HTMLButtonElement;
  private action: NoticeAction | null = null;

  constructor(kind: 'problem' | 'info') {
    this.text = element('p', { class: 'notice__text' });
    this.button = element('button', { type: 'button', class: 'notice__action' });
    this.button.hidden = true;
    this.button.addEventListener('click', () => this.action?.run());
    this.element = element('div', { class: `notice notice--${kind}`, role: 'alert' }, [this.text, this.button]);
    this.element.hidden = true;
  }

  show(message: string, action: NoticeAction | null = null): void {
    this.text.textContent = message;
    this.action = action;
    this.button.textContent = action?.label ?? '';
    this.button.hidden = action === null;
    this.element.hidden = false;
  }

  hide(): void {
    this.element.hidden = true;
    this.action = null;
  }
}
