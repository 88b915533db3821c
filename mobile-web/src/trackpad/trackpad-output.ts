import { LIMITS, type ModifierKey } from '@touchdesk/shared';
import type { UnsequencedInput } from '../input/discrete-outbox.js';
import type { MotionMessage } from '../input/phone-input.js';
import type { PhoneSettings } from '../settings/phone-settings.js';
import type { GestureIntent } from './gesture-recognizer.js';
import { type FrameScheduler, InertialScroll } from './inertial-scroll.js';
import { MotionAccumulator } from './motion-accumulator.js';
import { POINTER_SENSITIVITY, SCROLL_STEP_PX, ZOOM_STEP_PX } from './tuning.js';

export type { FrameScheduler } from './inertial-scroll.js';

/** Where trackpad messages go; PhoneInput in the page, a fake in tests. */
export interface InputSink {
  /** True while motion reaches the host: connected, not paused, not someone else's turn. */
  canSendMotion(): boolean;
  /** Bytes the socket has queued but not yet put on the network. */
  bufferedAmount(): number;
  sendMotion(message: MotionMessage): void;
  /** Clicks and keys: the sink sends, keeps or drops them as the connection allows. */
  sendDiscrete(message: UnsequencedInput): void;
  /** Whether the user holds this modifier (the sticky Ctrl): a pinch must not let go of it. */
  isHeld(key: ModifierKey): boolean;
}

/**
 * Above this many queued bytes the network is not keeping up (a weak Wi-Fi link): motion waits
 * and keeps gathering rather than piling up frames; what is older than LIMITS.maxMotionAgeMs
 * by the time it could go is dropped (MotionAccumulator).
 */
export const MOTION_BACKPRESSURE_BYTES = 4 * 1024;

/**
 * Up to this many queued bytes (about ten sealed moves; the count the browser reports lags
 * behind the network by a moment) the socket counts as keeping up.
 */
export const MOTION_IMMEDIATE_BYTES = 512;

/**
 * Turns gesture intents into protocol messages: sent at once while the socket keeps up, else
 * at most one `move` and one `scroll` per animation frame; whole units only, fractions carried over. Clicks go at once, after any
 * motion still pending, so they land where the pointer is shown. The user's speeds and
 * scrolling direction apply here, read at each intent so a change takes effect at once.
 */
export class TrackpadOutput {
  private readonly pointer = new MotionAccumulator(LIMITS.maxPointerDelta);
  private readonly wheel = new MotionAccumulator(LIMITS.maxScrollDelta);
  private readonly inertia: InertialScroll;
  private frameRequested = false;
  /** A pinch pressed Ctrl and must let go of it when it ends. */
  private zoomPressedCtrl = false;

  constructor(
    private readonly sink: InputSink,
    private readonly requestFrame: FrameScheduler,
    private readonly now: () => number,
    private readonly settings: () => PhoneSettings,
  ) {
    // The glide runs in an animation frame already: its steps go out in that frame, not the next.
    this.inertia = new InertialScroll(requestFrame, now, (dx, dy) => {
      this.scroll(dx, dy);
      this.flush();
    });
  }

  handle(intents: readonly GestureIntent[]): void {
    for (const intent of intents) {
      switch (intent.kind) {
        case 'pointer-move': {
          const scale = POINTER_SENSITIVITY * this.settings().pointerSpeed;
          this.gather(this.pointer, intent.dx * scale, intent.dy * scale);
          break;
        }
        case 'scroll':
          this.scroll(intent.dx, intent.dy);
          break;
        case 'fling':
          this.inertia.start(intent.vx, intent.vy);
          break;
        case 'touch-start':
          this.inertia.stop();
          break;
        case 'click':
          this.sendDiscrete({ type: 'button', button: intent.button, action: 'click' });
          break;
        case 'drag':
          this.sendDiscrete({ type: 'button', button: 'left', action: intent.action });
          break;
        case 'zoom':
          this.zoom(intent.spread);
          break;
        case 'zoom-end':
          this.endZoom();
          break;
        default: {
          const unknown: never = intent;
          throw new Error(`Unhandled gesture ${JSON.stringify(unknown)}`);
        }
      }
    }
  }

  /** Drops gathered motion and any glide; the page calls it when the connection goes away. */
  discardMotion(): void {
    this.pointer.clear();
    this.wheel.clear();
    this.inertia.stop();
  }

  /**
   * With natural scrolling, content follows the fingers, as on every phone: fingers moving up
   * (negative y) show what is further down, which the host calls a positive `dy`; likewise
   * fingers moving left scroll right. Without, the fingers move the wheel's way.
   */
  private scroll(dx: number, dy: number): void {
    const { naturalScrolling, scrollSpeed } = this.settings();
    const scale = ((naturalScrolling ? -1 : 1) * scrollSpeed) / SCROLL_STEP_PX;
    this.gather(this.wheel, dx * scale, dy * scale);
  }

  /**
   * Pinch to zoom is Ctrl+wheel, which browsers, document viewers and image editors all zoom
   * by: Ctrl goes down with the first step (unless the user already holds it) and up when the
   * pinch ends. Fingers apart zoom in, which is the wheel turned up, whatever the scrolling
   * direction.
   */
  private zoom(spread: number): void {
    if (!this.zoomPressedCtrl && !this.sink.isHeld('Control')) {
      this.zoomPressedCtrl = true;
      // Flushes a glide's last wheel steps first: they must not turn into zoom.
      this.sendDiscrete({ type: 'modifier', key: 'Control', action: 'down' });
    }
    this.gather(this.wheel, 0, -spread / ZOOM_STEP_PX);
  }

  private endZoom(): void {
    this.sendMotion();
    if (!this.zoomPressedCtrl) return;
    this.zoomPressedCtrl = false;
    this.sink.sendDiscrete({ type: 'modifier', key: 'Control', action: 'up' });
  }

  /** After any motion still pending, so a click lands where the pointer is shown. */
  private sendDiscrete(message: UnsequencedInput): void {
    this.sendMotion();
    this.sink.sendDiscrete(message);
  }

  /** Motion never waits for a connection: by the time one is back it would be stale. */
  private gather(accumulator: MotionAccumulator, dx: number, dy: number): void {
    if (!this.sink.canSendMotion()) {
      this.discardMotion();
      return;
    }
    accumulator.add(dx, dy, this.now());
    // While the socket keeps up, motion goes at once: waiting for the next animation frame
    // would add up to a frame (16 ms) to every move, for no gain. Once it falls behind,
    // motion is summed and goes once per frame (and, congested, not before it drains).
    if (this.sink.bufferedAmount() <= MOTION_IMMEDIATE_BYTES && !this.frameRequested) this.sendMotion();
    else this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.requestFrame(() => {
      this.frameRequested = false;
      this.flush();
    });
  }

  private flush(): void {
    if (this.sink.canSendMotion() && this.sink.bufferedAmount() > MOTION_BACKPRESSURE_BYTES) {
      this.scheduleFlush();
      return;
    }
    this.sendMotion();
  }

  private sendMotion(): void {
    if (!this.sink.canSendMotion()) {
      this.discardMotion();
      return;
    }
    const now = this.now();
    const move = this.pointer.take(now);
    if (move !== null) this.sink.sendMotion({ type: 'move', dx: move.dx, dy: move.dy });
    const scroll = this.wheel.take(now);
    if (scroll !== null) this.sink.sendMotion({ type: 'scroll', dx: scroll.dx, dy: scroll.dy });
  }
}
