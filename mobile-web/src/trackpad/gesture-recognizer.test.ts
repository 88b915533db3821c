import { describe, expect, it } from 'vitest';
import { type GestureIntent, GestureRecognizer, type TouchPoint } from './gesture-recognizer.js';
import { DOUBLE_TAP_MS, FLING_MIN_SPEED, TAP_MAX_MS, TAP_SLOP_PX, THREE_FINGER_TAP_MAX_MS, TWO_FINGER_TAP_MAX_MS } from './tuning.js';

const finger = (id: number, x: number, y: number): TouchPoint => ({ id, x, y });

type Step = readonly [number, readonly TouchPoint[]];

/** Feeds snapshots `[time, touches]` in order and collects every intent but `touch-start`. */
function run(steps: readonly Step[], recognizer = new GestureRecognizer()): GestureIntent[] {
  return steps.flatMap(([time, touches]) => recognizer.update(time, touches)).filter((intent) => intent.kind !== 'touch-start');
}

/** A quick tap at (x, y) from `at`. */
const tapAt = (at: number, x = 100, y = 100): Step[] => [
  [at, [finger(1, x, y)]],
  [at + 50, []],
];

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
    expect(recognizer.update(0, [finger(1, 0, 0)])).toEqual([{ kind: 'touch-start' }]);
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
    // Lifted while moving: the scroll flings on, and that is all besides.
    expect(intents.filter((intent) => intent.kind !== 'scroll').map((intent) => intent.kind)).toEqual(['fling']);
  });

  it('drops one-finger motion that turned out to start a two-finger gesture', () => {
    const intents = run([
      [0, [finger(1, 100, 100)]],
      [10, [finger(1, 104, 100)]],
      [20, [finger(1, 104, 100), finger(2, 160, 100)]],
      [40, [finger(1, 104, 140), finger(2, 160, 140)]],
      [200, []],
    ]);
    expect(intents).toEqual([{ kind: 'scroll', dx: 0, dy: 40 }]);
  });

  it('ignores a three-finger drag', () => {
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
    expect(recognizer.cancel()).toEqual([]);
    expect(recognizer.update(500, [finger(3, 10, 10)])).toEqual([{ kind: 'touch-start' }]);
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

  it('says when fingers land, so a glide can stop', () => {
    const recognizer = new GestureRecognizer();
    expect(recognizer.update(0, [finger(1, 0, 0)])).toEqual([{ kind: 'touch-start' }]);
    expect(recognizer.update(10, [finger(1, 0, 0), finger(2, 40, 0)])).toEqual([]);
  });
});

describe('tap-and-drag', () => {
  it('holds the left button from a quick second touch that moves, and lets go when it lifts', () => {
    const intents = run([
      ...tapAt(0),
      [150, [finger(2, 105, 100)]],
      [170, [finger(2, 105 + TAP_SLOP_PX + 10, 100)]],
      [190, [finger(2, 165, 130)]],
      [400, []],
    ]);
    expect(intents).toEqual([
      { kind: 'click', button: 'left' },
      { kind: 'drag', action: 'down' },
      { kind: 'pointer-move', dx: TAP_SLOP_PX + 10, dy: 0 },
      { kind: 'pointer-move', dx: 60 - TAP_SLOP_PX - 10, dy: 30 },
      { kind: 'drag', action: 'up' },
    ]);
  });

  it('holds the button when the second touch stays put past a tap, for a long press-and-release', () => {
    const intents = run([...tapAt(0), [150, [finger(2, 100, 100)]], [150 + TAP_MAX_MS + 1, [finger(2, 101, 100)]], [900, []]]);
    expect(intents).toEqual([
      { kind: 'click', button: 'left' },
      { kind: 'drag', action: 'down' },
      { kind: 'pointer-move', dx: 1, dy: 0 },
      { kind: 'drag', action: 'up' },
    ]);
  });

  it('is a double click when the second touch is a quick tap too', () => {
    expect(run([...tapAt(0), ...tapAt(150)])).toEqual([
      { kind: 'click', button: 'left' },
      { kind: 'click', button: 'left' },
    ]);
  });

  it('is plain motion when the second touch comes too late', () => {
    const late = 50 + DOUBLE_TAP_MS + 1;
    const intents = run([...tapAt(0), [late, [finger(2, 100, 100)]], [late + 20, [finger(2, 140, 100)]], [late + 40, []]]);
    expect(intents).toEqual([
      { kind: 'click', button: 'left' },
      { kind: 'pointer-move', dx: 40, dy: 0 },
    ]);
  });

  it('lets go of the button when the browser cancels the touch', () => {
    const recognizer = new GestureRecognizer();
    run([...tapAt(0), [150, [finger(2, 100, 100)]], [170, [finger(2, 150, 100)]]], recognizer);
    expect(recognizer.cancel()).toEqual([{ kind: 'drag', action: 'up' }]);
  });
});

