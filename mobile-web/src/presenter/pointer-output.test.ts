import { describe, expect, it } from 'vitest';
import type { InputMessage } from '../connection/secure-session.js';
import { fractionIn, PointerOutput } from './pointer-output.js';

function setup() {
  const sent: InputMessage[] = [];
  const frames: (() => void)[] = [];
  const output = new PointerOutput(
    (message) => sent.push(message),
    (callback) => frames.push(callback),
  );
  const nextFrame = () => frames.splice(0).forEach((run) => run());
  return { sent, output, nextFrame };
}

describe('fractionIn', () => {
  const box = { left: 10, top: 100, width: 200, height: 100 };

  it('maps a point on the preview to the same point of the screen', () => {
    expect(fractionIn(box, 10, 100)).toEqual({ x: 0, y: 0 });
    expect(fractionIn(box, 60, 175)).toEqual({ x: 0.25, y: 0.75 });
    expect(fractionIn(box, 210, 200)).toEqual({ x: 1, y: 1 });
  });

  it('keeps a finger that slid off the preview on its edge', () => {
    expect(fractionIn(box, -50, 400)).toEqual({ x: 0, y: 1 });
  });

  it('aims at the middle of a preview not laid out yet', () => {
    expect(fractionIn({ left: 0, top: 0, width: 0, height: 0 }, 5, 5)).toEqual({ x: 0.5, y: 0.5 });
  });
});

describe('PointerOutput', () => {
  it('sends the latest position once per animation frame', () => {
    const { sent, output, nextFrame } = setup();
    output.moveTo(0.1, 0.1);
    output.moveTo(0.2, 0.2);
    output.moveTo(0.3, 0.4);
    expect(sent).toEqual([]);
    nextFrame();
    expect(sent).toEqual([{ type: 'pointer', x: 0.3, y: 0.4 }]);
    nextFrame();
    expect(sent).toHaveLength(1);
  });

  it('ends the pointer when the finger lifts, dropping a position still waiting', () => {
    const { sent, output, nextFrame } = setup();
    output.moveTo(0.5, 0.5);
    nextFrame();
    output.moveTo(0.6, 0.6);
    output.end();
    nextFrame();
    expect(sent).toEqual([{ type: 'pointer', x: 0.5, y: 0.5 }, { type: 'pointer-end' }]);
  });

  it('sends no end without a pointer to end', () => {
    const { sent, output } = setup();
    output.end();
    expect(sent).toEqual([]);
  });
});
