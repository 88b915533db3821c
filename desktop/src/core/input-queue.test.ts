import { describe, expect, it } from 'vitest';
import { InputQueue } from './input-queue.js';
import { FakeInjector, ManualClock } from './test-fakes.js';

const HOLD_MS = 1000;

function queueWith(injector = new FakeInjector()) {
  const errors: unknown[] = [];
  const clock = new ManualClock();
  const queue = new InputQueue(injector, (error) => errors.push(error), { timers: clock, maxModifierHoldMs: HOLD_MS });
  return { injector, errors, clock, queue };
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

  it('holds a modifier across other input, and a chord does not let it go', async () => {
    const { injector, queue } = queueWith();
    queue.pressKey('Control');
    queue.click('left');
    queue.tapKey('KeyC', ['Control', 'Shift']);
    queue.releaseKey('Control');
    await queue.idle();
    expect(injector.calls).toEqual(['hold Control', 'press left', 'release left', 'key Shift+KeyC', 'let go Control']);
  });

  it('never releases a modifier it did not press', async () => {
    const { injector, queue } = queueWith();
    queue.releaseKey('Shift');
    await queue.idle();
    expect(injector.calls).toEqual([]);
  });

  it('releases held modifiers and buttons when closed', async () => {
    const { injector, queue, clock } = queueWith();
    queue.pressKey('Shift');
    queue.press('left');
    await queue.idle();
    await queue.close();
    expect(injector.calls).toEqual(['hold Shift', 'press left', 'let go Shift', 'release left']);
    expect(clock.pendingTimers).toBe(0);
  });

  it('lets go of a modifier held too long with no other input from the phone', async () => {
    const { injector, queue, clock } = queueWith();
    queue.pressKey('Alt');
    await queue.idle();
    clock.advance(HOLD_MS - 1);
    queue.move(3, 0);
    await queue.idle();
    clock.advance(HOLD_MS - 1);
    await queue.idle();
    expect(injector.calls).toEqual(['hold Alt', 'move 3,0']);
    clock.advance(1);
    await queue.idle();
    expect(injector.calls).toEqual(['hold Alt', 'move 3,0', 'let go Alt']);
    expect(clock.pendingTimers).toBe(0);
  });

  it('times a modifier whose press waits behind slow injection, through the input after it', async () => {
    const { injector, queue, clock } = queueWith();
    injector.holdCalls = true;
    queue.move(1, 0);
    queue.pressKey('Control');
    queue.move(2, 0);
    injector.holdCalls = false;
    injector.releaseGates();
    await queue.idle();
    clock.advance(HOLD_MS);
    await queue.idle();
    expect(injector.calls).toEqual(['move 1,0', 'hold Control', 'move 2,0', 'let go Control']);
  });

  it('stops the timer once the phone lets go of every modifier', async () => {
    const { queue, clock } = queueWith();
    queue.pressKey('Control');
    queue.releaseKey('Control');
    await queue.idle();
    expect(clock.pendingTimers).toBe(0);
    queue.move(1, 1);
    expect(clock.pendingTimers).toBe(0);
  });

  it('keeps a held button through the modifier timeout', async () => {
    const { injector, queue, clock } = queueWith();
    queue.press('left');
    queue.pressKey('Shift');
    await queue.idle();
    clock.advance(HOLD_MS);
    await queue.idle();
    expect(injector.calls).toEqual(['press left', 'hold Shift', 'let go Shift']);
  });

  it('on releaseAll drops what is queued, lets go of everything, and takes input again afterwards', async () => {
    const { injector, queue } = queueWith();
    queue.press('left');
    queue.pressKey('Control');
    await queue.idle();
    injector.holdCalls = true;
    queue.move(5, 5);
    queue.tapKey('KeyV', []);
    queue.releaseAll();
    injector.holdCalls = false;
    injector.releaseGates();
    await queue.idle();
    queue.move(1, 0);
    await queue.idle();
    expect(injector.calls).toEqual(['press left', 'hold Control', 'move 5,5', 'let go Control', 'release left', 'move 1,0']);
  });

  it('waits for input the same device sent on an earlier connection', async () => {
    const injector = new FakeInjector();
    let earlierDone!: () => void;
    const earlier = new Promise<void>((resolve) => (earlierDone = resolve));
    const queue = new InputQueue(injector, () => undefined, { timers: new ManualClock(), after: earlier });
    queue.tapKey('KeyB', []);
    await Promise.resolve();
    expect(injector.calls).toEqual([]);
    injector.calls.push('key KeyA');
    earlierDone();
    await queue.idle();
    expect(injector.calls).toEqual(['key KeyA', 'key KeyB']);
  });
});