describe('three-finger tap', () => {
  it('is a middle click', () => {
    expect(
      run([
        [0, [finger(1, 100, 100)]],
        [15, [finger(1, 100, 100), finger(2, 150, 100)]],
        [30, [finger(1, 100, 100), finger(2, 150, 100), finger(3, 200, 100)]],
        [120, [finger(2, 151, 100)]],
        [140, []],
      ]),
    ).toEqual([{ kind: 'click', button: 'middle' }]);
  });

  it('is nothing when held too long', () => {
    expect(run([[0, [finger(1, 0, 0), finger(2, 50, 0), finger(3, 100, 0)]], [THREE_FINGER_TAP_MAX_MS + 10, []]])).toEqual([]);
  });
});

describe('pinch', () => {
  it('zooms by the change of distance between the fingers, and ends once', () => {
    const intents = run([
      [0, [finger(1, 100, 300), finger(2, 200, 300)]],
      [20, [finger(1, 90, 300), finger(2, 210, 300)]],
      [40, [finger(1, 70, 300), finger(2, 230, 300)]],
      [60, [finger(1, 60, 300), finger(2, 230, 300)]],
      [80, [finger(2, 230, 300)]],
      [100, []],
    ]);
    expect(intents).toEqual([
      { kind: 'zoom', spread: 20 },
      { kind: 'zoom', spread: 40 },
      { kind: 'zoom', spread: 10 },
      { kind: 'zoom-end' },
    ]);
  });

  it('zooms out when the fingers close, and never scrolls or right-clicks', () => {
    const intents = run([
      [0, [finger(1, 100, 300), finger(2, 300, 300)]],
      [20, [finger(1, 120, 302), finger(2, 280, 302)]],
      [40, [finger(1, 150, 304), finger(2, 250, 304)]],
      [60, []],
    ]);
    expect(intents.map((intent) => intent.kind)).toEqual(['zoom', 'zoom', 'zoom-end']);
    const total = intents.reduce((sum, intent) => sum + (intent.kind === 'zoom' ? intent.spread : 0), 0);
    expect(total).toBe(-100);
  });

  it('leaves two fingers sliding together to scrolling', () => {
    const intents = run([
      [0, [finger(1, 100, 300), finger(2, 200, 300)]],
      [20, [finger(1, 100, 270), finger(2, 202, 270)]],
      [40, []],
    ]);
    expect(intents.some((intent) => intent.kind === 'zoom')).toBe(false);
    expect(intents[0]).toEqual({ kind: 'scroll', dx: 1, dy: -30 });
  });
});

describe('fling', () => {
  const drag = (speedPxPerMs: number, stopFor = 0): Step[] => {
    const steps: Step[] = [[0, [finger(1, 100, 400), finger(2, 200, 400)]]];
    for (let frame = 1; frame <= 8; frame += 1) {
      const y = 400 - speedPxPerMs * 16 * frame;
      steps.push([16 * frame, [finger(1, 100, y), finger(2, 200, y)]]);
    }
    const last = steps[steps.length - 1] as Step;
    if (stopFor > 0) steps.push([last[0] + stopFor, last[1]]);
    steps.push([last[0] + stopFor + 1, []]);
    return steps;
  };

  it('flings a scroll lifted while moving, at the fingers’ speed', () => {
    const intents = run(drag(1.5));
    const fling = intents.find((intent) => intent.kind === 'fling');
    expect(fling).toBeDefined();
    if (fling?.kind !== 'fling') return;
    expect(fling.vx).toBe(0);
    expect(fling.vy).toBeCloseTo(-1.5, 1);
  });

  it('flings even when the browser delivered the moves in one coalesced event', () => {
    const intents = run([
      [0, [finger(1, 100, 400), finger(2, 200, 400)]],
      [120, [finger(1, 100, 160), finger(2, 200, 160)]],
      [121, []],
    ]);
    const fling = intents.find((intent) => intent.kind === 'fling');
    expect(fling?.kind === 'fling' && fling.vy).toBeCloseTo(-240 / 121, 2);
  });

    it('does not fling a scroll that stopped before the lift, or a slow one', () => {
    expect(run(drag(1.5, 150)).some((intent) => intent.kind === 'fling')).toBe(false);
    expect(run(drag(FLING_MIN_SPEED / 2)).some((intent) => intent.kind === 'fling')).toBe(false);
  });
});
