/** A finger's path on the stage, in the page's CSS pixels. */
export interface StageTouch {
  readonly startX: number;
  readonly startY: number;
  readonly endX: number;
  readonly endY: number;
}

/** The stage's left edge and width, where the touch happened. */
export interface StageBox {
  readonly left: number;
  readonly width: number;
}

/** Shorter than this sideways is not a swipe: a thumb rolls that far while tapping. */
export const SWIPE_MIN_PX = 40;

/** A tap may wander this far: the phone is held in one hand, often while walking. */
export const TAP_SLOP_PX = 24;

/**
 * What one finger on the stage meant. A tap on the right half is Next and on the left half
 * Previous, as on a book; a swipe turns the page the way the finger goes: towards the left is
 * Next. A mostly vertical stroke means nothing, so scrolling the page by habit never changes
 * the slide.
 */
export function stageGesture(touch: StageTouch, box: StageBox): 'next' | 'previous' | null {
  const dx = touch.endX - touch.startX;
  const dy = touch.endY - touch.startY;
  if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) return dx < 0 ? 'next' : 'previous';
  if (Math.hypot(dx, dy) > TAP_SLOP_PX) return null;
  return touch.startX - box.left < box.width / 2 ? 'previous' : 'next';
}
