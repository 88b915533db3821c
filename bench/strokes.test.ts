import { describe, expect, it } from 'vitest';
import { directSteps, directTarget, pathOffset, SWEEP_STEPS, stepLatencies, stepsFromFinger, zigzagOffset } from './strokes.js';

type Seen = readonly [at: number, x: number, y: number];
const samples = (seen: readonly Seen[]) => ({ times: seen.map(([at]) => at), xs: seen.map(([, x]) => x), ys: seen.map(([, , y]) => y) });
const home = directTarget(0);

describe('stepsFromFinger', () => {
  it('scales the finger travel by the gain from where the pointer started', () => {
    const touches = [{ at: 1, finger: { x: 12, y: 20 } }, { at: 2, finger: { x: 14, y: 22 } }];
    expect(stepsFromFinger(touches, { x: 10, y: 20 }, { x: 300, y: 400 }, 1.5)).toEqual([
      { at: 1, target: { x: 303, y: 400 } },
      { at: 2, target: { x: 306, y: 403 } },
    ]);
  });

  it('leaves out a touchmove that asks nothing of the pointer: a step out and back coalesced into one', () => {
    const touches = [10, 12, 12, 10].map((x, i) => ({ at: i + 1, finger: { x, y: 0 } }));
    expect(stepsFromFinger(touches, { x: 10, y: 0 }, { x: 300, y: 400 }, 1.5)).toEqual([
      { at: 2, target: { x: 303, y: 400 } },
      { at: 4, target: { x: 300, y: 400 } },
    ]);
  });
});

describe('pathOffset', () => {
  it('goes back and forth along x and a step down at each turn, so the way back never meets the way there', () => {
    const places = Array.from({ length: 4 * SWEEP_STEPS }, (_, k) => pathOffset(k));
    expect(places[SWEEP_STEPS - 1]).toEqual({ x: SWEEP_STEPS - 1, y: 0 });
    expect(places[SWEEP_STEPS + 1]).toEqual({ x: SWEEP_STEPS - 1, y: 1 });
    expect(new Set(places.map(({ x, y }) => `${x},${y}`)).size).toBe(places.length);
  });
});

describe('stepLatencies', () => {
  it('times each step to the first sample that shows the pointer where it leads', () => {
    const [first, second] = directSteps([10, 20]).map((step) => step.target);
    const seen: Seen[] = [[9, home.x, home.y], [11, home.x, home.y], [12.5, first!.x, first!.y], [21, first!.x, first!.y], [23, second!.x, second!.y]];
    expect(stepLatencies(directSteps([10, 20]), samples(seen))).toEqual([
      { ms: 2.5, censored: false },
      { ms: 3, censored: false },
    ]);
  });

  it('counts a step as arrived when a later one shows, and a step never seen as censored at the last sample', () => {
    const steps = directSteps([10, 11, 12]);
    const second = steps[1]!.target;
    expect(stepLatencies(steps, samples([[10, home.x, home.y], [14, second.x, second.y], [20, second.x, second.y]]))).toEqual([
      { ms: 4, censored: false },
      { ms: 3, censored: false },
      { ms: 8, censored: true },
    ]);
  });

  it('sees both steps of a turn done between two samples, since the way back is a row lower', () => {
    const steps = directSteps(Array.from({ length: SWEEP_STEPS + 1 }, (_, i) => i + 1));
    const [beforeTurn, afterTurn] = [steps[SWEEP_STEPS - 2]!.target, steps[SWEEP_STEPS]!.target];
    expect(afterTurn.x).toBe(beforeTurn.x);
    // Every step seen as it lands, but for the turn's two, done between the same two samples.
    const seen: Seen[] = steps.slice(0, SWEEP_STEPS - 1).map((step) => [step.at + 0.5, step.target.x, step.target.y]);
    seen.push([SWEEP_STEPS + 1.5, afterTurn.x, afterTurn.y]);
    expect(stepLatencies(steps, samples(seen)).slice(-3)).toEqual([
      { ms: 0.5, censored: false },
      { ms: 1.5, censored: false },
      { ms: 0.5, censored: false },
    ]);
  });

  it('ignores a pointer passing through pixels in between, as an animated move does', () => {
    const target = directTarget(1);
    const seen: Seen[] = [[11, target.x - 2, target.y], [12, target.x - 1, target.y], [13, target.x, target.y]];
    expect(stepLatencies(directSteps([10]), samples(seen))).toEqual([{ ms: 3, censored: false }]);
  });
});

describe('zigzagOffset', () => {
  it('goes up `sweep` steps, back down to 0, and again', () => {
    expect(Array.from({ length: 9 }, (_, k) => zigzagOffset(k, 3))).toEqual([0, 1, 2, 3, 2, 1, 0, 1, 2]);
  });
});
