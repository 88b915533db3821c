import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import type { UnsequencedInput } from '../input/discrete-outbox.js';
import type { MotionMessage } from '../input/phone-input.js';
import { DEFAULT_SETTINGS, type PhoneSettings } from '../settings/phone-settings.js';
import { type InputSink, MOTION_BACKPRESSURE_BYTES, MOTION_IMMEDIATE_BYTES, TrackpadOutput } from './trackpad-output.js';
import { INERTIA_TIME_CONSTANT_MS, POINTER_SENSITIVITY, SCROLL_STEP_PX, ZOOM_STEP_PX } from './tuning.js';

function setup(settings: Partial<PhoneSettings> = {}) {
  const sent: (MotionMessage | UnsequencedInput)[] = [];
  const frames: (() => void)[] = [];
  const sink = { ready: true, buffered: 0, ctrlHeld: false };
  const clock = { now: 0 };
  const port: InputSink = {
    canSendMotion: () => sink.ready,
    bufferedAmount: () => sink.buffered,
    sendMotion: (message) => sent.push(message),
    sendDiscrete: (message) => sent.push(message),
    isHeld: (key) => key === 'Control' && sink.ctrlHeld,
  };
  const current = { ...DEFAULT_SETTINGS, ...settings };
  const output = new TrackpadOutput(port, (callback) => frames.push(callback), () => clock.now, () => current);
  /** Runs the frame callbacks due, `ms` after the last frame. */
  const runFrame = (ms = 16) => {
    clock.now += ms;
    const pending = frames.splice(0);
    for (const callback of pending) callback();
  };
  return { sent, frames, sink, clock, output, runFrame, current };
}

const wheelSteps = (sent: readonly (MotionMessage | UnsequencedInput)[]) =>
  sent.reduce((sum, message) => sum + (message.type === 'scroll' ? message.dy : 0), 0);

describe('TrackpadOutput', () => {
  it('sends a move at once while the socket keeps up, scaled', () => {
    const { sent, frames, output } = setup();
    output.handle([{ kind: 'pointer-move', dx: 2, dy: 0 }]);
    output.handle([{ kind: 'pointer-move', dx: 2, dy: -2 }]);
    expect(sent).toEqual([
      { type: 'move', dx: 2 * POINTER_SENSITIVITY, dy: 0 },
      { type: 'move', dx: 2 * POINTER_SENSITIVITY, dy: -2 * POINTER_SENSITIVITY },
    ]);
    expect(frames).toHaveLength(0);
  });

  it('once bytes wait in the socket, sends at most one move per frame, summed', () => {
    const { sent, sink, frames, output, runFrame } = setup();
    sink.buffered = MOTION_IMMEDIATE_BYTES + 1;
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
    sink.buffered = MOTION_IMMEDIATE_BYTES + 1;
    output.handle([{ kind: 'pointer-move', dx: 10, dy: 0 }]);
    sink.ready = false;
    runFrame();
    sink.ready = true;
    runFrame();
    expect(sent).toEqual([]);
  });

  it('scales pointer motion by the speed setting, changed on the fly', () => {
    const { sent, output, runFrame, current } = setup({ pointerSpeed: 2 });
    output.handle([{ kind: 'pointer-move', dx: 10, dy: 0 }]);
    runFrame();
    current.pointerSpeed = 0.4;
    output.handle([{ kind: 'pointer-move', dx: 10, dy: 0 }]);
    runFrame();
    expect(sent).toEqual([
      { type: 'move', dx: 20 * POINTER_SENSITIVITY, dy: 0 },
      { type: 'move', dx: 4 * POINTER_SENSITIVITY, dy: 0 },
    ]);
  });

  it('scrolls the wheel’s way without natural scrolling, and faster with a higher speed', () => {
    const { sent, output, runFrame } = setup({ naturalScrolling: false, scrollSpeed: 2 });
    output.handle([{ kind: 'scroll', dx: 0, dy: -3 * SCROLL_STEP_PX }]);
    runFrame();
    expect(sent).toEqual([{ type: 'scroll', dx: 0, dy: -6 }]);
  });

  it('holds the left button through a tap-and-drag, after the motion before it', () => {
    const { sent, output } = setup();
    output.handle([{ kind: 'drag', action: 'down' }, { kind: 'pointer-move', dx: 10, dy: 0 }, { kind: 'drag', action: 'up' }]);
    expect(sent).toEqual([
      { type: 'button', button: 'left', action: 'down' },
      { type: 'move', dx: 10 * POINTER_SENSITIVITY, dy: 0 },
      { type: 'button', button: 'left', action: 'up' },
    ]);
  });

  it('zooms with Ctrl held around the wheel steps, fingers apart turning the wheel up', () => {
    const { sent, output, runFrame } = setup({ naturalScrolling: false });
    output.handle([{ kind: 'zoom', spread: 2 * ZOOM_STEP_PX }]);
    runFrame();
    output.handle([{ kind: 'zoom', spread: ZOOM_STEP_PX }, { kind: 'zoom-end' }]);
    expect(sent).toEqual([
      { type: 'modifier', key: 'Control', action: 'down' },
      { type: 'scroll', dx: 0, dy: -2 },
      { type: 'scroll', dx: 0, dy: -1 },
      { type: 'modifier', key: 'Control', action: 'up' },
    ]);
  });

  it('leaves a Ctrl the user holds alone when pinching', () => {
    const { sent, sink, output } = setup();
    sink.ctrlHeld = true;
    output.handle([{ kind: 'zoom', spread: -ZOOM_STEP_PX }, { kind: 'zoom-end' }]);
    expect(sent).toEqual([{ type: 'scroll', dx: 0, dy: 1 }]);
  });

  it('glides on after a fling, slowing down, and stops when a finger lands', () => {
    const { sent, output, runFrame } = setup();
    // Fingers flung upwards at 1 px/ms: the page keeps scrolling down.
    output.handle([{ kind: 'fling', vx: 0, vy: -1 }]);
    const perFrame: number[] = [];
    for (let frame = 0; frame < 20; frame += 1) {
      const before = wheelSteps(sent);
      runFrame(16);
      perFrame.push(wheelSteps(sent) - before);
    }
    expect(perFrame[0]).toBeGreaterThan(0);
    expect(perFrame.slice(-5).reduce((a, b) => a + b, 0)).toBeLessThan(perFrame.slice(0, 5).reduce((a, b) => a + b, 0));
    output.handle([{ kind: 'touch-start' }]);
    const stoppedAt = wheelSteps(sent);
    for (let frame = 0; frame < 10; frame += 1) runFrame(16);
    expect(wheelSteps(sent)).toBe(stoppedAt);
  });

  it('glides as far as the decay says, then ends by itself', () => {
    const { sent, frames, output, runFrame } = setup();
    output.handle([{ kind: 'fling', vx: 0, vy: -2 }]);
    for (let frame = 0; frame < 400 && frames.length > 0; frame += 1) runFrame(16);
    expect(frames).toHaveLength(0);
    // speed × time constant of finger travel, less the tail below the stop speed and the fraction kept.
    const expected = (2 * INERTIA_TIME_CONSTANT_MS) / SCROLL_STEP_PX;
    expect(wheelSteps(sent)).toBeGreaterThan(expected - 2);
    expect(wheelSteps(sent)).toBeLessThanOrEqual(expected);
  });
});
