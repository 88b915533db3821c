/**
 * Where the spotlight goes, in plain numbers: the laser pointer arrives as fractions of the
 * whole screen (every monitor, as the phone's preview shows it and as the pointer is placed),
 * and the overlay is a window on one monitor. No Electron here, so it is tested under Node.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Spot {
  /** The monitor the overlay covers: the one under the pointer. */
  readonly display: Rect;
  /** The circle's centre, inside that monitor's overlay window. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** A circle an eighth of the monitor's shorter side: a slide's headline, a chart's bar. */
const RADIUS_OF_SHORTER_SIDE = 0.125;

/** How dark everything outside the circle gets: the slide stays readable around it. */
export const DIM_OPACITY = 0.6;

/** The rectangle that holds every monitor: what the X root window (and the preview) spans. */
export function screenBounds(displays: readonly Rect[]): Rect {
  const left = Math.min(...displays.map((d) => d.x));
  const top = Math.min(...displays.map((d) => d.y));
  const right = Math.max(...displays.map((d) => d.x + d.width));
  const bottom = Math.max(...displays.map((d) => d.y + d.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The spotlight for a laser pointer at (fx, fy), or undefined when there is no monitor. */
export function spotFor(displays: readonly Rect[], fx: number, fy: number): Spot | undefined {
  if (displays.length === 0) return undefined;
  const screen = screenBounds(displays);
  const x = screen.x + fx * screen.width;
  const y = screen.y + fy * screen.height;
  // Between monitors of different heights a point may lie on none: the nearest one takes it.
  const display = displays.reduce((best, candidate) => (distanceTo(candidate, x, y) < distanceTo(best, x, y) ? candidate : best));
  return {
    display,
    x: Math.round(x - display.x),
    y: Math.round(y - display.y),
    radius: Math.round(RADIUS_OF_SHORTER_SIDE * Math.min(display.width, display.height)),
  };
}

function distanceTo(rect: Rect, x: number, y: number): number {
  const dx = Math.max(rect.x - x, 0, x - (rect.x + rect.width));
  const dy = Math.max(rect.y - y, 0, y - (rect.y + rect.height));
  return Math.hypot(dx, dy);
}

/**
 * The overlay's picture as one CSS background: clear inside the circle, dimmed outside, with a
 * soft edge. Only numbers go in, so the text is safe to hand to the page.
 */
export function spotlightBackground(spot: Pick<Spot, 'x' | 'y' | 'radius'>): string {
  const { x, y, radius } = spot;
  if (![x, y, radius].every(Number.isFinite)) throw new RangeError('The spotlight needs finite numbers.');
  return `radial-gradient(circle at ${x}px ${y}px, rgba(0,0,0,0) ${radius}px, rgba(0,0,0,${DIM_OPACITY}) ${radius + 4}px)`;
}

/** The overlay page: nothing but a transparent body the background above is drawn on. */
export const SPOTLIGHT_PAGE =
  'data:text/html;charset=utf-8,' +
  encodeURIComponent(
    '<!doctype html><meta charset="utf-8">' +
      // No script, no request, nothing but its own inline style: the picture is set from outside.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
      '<title>TouchDesk spotlight</title><body style="margin:0;width:100vw;height:100vh;background:transparent"></body>',
  );
