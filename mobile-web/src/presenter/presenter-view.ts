import { PRESENTER_CHOICES, type PlainSlideCommand, type PresenterChoice, type PresenterProfile } from '@touchdesk/shared';
import type { Strings } from '../i18n/strings.js';
import { element } from '../ui/dom.js';
import { parseSlideNumber, PRESENTER_BUTTONS } from './presenter-commands.js';
import { stageGesture } from './stage-gesture.js';

export interface PresenterActions {
  slide(command: PlainSlideCommand): void;
  gotoSlide(slide: number): void;
  /** The user picked the slide program whose keys to use, or `auto` for the app in front. */
  choose(choice: PresenterChoice): void;
}

/**
 * Parts of the presenter made elsewhere, shown in their places in this panel, under the stage:
 * `timer`, then `preview` (the thumbnail of the presentation screen, which is also the laser
 * pointer's pad). Either may be left out.
 */
export interface PresenterParts {
  readonly timer?: HTMLElement;
  readonly preview?: HTMLElement;
}

/** What the desktop says is in front: `app` absent when it cannot tell, `title` for slide programs only. */
export interface ForegroundApp {
  readonly app?: string | undefined;
  readonly title?: string | undefined;
  readonly profile: PresenterProfile;
}

export interface PresenterView {
  readonly element: HTMLElement;
  showForeground(foreground: ForegroundApp): void;
  /** Whether input is taken (not paused, not another phone's turn). */
  setEnabled(enabled: boolean): void;
}

/**
 * The presenter mode's panel. From the top: which app is in front and whose keys are used,
 * then the stage, whose halves are Previous and Next, big enough to hit without looking (a
 * swipe works too); under it the timer and the preview, then the commands used once or twice
 * a talk. It only shows and reports; main.ts decides what a press
 * does.
 */
export function createPresenterView(strings: Strings, actions: PresenterActions, parts: PresenterParts = {}): PresenterView {
  const words = strings.presenter;
  const buttons: HTMLButtonElement[] = [];
  const button = (label: string, run: () => void, className: string): HTMLButtonElement => {
    const made = element('button', { type: 'button', class: className }, [label]);
    made.addEventListener('click', run);
    buttons.push(made);
    return made;
  };

  const inFront = element('p', { class: 'presenter__app', id: 'presenter-app' });
  const menu = element('select', { class: 'presenter__profiles', 'aria-label': words.profileMenuLabel });
  const automatic = element('option', { value: 'auto' });
  menu.appendChild(automatic);
  for (const choice of PRESENTER_CHOICES) {
    if (choice !== 'auto') menu.appendChild(element('option', { value: choice }, [words.profiles[choice]]));
  }
  menu.addEventListener('change', () => actions.choose(menu.value as PresenterChoice));

  const stage = createStage(strings, actions, button);
  const goto = createGotoForm(strings, actions);
  const commands = element('div', { class: 'presenter__commands', role: 'group', 'aria-label': words.commandsLabel }, [
    ...PRESENTER_BUTTONS.map((command) => button(words.commands[command], () => actions.slide(command), 'key key--wide')),
    goto.form,
  ]);

  const slot = (name: string, part: HTMLElement | undefined): HTMLElement[] =>
    part === undefined ? [] : [element('div', { class: `presenter__${name}` }, [part])];
  // The stage comes right after the app line, so that Previous and Next are always on screen;
  // on a landscape phone it takes the left half and the rest the right (see styles/presenter.css).
  const panel = element('div', { class: 'presenter' }, [
    element('div', { class: 'presenter__top' }, [inFront, menu]),
    stage,
    element('div', { class: 'presenter__tools' }, [...slot('timer', parts.timer), ...slot('preview', parts.preview)]),
    commands,
  ]);

  const view: PresenterView = {
    element: panel,
    showForeground(foreground) {
      inFront.textContent = foreground.app === undefined ? words.unknownApp : words.inFront(foreground.app, foreground.title);
      automatic.textContent = words.automatic(words.profiles[foreground.profile]);
    },
    setEnabled(enabled) {
      for (const each of buttons) each.disabled = !enabled;
      goto.setEnabled(enabled);
      stage.setAttribute('aria-disabled', String(!enabled));
    },
  };
  view.showForeground({ profile: 'clicker' });
  return view;
}

/**
 * Two buttons side by side, Previous and Next, that fill the stage. A touch is read as a
 * whole: where it started and ended says tap or swipe (see stage-gesture.ts), and its default
 * is prevented so no click follows. A mouse, a keyboard or a screen reader clicks the buttons.
 */
function createStage(
  strings: Strings,
  actions: PresenterActions,
  button: (label: string, run: () => void, className: string) => HTMLButtonElement,
): HTMLElement {
  const words = strings.presenter;
  const previous = button(words.previous, () => actions.slide('previous'), 'presenter__half presenter__half--previous');
  const next = button(words.next, () => actions.slide('next'), 'presenter__half presenter__half--next');
  const hint = element('p', { class: 'presenter__hint', id: 'presenter-hint' }, [words.stageHint]);
  const stage = element('div', { class: 'presenter__stage', role: 'group', 'aria-label': words.stageLabel, 'aria-describedby': hint.id }, [
    previous,
    next,
    hint,
  ]);

  let start: { x: number; y: number } | null = null;
  stage.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.changedTouches[0];
      start = touch === undefined || event.touches.length > 1 ? null : { x: touch.clientX, y: touch.clientY };
    },
    { passive: true },
  );
  stage.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    const from = start;
    start = null;
    if (event.cancelable) event.preventDefault();
    if (from === null || touch === undefined || next.disabled) return;
    const box = stage.getBoundingClientRect();
    const gesture = stageGesture({ startX: from.x, startY: from.y, endX: touch.clientX, endY: touch.clientY }, box);
    if (gesture !== null) actions.slide(gesture);
  });
  stage.addEventListener('touchcancel', () => {
    start = null;
  });
  // Android's long-press menu.
  stage.addEventListener('contextmenu', (event) => event.preventDefault());
  return stage;
}

/** "Go to slide N": a number field that brings up the phone's digit keyboard, and Go. */
function createGotoForm(strings: Strings, actions: PresenterActions): { form: HTMLFormElement; setEnabled(enabled: boolean): void } {
  const words = strings.presenter;
  const field = element('input', {
    type: 'text',
    inputmode: 'numeric',
    pattern: '[0-9]*',
    autocomplete: 'off',
    class: 'presenter__goto-field',
    'aria-label': words.gotoLabel,
    placeholder: '#',
  });
  const go = element('button', { type: 'submit', class: 'key' }, [words.gotoButton]);
  const form = element('form', { class: 'presenter__goto' }, [field, go]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const slide = parseSlideNumber(field.value);
    if (slide === null) {
      field.select();
      return;
    }
    actions.gotoSlide(slide);
    field.value = '';
    // The digit keyboard would cover the stage the presenter is about to use.
    field.blur();
  });
  return {
    form,
    setEnabled(enabled) {
      field.disabled = !enabled;
      go.disabled = !enabled;
    },
  };
}
