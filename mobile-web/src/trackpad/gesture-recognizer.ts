import { FlingVelocity } from './fling-velocity.js';
import {
  DOUBLE_TAP_MS,
  DOUBLE_TAP_SLOP_PX,
  FLING_MIN_SPEED,
  PINCH_SLOP_PX,
  TAP_MAX_MS,
  TAP_SLOP_PX,
  THREE_FINGER_TAP_MAX_MS,
  TWO_FINGER_TAP_MAX_MS,
} from './tuning.js';

/** One finger on the glass, as the browser reports it. */
export interface TouchPoint {
  readonly id: number;
  readonly x: number;
  readonly y: number;
}

/**
 * What the fingers meant. Distances are the fingers' own travel in CSS pixels, in screen
 * directions (y grows downwards); turning them into pointer or wheel units, and the user's
 * speed and scrolling direction, are not gesture questions.
 */
export type GestureIntent =
  | { readonly kind: 'pointer-move'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'scroll'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'click'; readonly button: 'left' | 'right' | 'middle' }
  /** Tap-and-drag: the left button held down while the finger moves, let go when it lifts. */
  | { readonly kind: 'drag'; readonly action: 'down' | 'up' }
  /** Pinch: how much further apart the two fingers are now; negative when closing. */
  | { readonly kind: 'zoom'; readonly spread: number }
  | { readonly kind: 'zoom-end' }
  /** A two-finger scroll ended with the fingers still moving: finger speed in px/ms. */
  | { readonly kind: 'fling'; readonly vx: number; readonly vy: number }
  /** Fingers landed on the pad: whatever was still gliding stops, as under a real finger. */
  | { readonly kind: 'touch-start' };

type TwoFingerMode = 'undecided' | 'scroll' | 'pinch' | 'over';

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
  /** Landed right after a tap: moving or staying turns it into tap-and-drag. */
  mayDrag: boolean;
  dragging: boolean;
  /** What two fingers do; 'over' once one lifted: the rest of the gesture means nothing. */
  twoFingers: TwoFingerMode;
  /** Distance between the two fingers when the second landed, and at the last zoom. */
  startSpread: number;
  lastSpread: number;
  /**
   * Travel seen while the gesture may still be a tap (or is undecided between scroll and
   * pinch). Held back so that a tap clicks exactly where the pointer was, and handed out the
   * moment the gesture turns out to be motion.
   */
  heldDx: number;
  heldDy: number;
}

interface LastTap {
  readonly at: number;
  readonly x: number;
  readonly y: number;
}

/**
 * Turns touch snapshots into intents. Pure: no DOM, no clock; the caller passes the time and
 * the full list of fingers still down after each touch event, and gets back what to do.
 *
 * One finger moves the pointer; tap: left click; tap, then land again and move or stay:
 * tap-and-drag. Two fingers: drag scrolls (and flings on when lifted moving), pinch zooms, tap
 * right-clicks. Three-finger tap: middle click. Once a second finger has joined, the rest of
 * the gesture never moves the pointer: lifting one finger at the end of a scroll would jerk it.
 */
export class GestureRecognizer {
  private gesture: Gesture | null = null;
  private lastTap: LastTap | null = null;
  private readonly velocity = new FlingVelocity();

  update(now: number, touches: readonly TouchPoint[]): GestureIntent[] {
    const intents: GestureIntent[] = [];
    if (this.gesture === null) {
      if (touches.length === 0) return intents;
      intents.push({ kind: 'touch-start' });
      this.gesture = this.startGesture(now, touches);
    }
    const gesture = this.gesture;
    const moved = trackFingers(gesture, touches);
    this.noteFingerCount(gesture, touches.length, intents);
    if (gesture.mayBeTap && (moved.strayed || now - gesture.startedAt > tapLimit(gesture))) {
      this.giveUpTap(gesture, touches.length, intents);
    }
    if (gesture.twoFingers === 'pinch' && touches.length === 2) this.zoom(gesture, intents);
    const kind = motionKind(gesture, touches.length);
    if (kind !== null && moved.count > 0) {
      // Two fingers move together; their mean travel is the gesture's, where the sum would double it.
      const dx = moved.dx / moved.count;
      const dy = moved.dy / moved.count;
      if (dx !== 0 || dy !== 0) {
        if (gesture.mayBeTap || (kind === 'scroll' && gesture.twoFingers === 'undecided')) {
          gesture.heldDx += dx;
          gesture.heldDy += dy;
        } else {
          this.emitMotion(kind, dx, dy, now, intents);
        }
      }
    }
    if (gesture.twoFingers === 'undecided' && !gesture.mayBeTap && !gesture.dragging && touches.length === 2) {
      this.classify(gesture, now, intents);
    }
    if (touches.length < 2 && (gesture.twoFingers === 'scroll' || gesture.twoFingers === 'pinch')) this.endTwoFingers(gesture, now, intents);
    if (touches.length === 0) this.endGesture(gesture, now, intents);
    return intents;
  }

