import type { Strings } from '../i18n/strings.js';
import { element } from '../ui/dom.js';

/**
 * The trackpad mode's panel: the pad, and under it a toolbar within thumb reach. The toolbar
 * holds the sticky modifiers for now and grows into the keyboard's modifier row.
 */
export function createTrackpadView(strings: Strings, pad: HTMLElement, tools: readonly HTMLElement[]): HTMLElement {
  const toolbar = element('div', { class: 'trackpad-tools', role: 'toolbar', 'aria-label': strings.modifierBarLabel }, tools);
  return element('div', { class: 'trackpad-view' }, [pad, toolbar]);
}
