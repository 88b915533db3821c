import { describe, expect, it } from 'vitest';
import { InputQueue } from './input-queue.js';
import { FakeInjector } from './test-fakes.js';

function queueWith(injector = new FakeInjector()) {
  const errors: unknown[] = [];
  return { injector, errors, queue: new InputQueue(injector, (error) => errors.push(error)) };
}

describe('InputQueue', () => {
  it('injects in the order received', async () => {
    const { injector, queue } = queueWith();
    queue.move(5, 0);
    queue.click('left');
    queue.scroll(0, 2);
    queue.tapKey('PageDown', ['Shift']);
    await queue.idle();
    expect(injector.calls).toEqual(['move 5,0', 'press left', 'release left', 'scroll 0,2', 'key Shift+PageDown']);
  });

  it('sums motion that piles up while the injector is busy into one move', async () => {
    const { injector, queue } = queueWith();
    injector.holdCalls = true;
    queue.move(1, 1);
    for (let i = 0; i < 50; i++) queue.move(2, -1);
    injector.holdCalls = false;
    injector.releaseGates();
    await queue.idle();
    expect(injector.calls).toEqual(['move 1,1', 'move 100,-50']);
  });

  it('never merges motion across a click', async () => {
    const { injector, queue } = queueWith();
    injector.holdCalls = true;
    queue.move(1, 0);
    queue.move(1, 0);
    queue.click('left');
    queue.move(3, 0);
    injector.holdCalls = false;
    injector.releaseGates();
    await queue.idle();
    expect(injector.calls).toEqual(['move 1,0', 'move 1,0', 'press left', 'release left', 'move 3,0']);
  });

  it('carries sub-pixel remainders so slow motion is not lost', async () => {
    const { injector, queue } = queueWith();
    for (let i = 0; i < 10; i++) {
      queue.move(0.25, -0.5);
      await queue.idle();
    }
    const total = { x: 0, y: 0 };
    for (const call of injector.calls) {
      const [dx = 0, dy = 0] = call.slice('move '.length).split(',').map(Number);
      total.x += dx;
      total.y += dy;
    }
    expect(total).toEqual({ x: 2, y: -5 });
  });

  it('releases every held button when closed, and drops stale motion', async () => {
    const { injector, queue } = queueWith();
    injector.holdCalls = true;
    queue.press('left');
    queue.move(10, 10);
    queue.press('right');
    const closing = queue.close();
    injector.holdCalls = false;
    injector.releaseGates();
    await closing;
    expect(injector.calls).toEqual(['press left', 'press right', 'release left', 'release right']);
  });

  it('injects nothing after close', async () => {
    const { injector, queue } = queueWith();
    await queue.close();
    queue.move(1, 1);
    queue.click('left');
    await queue.idle();
    expect(injector.calls).toEqual([]);
  });

  it('reports a failing injection and goes on with the next input', async () => {
    const { injector, queue, errors } = queueWith();
    injector.failWith = new Error('display gone');
    queue.click('left');
    await queue.idle();
    injector.failWith = undefined;
    queue.move(1, 0);
    await queue.idle();
    expect(errors).toHaveLength(2);
    expect(injector.calls.at(-1)).toBe('move 1,0');
  });
});
