import { LIMITS } from '@touchdesk/shared';
import type { UnsequencedInput } from '../input/discrete-outbox.js';
import type { MotionMessage } from '../input/phone-input.js';
import type { GestureIntent } from './gesture-recognizer.js';
import { MotionAccumulator } from './motion-accumulator.js';
import { POINTER_SENSITIVITY, SCROLL_STEP_PX } from './tuning.js';

/** Where trackpad messages go; PhoneInput in the page, a fake in tests. */
export interface InputSink {
  /** True while motion reaches the host: connected, not paused, not someone else's turn. */
  canSendMotion(): boolean;
  /** Bytes the socket has queued but not yet put on the network. */
  bufferedAmount(): number;
  sendMotion(message: MotionMessage): void;
  /** Clicks and keys: the sink sends, keeps or drops them as the connection allows. */
  sendDiscrete(message: UnsequencedInput): void;
}

/** `requestAnimationFrame` in the page. */
export type FrameScheduler = (callback: () => void) => void;

/**
 * Above this many queued bytes the network is not keeping up (a weak Wi-Fi link): motion waits
 * and keeps gathering rather than piling up frames; what is older than LIMITS.maxMotionAgeMs
 * by the time it could go is dropped (MotionAccumulator).
 */
export const MOTION_BACKPRESSURE_BYTES = 4 * 1024;

/**
 * Turns gesture intents into protocol messages: at most one `move` and one `scroll` per
 * animation frame, whole units only, fractions carried over. Clicks go at once, after any
 * motion still pending, so they land where the pointer is shown.
 */
export class TrackpadOutput {
  private readonly pointer = new MotionAccumulator(LIMITS.maxPointerDelta);
  private readonly wheel = new MotionAccumulator(LIMITS.maxScrollDelta);
  private frameRequested = false;

  constructor(
    private readonly sink: InputSink,
    private readonly requestFrame: FrameScheduler,
    private readonly now: () => number,
  ) {}

  handle(intents: readonly GestureIntent[]): void {
    for (const intent of intents) {
      switch (intent.kind) {
        case 'pointer-move':
          this.gather(this.pointer, intent.dx * POINTER_SENSITIVITY, intent.dy * POINTER_SENSITIVITY);
          break;
        case 'scroll':
          // Content follows the fingers, as with natural scrolling on macOS and on every
          // phone: fingers moving up (negative y) show what is further down, which the host
          // calls a positive `dy`. Likewise fingers moving left scroll right.
          this.gather(this.wheel, -intent.dx / SCROLL_STEP_PX, -intent.dy / SCROLL_STEP_PX);
          break;
        case 'click':
          this.sendMotion();
          this.sink.sendDiscrete({ type: 'button', button: intent.button, action: 'click' });
          break;
        default: {
          const unknown: never = intent;
          throw new Error(`Unhandled gesture ${JSON.stringify(unknown)}`);
        }
      }
    }
  }

  /** Drops gathered motion; the page calls it when the connection goes away. */
  discardMotion(): void {
    this.pointer.clear();
    this.wheel.clear();
  }

  /** Motion never waits for a connection: by the time one is back it would be stale. */
  private gather(accumulator: MotionAccumulator, dx: number, dy: number): void {
    if (!this.sink.canSendMotion()) {
      this.discardMotion();
      return;
    }
    accumulator.add(dx, dy, this.now());
    this.scheduleFlush();
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
