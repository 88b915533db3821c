import { describe, expect, it } from 'vitest';
import { type GestureIntent, GestureRecognizer, type TouchPoint } from './gesture-recognizer.js';
import { TAP_MAX_MS, TAP_SLOP_PX, TWO_FINGER_TAP_MAX_MS } from './tuning.js';

const finger = (id: number, x: number, y: number): TouchPoint => ({ id, x, y });

/** Feeds snapshots `[time, touches]` in order and collects every intent. */
function run(steps: readonly (readonly [number, readonly TouchPoint[]])[]): GestureIntent[] {
  const recognizer = new GestureRecognizer();
  return steps.flatMap(([time, touches]) => recognizer.update(time, touches));
}

function sum(intents: readonly GestureIntent[], kind: 'pointer-move' | 'scroll') {
  let dx = 0;
  let dy = 0;
  for (const intent of intents) {
    if (intent.kind === kind) {
      dx += intent.dx;
      dy += intent.dy;
    }
  }
  return { dx, dy };
}

describe('GestureRecognizer', () => {
  it('turns a quick, still touch into a left click and nothing else', () => {
    expect(run([[0, [finger(1, 100, 100)]], [40, [finger(1, 102, 101)]], [120, []]])).toEqual([
      { kind: 'click', button: 'left' },
    ]);
  });

  it('does not click when the finger stayed down too long', () => {
    expect(run([[0, [finger(1, 100, 100)]], [TAP_MAX_MS + 50, []]])).toEqual([]);
  });

  it('does not click when the finger travelled', () => {
    const intents = run([[0, [finger(1, 100, 100)]], [30, [finger(1, 100 + TAP_SLOP_PX + 5, 100)]], [60, []]]);
    expect(intents.some((intent) => intent.kind === 'click')).toBe(false);
  });

  it('moves the pointer by the full travel of one finger, held-back start included', () => {
    const intents = run([
      [0, [finger(1, 100, 100)]],
      [16, [finger(1, 104, 103)]],
      [32, [finger(1, 120, 110)]],
      [48, [finger(1, 130, 90)]],
      [300, []],
    ]);
    expect(sum(intents, 'pointer-move')).toEqual({ dx: 30, dy: -10 });
    expect(intents.every((intent) => intent.kind === 'pointer-move')).toBe(true);
  });

  it('holds small motion back while a tap is possible, then releases it once it is not', () => {
    const recognizer = new GestureRecognizer();
    expect(recognizer.update(0, [finger(1, 0, 0)])).toEqual([]);
    expect(recognizer.update(16, [finger(1, 3, 0)])).toEqual([]);
    expect(recognizer.update(TAP_MAX_MS + 1, [finger(1, 5, 0)])).toEqual([
      { kind: 'pointer-move', dx: 3, dy: 0 },
      { kind: 'pointer-move', dx: 2, dy: 0 },
    ]);
  });

  it('keeps a slow small drag that ends after the tap time', () => {
    const intents = run([[0, [finger(1, 0, 0)]], [100, [finger(1, 4, 4)]], [TAP_MAX_MS + 100, []]]);
    expect(intents).toEqual([{ kind: 'pointer-move', dx: 4, dy: 4 }]);
  });

  it('turns a quick two-finger tap into a right click', () => {
    expect(
      run([
        [0, [finger(1, 100, 100)]],
        [20, [finger(1, 100, 100), finger(2, 160, 100)]],
        [150, [finger(2, 161, 101)]],
        [180, []],
      ]),
    ).toEqual([{ kind: 'click', button: 'right' }]);
  });

  it('does not right-click when two fingers stayed down too long', () => {
    expect(
      run([
        [0, [finger(1, 100, 100), finger(2, 160, 100)]],
        [TWO_FINGER_TAP_MAX_MS + 20, []],
      ]),
    ).toEqual([]);
  });

  it('scrolls by the mean travel of two fingers and never moves the pointer', () => {
    const intents = run([
      [0, [finger(1, 100, 300)]],
      [10, [finger(1, 100, 300), finger(2, 160, 300)]],
      [30, [finger(1, 100, 280), finger(2, 160, 280)]],
      [50, [finger(1, 100, 250), finger(2, 160, 250)]],
      // One finger lifts first and the other keeps sliding: that must not move the pointer.
      [70, [finger(2, 160, 200)]],
      [90, []],
    ]);
    expect(sum(intents, 'scroll')).toEqual({ dx: 0, dy: -50 });
    expect(intents.filter((intent) => intent.kind !== 'scroll')).toEqual([]);
  });

  it('drops one-finger motion that turned out to start a two-finger gesture', () => {
    const intents = run([
      [0, [finger(1, 100, 100)]],
      [10, [finger(1, 104, 100)]],
      [20, [finger(1, 104, 100), finger(2, 160, 100)]],
      [40, [finger(1, 104, 140), finger(2, 160, 140)]],
      [60, []],
    ]);
    expect(intents).toEqual([{ kind: 'scroll', dx: 0, dy: 40 }]);
  });

  it('ignores three-finger gestures for now', () => {
    expect(
      run([
        [0, [finger(1, 0, 0), finger(2, 50, 0), finger(3, 100, 0)]],
        [20, [finger(1, 0, 40), finger(2, 50, 40), finger(3, 100, 40)]],
        [60, []],
      ]),
    ).toEqual([]);
  });

  it('forgets a cancelled gesture and starts afresh', () => {
    const recognizer = new GestureRecognizer();
    recognizer.update(0, [finger(1, 0, 0), finger(2, 50, 0)]);
    recognizer.cancel();
    expect(recognizer.update(500, [finger(3, 10, 10)])).toEqual([]);
    expect(recognizer.update(550, [])).toEqual([{ kind: 'click', button: 'left' }]);
  });

  it('treats consecutive gestures independently', () => {
    expect(
      run([
        [0, [finger(1, 10, 10)]],
        [50, []],
        [200, [finger(2, 10, 10)]],
        [260, []],
      ]),
    ).toEqual([
      { kind: 'click', button: 'left' },
      { kind: 'click', button: 'left' },
    ]);
  });
});
