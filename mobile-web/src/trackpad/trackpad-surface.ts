import type { Strings } from '../i18n/strings.js';
import { element } from '../ui/dom.js';
import type { GestureIntent, GestureRecognizer, TouchPoint } from './gesture-recognizer.js';

/**
 * The pad itself: builds the element and feeds its touches to the recognizer.
 *
 * Touch events rather than pointer events: iOS 12 has no pointer events, and Touch events
 * give every finger of a multi-touch gesture in one snapshot, which is what the recognizer
 * wants. Listeners are not passive so `preventDefault` can stop the browser from scrolling,
 * zooming, selecting text or synthesising mouse clicks while fingers are on the pad.
 */
export function createTrackpadSurface(
  strings: Strings,
  recognizer: GestureRecognizer,
  onIntents: (intents: readonly GestureIntent[]) => void,
  now: () => number,
  /** The browser has touch events; without them (a desktop browser) the hint says why nothing moves. */
  touch: boolean,
): HTMLElement {
  const hint = element('p', { id: 'trackpad-hint', class: 'trackpad__hint' }, [touch ? strings.trackpadHint : strings.noTouch]);
  const pad = element(
    'div',
    {
      class: 'trackpad',
      role: 'application',
      'aria-label': strings.trackpadLabel,
      'aria-describedby': hint.id,
    },
    [hint],
  );

  const onTouch = (event: TouchEvent) => {
    if (event.cancelable) event.preventDefault();
    const intents = recognizer.update(touchTime(event, now), touchPoints(event.targetTouches));
    if (intents.length > 0) onIntents(intents);
  };
  const options: AddEventListenerOptions = { passive: false };
  pad.addEventListener('touchstart', onTouch, options);
  pad.addEventListener('touchmove', onTouch, options);
  pad.addEventListener('touchend', onTouch, options);
  // A drag or a pinch cut short still lets go of the button or Ctrl it holds.
  pad.addEventListener('touchcancel', () => onIntents(recognizer.cancel()), options);
  // A long press would otherwise open the callout menu on the hint text.
  pad.addEventListener('contextmenu', (event) => event.preventDefault());
  return pad;
}

/**
 * `targetTouches` holds the fingers that landed on the pad and are still down, so a thumb
 * resting on the tab bar does not turn a move into a scroll. The hint has
 * `pointer-events: none`, so every finger on the pad targets the pad itself.
 */
function touchPoints(list: TouchList): TouchPoint[] {
  const points: TouchPoint[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const touch = list.item(index);
    if (touch !== null) points.push({ id: touch.identifier, x: touch.clientX, y: touch.clientY });
  }
  return points;
}

/**
 * When the fingers touched the glass, not when the handler got to run: on a busy phone a tap
 * handled late must not turn into a press, nor a flick into a slow drag. `event.timeStamp` is on
 * the same clock as performance.now() in today's engines; old ones gave wall-clock time or 0,
 * and there the handler's time is the best there is.
 */
function touchTime(event: TouchEvent, now: () => number): number {
  const handled = now();
  const touched = event.timeStamp;
  return touched > 0 && touched <= handled ? touched : handled;
}
