import { TAP_MAX_MS, TAP_SLOP_PX, TWO_FINGER_TAP_MAX_MS } from './tuning.js';

/** One finger on the glass, as the browser reports it. */
export interface TouchPoint {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

/**
 * What the fingers meant. Distances are the fingers' own travel in CSS pixels, in screen
 * directions (y grows downwards); turning them into pointer or wheel units is not a gesture
 * question.
 */
export type GestureIntent =
  | { readonly kind: 'pointer-move'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'scroll'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'click'; readonly button: 'left' | 'right' };

interface Finger {
  readonly startX: number;
  readonly startY: number;
  x: number;
  y: number;
}

/** Everything from the first finger down to the last finger up. */
interface Gesture {
  readonly startedAt: number;
  readonly fingers: Map<number, Finger>;
  maxFingers: number;
  /** Still short and still enough to end as a tap. */
  mayBeTap: boolean;
  /**
   * Travel seen while the gesture may still be a tap. Held back so that a tap clicks exactly
   * where the pointer was, and handed out the moment the gesture turns out to be motion.
   */
  heldDx: number;
  heldDy: number;
}

/**
 * Turns touch snapshots into intents. Pure: no DOM, no clock; the caller passes the time and
 * the full list of fingers still down after each touch event, and gets back what to do.
 *
 * One finger moves the pointer, one-finger tap is a left click, two-finger drag scrolls,
 * two-finger tap is a right click. Once a second finger has joined, the rest of the gesture
 * never moves the pointer: lifting one finger at the end of a scroll would otherwise jerk it.
 * Three or more fingers mean nothing yet.
 */
export class GestureRecognizer {
  private gesture: Gesture | null = null;

  update(now: number, touches: readonly TouchPoint[]): GestureIntent[] {
    const intents: GestureIntent[] = [];
    if (this.gesture === null) {
      if (touches.length === 0) return intents;
      this.gesture = {
        startedAt: now,
        fingers: new Map(),
        maxFingers: 0,
        mayBeTap: true,
        heldDx: 0,
        heldDy: 0,
      };
    }
    const gesture = this.gesture;

    const moved = this.trackFingers(gesture, touches);
    this.noteFingerCount(gesture, touches.length);
    if (gesture.mayBeTap && (moved.strayed || now - gesture.startedAt > tapLimit(gesture))) {
      this.giveUpTap(gesture, touches.length, intents);
    }

    const kind = motionKind(gesture, touches.length);
    if (kind !== null && moved.count > 0) {
      // Two fingers move together; their mean travel is the gesture's, where the sum would double it.
      const dx = moved.dx / moved.count;
      const dy = moved.dy / moved.count;
      if (dx !== 0 || dy !== 0) {
        if (gesture.mayBeTap) {
          gesture.heldDx += dx;
          gesture.heldDy += dy;
        } else {
          intents.push({ kind, dx, dy });
        }
      }
    }

    if (touches.length === 0) {
      if (gesture.mayBeTap && gesture.maxFingers <= 2) {
        intents.push({ kind: 'click', button: gesture.maxFingers === 1 ? 'left' : 'right' });
      }
      this.gesture = null;
    }
    return intents;
  }

  /** The browser took the touches away (a call, a system gesture): whatever was meant is void. */
  cancel(): void {
    this.gesture = null;
  }

  private trackFingers(gesture: Gesture, touches: readonly TouchPoint[]) {
    const moved = { dx: 0, dy: 0, count: 0, strayed: false };
    const present = new Set<number>();
    for (const touch of touches) {
      present.add(touch.id);
      const finger = gesture.fingers.get(touch.id);
      if (finger === undefined) {
        gesture.fingers.set(touch.id, { startX: touch.x, startY: touch.y, x: touch.x, y: touch.y });
        continue;
      }
      moved.dx += touch.x - finger.x;
      moved.dy += touch.y - finger.y;
      moved.count += 1;
      finger.x = touch.x;
      finger.y = touch.y;
      if (Math.hypot(touch.x - finger.startX, touch.y - finger.startY) >= TAP_SLOP_PX) {
        moved.strayed = true;
      }
    }
    for (const id of gesture.fingers.keys()) {
      if (!present.has(id)) gesture.fingers.delete(id);
    }
    return moved;
  }

  private noteFingerCount(gesture: Gesture, count: number): void {
    if (count <= gesture.maxFingers) return;
    if (gesture.maxFingers === 1) {
      // What one finger did before the second landed was the start of a two-finger gesture,
      // not pointer motion.
      gesture.heldDx = 0;
      gesture.heldDy = 0;
    }
    gesture.maxFingers = count;
    if (count > 2) this.giveUpTap(gesture, count, []);
  }

  private giveUpTap(gesture: Gesture, fingersDown: number, intents: GestureIntent[]): void {
    gesture.mayBeTap = false;
    const kind = motionKind(gesture, fingersDown);
    if (kind !== null && (gesture.heldDx !== 0 || gesture.heldDy !== 0)) {
      intents.push({ kind, dx: gesture.heldDx, dy: gesture.heldDy });
    }
    gesture.heldDx = 0;
    gesture.heldDy = 0;
  }
}

function tapLimit(gesture: Gesture): number {
  return gesture.maxFingers >= 2 ? TWO_FINGER_TAP_MAX_MS : TAP_MAX_MS;
}

/** Which kind of motion the fingers make right now, if any. */
function motionKind(gesture: Gesture, fingersDown: number): 'pointer-move' | 'scroll' | null {
  if (gesture.maxFingers === 1) return 'pointer-move';
  if (gesture.maxFingers === 2 && fingersDown === 2) return 'scroll';
  return null;
}