  /** The browser took the touches away (a call, a system gesture): what was held is let go. */
  cancel(): GestureIntent[] {
    const intents: GestureIntent[] = [];
    const gesture = this.gesture;
    if (gesture?.dragging) intents.push({ kind: 'drag', action: 'up' });
    if (gesture?.twoFingers === 'pinch') intents.push({ kind: 'zoom-end' });
    this.gesture = null;
    this.lastTap = null;
    return intents;
  }

  private startGesture(now: number, touches: readonly TouchPoint[]): Gesture {
    const first = touches[0];
    const tap = this.lastTap;
    this.lastTap = null;
    const mayDrag =
      tap !== null &&
      first !== undefined &&
      touches.length === 1 &&
      now - tap.at <= DOUBLE_TAP_MS &&
      Math.hypot(first.x - tap.x, first.y - tap.y) <= DOUBLE_TAP_SLOP_PX;
    return {
      startedAt: now,
      fingers: new Map(),
      maxFingers: 0,
      mayBeTap: true,
      mayDrag,
      dragging: false,
      twoFingers: 'undecided',
      startSpread: 0,
      lastSpread: 0,
      heldDx: 0,
      heldDy: 0,
    };
  }

  private noteFingerCount(gesture: Gesture, count: number, intents: GestureIntent[]): void {
    if (count <= gesture.maxFingers) return;
    if (gesture.maxFingers === 1 && !gesture.dragging) {
      // What one finger did before the second landed was the start of a two-finger gesture,
      // not pointer motion.
      gesture.heldDx = 0;
      gesture.heldDy = 0;
      gesture.mayDrag = false;
    }
    gesture.maxFingers = count;
    if (count === 2) {
      gesture.startSpread = spread(gesture);
      gesture.lastSpread = gesture.startSpread;
    }
    if (count > 2) {
      // A third finger: whatever two were doing is over, without a fling.
      if (gesture.twoFingers === 'pinch') intents.push({ kind: 'zoom-end' });
      gesture.twoFingers = 'over';
    }
    if (count > 3) this.giveUpTap(gesture, count, []);
  }

  private giveUpTap(gesture: Gesture, fingersDown: number, intents: GestureIntent[]): void {
    gesture.mayBeTap = false;
    if (gesture.mayDrag && gesture.maxFingers === 1) {
      gesture.dragging = true;
      intents.push({ kind: 'drag', action: 'down' });
    }
    if (gesture.maxFingers === 2) return; // classify() decides what the held travel was
    const kind = motionKind(gesture, fingersDown);
    if (kind !== null && (gesture.heldDx !== 0 || gesture.heldDy !== 0)) {
      intents.push({ kind, dx: gesture.heldDx, dy: gesture.heldDy });
    }
    gesture.heldDx = 0;
    gesture.heldDy = 0;
  }

  /**
   * Two fingers past the tap: a pinch when their distance changed more than they travelled
   * together, a scroll when they travelled; neither yet, wait for more.
   */
  private classify(gesture: Gesture, now: number, intents: GestureIntent[]): void {
    const spreadChange = Math.abs(spread(gesture) - gesture.startSpread);
    const travel = Math.hypot(gesture.heldDx, gesture.heldDy);
    if (spreadChange >= PINCH_SLOP_PX && spreadChange > travel) {
      gesture.twoFingers = 'pinch';
      this.zoom(gesture, intents);
    } else if (travel >= TAP_SLOP_PX) {
      gesture.twoFingers = 'scroll';
      this.velocity.start(gesture.startedAt);
      this.emitMotion('scroll', gesture.heldDx, gesture.heldDy, now, intents);
    } else {
      return;
    }
    gesture.heldDx = 0;
    gesture.heldDy = 0;
  }

