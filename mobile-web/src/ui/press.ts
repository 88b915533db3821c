/** A press held this long is a long press (as iOS's and Android's own keys count it). */
export const LONG_PRESS_MS = 500;

/** A finger that travels further is scrolling the row, not pressing the key. */
const MOVE_SLOP_PX = 10;

export interface PressHandlers {
  press(): void;
  /** Fired while the finger is still down; the release is then not a press. */
  longPress?: () => void;
}

/**
 * Makes `button` act on a tap without taking the focus, so the phone's keyboard stays up while
 * the user taps Esc, an arrow or Ctrl beside it: a touch is handled at `touchend`, whose
 * default (focus, then a click) is prevented. Mouse, keyboard and screen readers, which send
 * only a click, get the click. A finger that moves is left to scroll the row.
 */
export function whenPressed(button: HTMLButtonElement, handlers: PressHandlers): void {
  let start: { x: number; y: number } | null = null;
  let longTimer: number | null = null;
  let longFired = false;
  const stopLongTimer = () => {
    if (longTimer !== null) window.clearTimeout(longTimer);
    longTimer = null;
  };
  const cancel = () => {
    start = null;
    stopLongTimer();
  };

  button.addEventListener(
    'touchstart',
    (event) => {
      const touch = event.changedTouches[0];
      if (touch === undefined || event.touches.length > 1) return cancel();
      start = { x: touch.clientX, y: touch.clientY };
      longFired = false;
      const longPress = handlers.longPress;
      if (longPress !== undefined) {
        longTimer = window.setTimeout(() => {
          longTimer = null;
          longFired = true;
          if (!button.disabled) longPress();
        }, LONG_PRESS_MS);
      }
    },
    { passive: true },
  );
  button.addEventListener(
    'touchmove',
    (event) => {
      const touch = event.changedTouches[0];
      if (start === null || touch === undefined) return;
      if (Math.abs(touch.clientX - start.x) > MOVE_SLOP_PX || Math.abs(touch.clientY - start.y) > MOVE_SLOP_PX) cancel();
    },
    { passive: true },
  );
  button.addEventListener('touchend', (event) => {
    const pressed = start !== null;
    cancel();
    // Not cancelable: the browser is scrolling and will send no click either way.
    if (!pressed || !event.cancelable) return;
    event.preventDefault();
    if (!longFired && !button.disabled) handlers.press();
  });
  button.addEventListener('touchcancel', cancel);
  button.addEventListener('click', () => handlers.press());
  // A mouse press would move the focus to the button before the click.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  // Android's long-press menu.
  button.addEventListener('contextmenu', (event) => event.preventDefault());
}
