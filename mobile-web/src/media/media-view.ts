import type { MediaKey } from '@touchdesk/shared';
import type { Strings } from '../i18n/strings.js';
import { element } from '../ui/dom.js';
import { whenPressed } from '../ui/press.js';
import { mediaIcon } from './media-icons.js';
import { MEDIA_ROWS } from './media-keys.js';

/**
 * The media mode: big buttons for play/pause, previous and next track, volume down and up,
 * mute. A press taps the media key on the desktop; nothing is held, so nothing can stick.
 */
export class MediaView {
  readonly element: HTMLElement;
  private readonly buttons: HTMLButtonElement[] = [];

  constructor(strings: Strings, press: (key: MediaKey) => void) {
    const labels = [strings.media.transportLabel, strings.media.volumeLabel];
    const rows = MEDIA_ROWS.map((keys, index) =>
      element(
        'div',
        { class: 'media-row', role: 'group', 'aria-label': labels[index] ?? '' },
        keys.map((key) => this.button(key, strings.media.keys[key], press)),
      ),
    );
    const hint = element('p', { class: 'media-hint' }, [strings.media.hint]);
    this.element = element('div', { class: 'media-view' }, [...rows, hint]);
  }

  setEnabled(enabled: boolean): void {
    for (const button of this.buttons) button.disabled = !enabled;
  }

  private button(key: MediaKey, name: string, press: (key: MediaKey) => void): HTMLButtonElement {
    const button = element('button', { type: 'button', class: 'media-key', 'data-key': key }, [
      mediaIcon(document, key),
      element('span', { class: 'media-key__name' }, [name]),
    ]);
    whenPressed(button, { press: () => press(key) });
    this.buttons.push(button);
    return button;
  }
}
