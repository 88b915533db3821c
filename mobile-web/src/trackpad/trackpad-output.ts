import { LIMITS } from '@touchdesk/shared';
import type { InputMessage } from '../connection/secure-session.js';
import type { GestureIntent } from './gesture-recognizer.js';
import { MotionAccumulator } from './motion-accumulator.js';
import { POINTER_SENSITIVITY, SCROLL_STEP_PX } from './tuning.js';

/** Where trackpad messages go; the host connection in the page, a fake in tests. */
export interface InputSink {
  /** True once the host has confirmed the session. */
  isReady(): boolean;
  /** Bytes the socket has queued but not yet put on the network. */
  bufferedAmount(): number;
  send(message: InputMessage): void;
}

/** `requestAnimationFrame` in the page. */
export type FrameScheduler = (callback: () => void) => void;

/**
 * Above this many queued bytes the network is not keeping up (a weak Wi-Fi link): motion waits
 * and keeps gathering rather than piling up stale frames the host would replay late.
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
  ) {}

  handle(intents: readonly GestureIntent[]): void {
    for (const intent of intents) {
      // Nothing waits for a connection: stale motion is useless, and clicks are not queued
      // until delivery can be made exactly-once.
      if (!this.sink.isReady()) {
        this.discardMotion();
        return;
      }
      switch (intent.kind) {
        case 'pointer-move':
          this.pointer.add(intent.dx * POINTER_SENSITIVITY, intent.dy * POINTER_SENSITIVITY);
          this.scheduleFlush();
          break;
        case 'scroll':
          // Content follows the fingers, as with natural scrolling on macOS and on every
          // phone: fingers moving up (negative y) show what is further down, which the host
          // calls a positive `dy`. Likewise fingers moving left scroll right.
          this.wheel.add(-intent.dx / SCROLL_STEP_PX, -intent.dy / SCROLL_STEP_PX);
          this.scheduleFlush();
          break;
        case 'click':
          this.sendMotion();
          this.sink.send({ type: 'button', button: intent.button, action: 'click' });
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

  private scheduleFlush(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    this.requestFrame(() => {
      this.frameRequested = false;
      this.flush();
    });
  }

  private flush(): void {
    if (!this.sink.isReady()) {
      this.discardMotion();
      return;
    }
    if (this.sink.bufferedAmount() > MOTION_BACKPRESSURE_BYTES) {
      this.scheduleFlush();
      return;
    }
    this.sendMotion();
  }

  private sendMotion(): void {
    const move = this.pointer.take();
    if (move !== null) this.sink.send({ type: 'move', dx: move.dx, dy: move.dy });
    const scroll = this.wheel.take();
    if (scroll !== null) this.sink.send({ type: 'scroll', dx: scroll.dx, dy: scroll.dy });
  }
}
