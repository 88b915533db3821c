import { element } from './dom.js';

/**
 * A sticky modifier key as a toggle button (WAI-ARIA button pattern with `aria-pressed`):
 * its name is the key cap's ("Ctrl"), its pressed state says whether the desktop holds it.
 * What a press means is decided by whoever passes `onToggle`; this only shows.
 */
export class ModifierToggle {
  readonly element: HTMLButtonElement;

  constructor(label: string, onToggle: () => void) {
    this.element = element('button', { type: 'button', class: 'key-toggle', 'aria-pressed': 'false' }, [label]);
    this.element.addEventListener('click', onToggle);
  }

  show(pressed: boolean, enabled: boolean): void {
    this.element.setAttribute('aria-pressed', String(pressed));
    this.element.disabled = !enabled;
  }
}