  private zoom(gesture: Gesture, intents: GestureIntent[]): void {
    const now = spread(gesture);
    const change = now - gesture.lastSpread;
    gesture.lastSpread = now;
    if (change !== 0) intents.push({ kind: 'zoom', spread: change });
  }

  private emitMotion(kind: 'pointer-move' | 'scroll', dx: number, dy: number, now: number, intents: GestureIntent[]): void {
    if (dx === 0 && dy === 0) return;
    if (kind === 'scroll') this.velocity.add(now, dx, dy);
    intents.push({ kind, dx, dy });
  }

  /** A finger lifted from a scroll or a pinch: it is over, and a moving scroll flings on. */
  private endTwoFingers(gesture: Gesture, now: number, intents: GestureIntent[]): void {
    if (gesture.twoFingers === 'pinch') intents.push({ kind: 'zoom-end' });
    if (gesture.twoFingers === 'scroll') {
      const { vx, vy } = this.velocity.at(now);
      if (Math.hypot(vx, vy) >= FLING_MIN_SPEED) intents.push({ kind: 'fling', vx, vy });
    }
    gesture.twoFingers = 'over';
  }

  private endGesture(gesture: Gesture, now: number, intents: GestureIntent[]): void {
    if (gesture.dragging) intents.push({ kind: 'drag', action: 'up' });
    if (gesture.mayBeTap) {
      const button = gesture.maxFingers === 1 ? 'left' : gesture.maxFingers === 2 ? 'right' : 'middle';
      intents.push({ kind: 'click', button });
      const finger = gesture.fingers.size === 0 ? undefined : lastPosition(gesture);
      if (button === 'left' && finger !== undefined) this.lastTap = { at: now, x: finger.x, y: finger.y };
    }
    this.gesture = null;
  }
}

/** Moves the fingers to where they are now; says how far those already down travelled. */
function trackFingers(gesture: Gesture, touches: readonly TouchPoint[]) {
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
    if (Math.hypot(touch.x - finger.startX, touch.y - finger.startY) >= TAP_SLOP_PX) moved.strayed = true;
  }
  // The last finger's place is kept past its lift: a tap is remembered where it was.
  if (touches.length === 0) return moved;
  for (const id of gesture.fingers.keys()) {
    if (!present.has(id)) gesture.fingers.delete(id);
  }
  return moved;
}

function lastPosition(gesture: Gesture): Finger | undefined {
  let last: Finger | undefined;
  for (const finger of gesture.fingers.values()) last = finger;
  return last;
}

/** Distance between the first two fingers down; 0 with fewer. */
function spread(gesture: Gesture): number {
  const [a, b] = gesture.fingers.values();
  return a === undefined || b === undefined ? 0 : Math.hypot(a.x - b.x, a.y - b.y);
}

function tapLimit(gesture: Gesture): number {
  if (gesture.maxFingers >= 3) return THREE_FINGER_TAP_MAX_MS;
  return gesture.maxFingers === 2 ? TWO_FINGER_TAP_MAX_MS : TAP_MAX_MS;
}

/** Which kind of motion the fingers make right now, if any. */
function motionKind(gesture: Gesture, fingersDown: number): 'pointer-move' | 'scroll' | null {
  if (gesture.dragging || gesture.maxFingers === 1) return 'pointer-move';
  if (gesture.maxFingers === 2 && fingersDown === 2 && gesture.twoFingers !== 'pinch' && gesture.twoFingers !== 'over') return 'scroll';
  return null;
}

/** Intents a person feels as a click: the moment for a haptic tick. */
export function feelsLikeClick(intent: GestureIntent): boolean {
  return intent.kind === 'click' || (intent.kind === 'drag' && intent.action === 'down');
}
