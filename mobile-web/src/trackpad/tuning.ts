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
