import { describe, expect, it } from 'vitest';
import { FRESH_MS, PointerPosition, type PointerDisplay } from './pointer-position.js';

function setup() {
  const display = { x: 100, y: 100, width: 1280, height: 800, reads: 0 };
  let now = 0;
  const port: PointerDisplay = {
    position: async () => {
      display.reads += 1;
      return { x: display.x, y: display.y };
    },
    size: async () => ({ width: display.width, height: display.height }),
  };
  const pointer = new PointerPosition(port, () => now);
  return { display, pointer, later: (ms: number) => (now += ms) };
}

describe('the pointer position', () => {
  it('reads the display once for a stream of moves', async () => {
    const { display, pointer, later } = setup();
    expect(await pointer.movedBy(5, -3)).toEqual({ x: 105, y: 97 });
    later(16);
    expect(await pointer.movedBy(5, -3)).toEqual({ x: 110, y: 94 });
    later(16);
    expect(await pointer.movedBy(-10, 6)).toEqual({ x: 100, y: 100 });
    expect(display.reads).toBe(1);
  });

  it('reads it again after a pause, when the desktop mouse may have moved it', async () => {
    const { display, pointer, later } = setup();
    await pointer.movedBy(1, 1);
    display.x = 600;
    display.y = 400;
    later(FRESH_MS + 1);
    expect(await pointer.movedBy(1, 1)).toEqual({ x: 601, y: 401 });
    expect(display.reads).toBe(2);
  });

  it('stays on the screen, so a move back starts from the edge', async () => {
    const { pointer, later } = setup();
    expect(await pointer.movedBy(-500, 2000)).toEqual({ x: 0, y: 799 });
    later(16);
    expect(await pointer.movedBy(10, -10)).toEqual({ x: 10, y: 789 });
  });

  it('places a point given as fractions of the screen, and moves on from there', async () => {
    const { pointer, later } = setup();
    expect(await pointer.at(0.5, 1)).toEqual({ x: 640, y: 799 });
    later(16);
    expect(await pointer.movedBy(-40, -9)).toEqual({ x: 600, y: 790 });
  });
});
