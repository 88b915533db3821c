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
  private hideTimer: number | null = null;

  constructor(kind: 'problem' | 'info') {
    this.text = element('p', { class: 'notice__text' });
    this.button = element('button', { type: 'button', class: 'notice__action' });
    this.button.hidden = true;
    this.button.addEventListener('click', () => this.action?.run());
    this.element = element('div', { class: `notice notice--${kind}`, role: 'alert' }, [this.text, this.button]);
    this.element.hidden = true;
  }

  /**
   * Showing the same words again changes nothing on screen, so a screen reader is not made
   * to announce a state the host merely repeated in its next status.
   */
  show(message: string, action: NoticeAction | null = null): void {
    this.cancelHide();
    this.action = action;
    this.button.textContent = action?.label ?? '';
    this.button.hidden = action === null;
    if (this.text.textContent !== message) this.text.textContent = message;
    this.element.hidden = false;
  }

  /** For news about one moment rather than a lasting state; hides itself after `ms`. */
  showFor(message: string, ms: number): void {
    this.show(message);
    this.hideTimer = window.setTimeout(() => this.hide(), ms);
  }

  hide(): void {
    this.cancelHide();
    this.element.hidden = true;
    this.action = null;
  }

  private cancelHide(): void {
    if (this.hideTimer !== null) window.clearTimeout(this.hideTimer);
    this.hideTimer = null;
  }
}
