import type { ModifierState } from '../input/modifier-latch.js';
import { element } from './dom.js';
import { ModifierTaps } from './modifier-taps.js';
import { whenPressed } from './press.js';

export interface ModifierActions {
  tap(): void;
  /** Given, a double tap or a long press locks the key; without it every tap is a `tap`. */
  lock?: () => void;
}

/** Read after the key's name by screen readers: what the pressed state means. */
export interface ModifierStateWords {
  readonly armed: string;
  readonly locked: string;
}

let nextId = 1;

/**
 * A sticky modifier key as a toggle button (WAI-ARIA button pattern with `aria-pressed`): its
 * name is the key cap's ("Ctrl"), `aria-pressed` says whether it is on, `data-state` (and a
 * description) whether for the next key only (`armed`) or held down (`locked`). What a press
 * means is decided by whoever passes the actions; this only shows and tells taps apart.
 */
export class ModifierToggle {
  /** The button and its (unseen) description, to be placed together. */
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  private readonly description: HTMLElement;
  private state: ModifierState = 'off';

  constructor(
    label: string,
    actions: ModifierActions,
    private readonly words: ModifierStateWords,
    now: () => number = () => Date.now(),
  ) {
    const id = `modifier-state-${nextId++}`;
    this.description = element('span', { id, class: 'visually-hidden' });
    this.button = element(
      'button',
      { type: 'button', class: 'key-toggle', 'aria-pressed': 'false', 'data-state': 'off', 'aria-describedby': id },
      [label],
    );
    this.element = element('span', { class: 'key-toggle-wrap' }, [this.button, this.description]);
    const lock = actions.lock;
    const taps = new ModifierTaps(now);
    whenPressed(this.button, {
      press: () => (lock !== undefined && taps.tap(this.state) === 'lock' ? lock() : actions.tap()),
      ...(lock === undefined ? {} : { longPress: lock }),
    });
  }

  setLabel(label: string): void {
    if (this.button.textContent !== label) this.button.textContent = label;
  }

  show(state: ModifierState, enabled: boolean): void {
    this.state = state;
    this.button.setAttribute('aria-pressed', String(state !== 'off'));
    this.button.setAttribute('data-state', state);
    const words = state === 'off' ? '' : this.words[state];
    if (this.description.textContent !== words) this.description.textContent = words;
    this.button.disabled = !enabled;
  }
}
