import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import type { UnsequencedInput } from '../input/discrete-outbox.js';
import type { MotionMessage } from '../input/phone-input.js';
import { type InputSink, MOTION_BACKPRESSURE_BYTES, TrackpadOutput } from './trackpad-output.js';
import { POINTER_SENSITIVITY, SCROLL_STEP_PX } from './tuning.js';

function setup() {
  const sent: (MotionMessage | UnsequencedInput)[] = [];
  const frames: (() => void)[] = [];
  const sink = { ready: true, buffered: 0 };
  const clock = { now: 0 };
  const port: InputSink = {
    canSendMotion: () => sink.ready,
    bufferedAmount: () => sink.buffered,
    sendMotion: (message) => sent.push(message),
    sendDiscrete: (message) => sent.push(message),
  };
  const output = new TrackpadOutput(port, (callback) => frames.push(callback), () => clock.now);
  /** Runs the frame callbacks due, `ms` after the last frame. */
  const runFrame = (ms = 16) => {
    clock.now += ms;
    const pending = frames.splice(0);
    for (const callback of pending) callback();
  };
  return { sent, frames, sink, clock, output, runFrame };
}

describe('TrackpadOutput', () => {
  it('sends at most one move per frame, summed and scaled', () => {
    const { sent, frames, output, runFrame } = setup();
    output.handle([{ kind: 'pointer-move', dx: 2, dy: 0 }]);
    output.handle([{ kind: 'pointer-move', dx: 2, dy: -2 }]);
    expect(sent).toEqual([]);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(sent).toEqual([{ type: 'move', dx: 4 * POINTER_SENSITIVITY, dy: -2 * POINTER_SENSITIVITY }]);
  });

  it('keeps the fractional remainder for the next frame and sends no zero moves', () => {
    const { sent, output, runFrame } = setup();
    output.handle([{ kind: 'pointer-move', dx: 0.5, dy: 0 }]);
    runFrame();
    expect(sent).toEqual([]);
    output.handle([{ kind: 'pointer-move', dx: 0.5, dy: 0 }]);
    runFrame();
    expect(sent).toEqual([{ type: 'move', dx: 1, dy: 0 }]);
  });

  it('scrolls one step per step of travel, content following the fingers', () => {
    const { sent, output, runFrame } = setup();
    // Two fingers moving up by two and a half steps: the page scrolls down by two, half kept.
    output.handle([{ kind: 'scroll', dx: 0, dy: -2.5 * SCROLL_STEP_PX }]);
    runFrame();
    expect(sent).toEqual([{ type: 'scroll', dx: 0, dy: 2 }]);
    output.handle([{ kind: 'scroll', dx: SCROLL_STEP_PX, dy: -0.5 * SCROLL_STEP_PX }]);
    runFrame();
    expect(sent[1]).toEqual({ type: 'scroll', dx: -1, dy: 1 });
  });

  it('clamps motion to the protocol limits', () => {
    const { sent, output, runFrame } = setup();
    output.handle([
      { kind: 'pointer-move', dx: LIMITS.maxPointerDelta * 10, dy: 0 },
      { kind: 'scroll', dx: 0, dy: -LIMITS.maxScrollDelta * SCROLL_STEP_PX * 10 },
    ]);
    runFrame();
    expect(sent).toEqual([
      { type: 'move', dx: LIMITS.maxPointerDelta, dy: 0 },
      { type: 'scroll', dx: 0, dy: LIMITS.maxScrollDelta },
    ]);
  });

  it('holds motion while the socket is congested and sends it together afterwards', () => {
    const { sent, sink, output, runFrame } = setup();
    sink.buffered = MOTION_BACKPRESSURE_BYTES + 1;
    output.handle([{ kind: 'pointer-move', dx: 2, dy: 0 }]);
    runFrame();
    output.handle([{ kind: 'pointer-move', dx: 2, dy: 0 }]);
    runFrame();
    expect(sent).toEqual([]);
    sink.buffered = 0;
    runFrame();
    expect(sent).toEqual([{ type: 'move', dx: 4 * POINTER_SENSITIVITY, dy: 0 }]);
  });

  it(`drops motion held back by congestion for more than ${LIMITS.maxMotionAgeMs} ms, and sends only the fresh rest`, () => {
    const { sent, sink, output, runFrame } = setup();
    sink.buffered = MOTION_BACKPRESSURE_BYTES + 1;
    output.handle([{ kind: 'pointer-move', dx: 100, dy: 0 }, { kind: 'scroll', dx: 0, dy: -10 * SCROLL_STEP_PX }]);
    runFrame(LIMITS.maxMotionAgeMs - 10);
    output.handle([{ kind: 'pointer-move', dx: 2, dy: 0 }]);
    sink.buffered = 0;
    runFrame(20);
    expect(sent).toEqual([{ type: 'move', dx: 2 * POINTER_SENSITIVITY, dy: 0 }]);
  });

  it('sends pending motion before a click', () => {
    const { sent, output } = setup();
    output.handle([
      { kind: 'pointer-move', dx: 10, dy: 10 },
      { kind: 'click', button: 'right' },
    ]);
    expect(sent).toEqual([
      { type: 'move', dx: 10 * POINTER_SENSITIVITY, dy: 10 * POINTER_SENSITIVITY },
      { type: 'button', button: 'right', action: 'click' },
    ]);
  });

  it('keeps no motion while motion cannot go, but hands clicks on for the outbox to keep', () => {
    const { sent, sink, output, runFrame } = setup();
    sink.ready = false;
    output.handle([{ kind: 'pointer-move', dx: 10, dy: 0 }, { kind: 'click', button: 'left' }]);
    runFrame();
    sink.ready = true;
    runFrame();
    output.handle([{ kind: 'pointer-move', dx: 0.4, dy: 0 }]);
    runFrame();
    expect(sent).toEqual([{ type: 'button', button: 'left', action: 'click' }]);
  });

  it('drops motion gathered before the connection went away', () => {
    const { sent, sink, output, runFrame } = setup();
    output.handle([{ kind: 'pointer-move', dx: 10, dy: 0 }]);
    sink.ready = false;
    runFrame();
    sink.ready = true;
    runFrame();
    expect(sent).toEqual([]);
  });
});
