import type { PreviewMessage } from '../connection/host-connection.js';
import type { PresenterToolsStrings } from '../i18n/presenter-tools-strings.js';
import { element } from '../ui/dom.js';
import { fractionIn, type PointerOutput } from './pointer-output.js';

export interface PreviewView {
  readonly element: HTMLElement;
  /** A frame, or the desktop's reason for sending none. */
  show(message: PreviewMessage): void;
  /** The switch's state, as PreviewSwitch keeps it. */
  setOn(on: boolean): void;
  /** Whether input is taken: the laser pointer is input. */
  setEnabled(enabled: boolean): void;
}

/**
 * The slide preview in the presenter: a switch (on or off, remembered on the phone), the
 * thumbnail of the desktop's screen, and under a held finger the laser pointer. A frame is a
 * JPEG the page shows as a data: URL (the page's CSP allows data: images, nothing else).
 */
export function createPreviewView(words: PresenterToolsStrings, switched: (on: boolean) => void, pointer: PointerOutput): PreviewView {
  const toggle = element('button', { type: 'button', role: 'switch', class: 'preview__switch', 'aria-checked': 'false', 'aria-describedby': 'preview-switch-hint' }, [
    words.previewSwitch,
  ]);
  const switchHint = element('p', { class: 'preview__hint visually-hidden', id: 'preview-switch-hint' }, [words.previewSwitchHint]);
  const image = element('img', { class: 'preview__image', alt: words.previewImage, draggable: 'false', 'aria-describedby': 'preview-pointer-hint' });
  const pointerHint = element('p', { class: 'preview__hint', id: 'preview-pointer-hint' }, [words.pointerHint]);
  const status = element('p', { class: 'preview__status', role: 'status' });
  const figure = element('div', { class: 'preview__figure' }, [image, pointerHint]);
  const root = element('section', { class: 'preview', 'aria-label': words.previewSwitch }, [toggle, switchHint, status, figure]);

  let on = false;
  let hasFrame = false;
  let enabled = true;
  let problem: string | undefined;

  const render = (): void => {
    toggle.setAttribute('aria-checked', String(on));
    figure.hidden = !on || !hasFrame || problem !== undefined;
    status.hidden = !figure.hidden;
    status.textContent = !on ? words.previewOff : (problem ?? words.previewWaiting);
  };

  toggle.addEventListener('click', () => switched(!on));

  // Pointer events cover a finger, a stylus and a mouse; `touch-action: none` in the CSS keeps
  // the browser from scrolling the page under a held finger.
  let pointing: number | null = null;
  const aim = (event: PointerEvent): void => {
    const at = fractionIn(image.getBoundingClientRect(), event.clientX, event.clientY);
    pointer.moveTo(at.x, at.y);
  };
  const stop = (event: PointerEvent): void => {
    if (event.pointerId !== pointing) return;
    pointing = null;
    figure.classList.remove('is-pointing');
    pointer.end();
  };
  image.addEventListener('pointerdown', (event) => {
    if (!enabled || pointing !== null || !event.isPrimary) return;
    event.preventDefault();
    pointing = event.pointerId;
    image.setPointerCapture?.(event.pointerId);
    figure.classList.add('is-pointing');
    aim(event);
  });
  image.addEventListener('pointermove', (event) => {
    if (event.pointerId === pointing && enabled) aim(event);
  });
  image.addEventListener('pointerup', stop);
  image.addEventListener('pointercancel', stop);
  image.addEventListener('lostpointercapture', stop);
  // Android's long-press menu ("save image") would end the pointing.
  image.addEventListener('contextmenu', (event) => event.preventDefault());

  render();
  return {
    element: root,
    show(message) {
      if (message.type === 'preview-unavailable') {
        problem = words.previewProblems[message.problem];
      } else {
        problem = undefined;
        hasFrame = true;
        image.width = message.width;
        image.height = message.height;
        image.src = `data:image/jpeg;base64,${message.jpegBase64}`;
        image.setAttribute('data-seq', String(message.seq));
      }
      render();
    },
    setOn(value) {
      on = value;
      if (!on) problem = undefined;
      render();
    },
    setEnabled(value) {
      enabled = value;
      if (!enabled) pointer.end();
    },
  };
}
