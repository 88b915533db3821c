/** The visual viewport shorter than the window by this much: a screen keyboard is up. */
const SCREEN_KEYBOARD_MIN_PX = 120;

/** What this needs of `window`. */
export interface ViewportWindow {
  readonly innerHeight: number;
  readonly visualViewport?: VisualViewportLike | null;
}

export interface VisualViewportLike extends Pick<EventTarget, 'addEventListener'> {
  readonly height: number;
  readonly offsetTop: number;
  readonly scale: number;
}

/**
 * Keeps `app` on the part of the screen the user sees. iOS Safari (and Android Chrome since
 * 108) shrink only the visual viewport when the screen keyboard comes up, so a page sized to
 * the window would keep its bottom rows (the keyboard's special keys) underneath the keyboard;
 * iOS also pans the visual viewport to show the focused field. The app follows the visual
 * viewport's top and height instead. Engines without `visualViewport` (old Android WebViews)
 * shrink the window itself, which the layout already follows.
 *
 * Custom properties set through the CSSOM, which the host's CSP allows (it refuses only
 * inline `style` attributes). `has-screen-keyboard` lets the layout tighten while it is up.
 */
export function fitToVisualViewport(win: ViewportWindow, app: HTMLElement): void {
  const viewport = win.visualViewport;
  if (viewport === undefined || viewport === null) return;
  const update = () => {
    // Zoomed in (iOS ignores user-scalable=no for accessibility): the user is looking at part
    // of the page on purpose, so the layout stays as it was.
    if (Math.abs(viewport.scale - 1) > 0.01) return;
    app.style.setProperty('--viewport-top', `${Math.max(0, viewport.offsetTop)}px`);
    app.style.setProperty('--viewport-height', `${viewport.height}px`);
    app.classList.add('fits-visual-viewport');
    app.classList.toggle('has-screen-keyboard', win.innerHeight - viewport.height > SCREEN_KEYBOARD_MIN_PX);
  };
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  update();
}
