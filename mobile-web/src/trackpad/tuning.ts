/**
 * How the trackpad feels, in one place so it can be tuned without reading the gesture code.
 * Distances are CSS pixels on the phone; times are milliseconds.
 */

/** A phone screen is small next to a desktop monitor; 1:1 motion makes crossing it tiresome. */
export const POINTER_SENSITIVITY = 1.5;

/** Two-finger travel that makes one wheel step; close to one notch of a mouse wheel. */
export const SCROLL_STEP_PX = 15;

/** A finger that strays further than this from where it landed is moving, not tapping. */
export const TAP_SLOP_PX = 10;

/** Longer than this and a one-finger touch is a press, not a tap. */
export const TAP_MAX_MS = 250;

/** Two fingers rarely land and lift together, so their tap gets a little longer. */
export const TWO_FINGER_TAP_MAX_MS = 300;

/** Three fingers land and lift less together still. */
export const THREE_FINGER_TAP_MAX_MS = 350;

/**
 * Tap-and-drag: a finger that lands this soon after a tap, and this near it, and then moves or
 * stays, holds the left button down until it lifts (libinput's tap-and-drag, 300 ms as there).
 */
export const DOUBLE_TAP_MS = 300;
export const DOUBLE_TAP_SLOP_PX = 60;

/** Two fingers whose distance changes this much, and more than they travel together, pinch. */
export const PINCH_SLOP_PX = 16;

/** Change of distance between pinching fingers that makes one Ctrl+wheel step. */
export const ZOOM_STEP_PX = 40;

/**
 * Inertial scrolling, after iOS's: the fling's speed decays as exp(-t / time constant), so it
 * travels speed × time constant in all. Slower than the minimum at the lift, nothing is flung;
 * below the stop speed it ends. Speeds are finger speeds, CSS pixels per millisecond.
 */
export const INERTIA_TIME_CONSTANT_MS = 325;
export const FLING_MIN_SPEED = 0.25;
export const FLING_STOP_SPEED = 0.02;
/** The finger speed at the lift is the travel over this last stretch of the gesture. */
export const FLING_VELOCITY_WINDOW_MS = 100;
