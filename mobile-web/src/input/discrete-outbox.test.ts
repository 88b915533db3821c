import type { DiscreteInput } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { DiscreteOutbox, MAX_PENDING, type SequenceNumbers, type UnsequencedInput } from './discrete-outbox.js';

const DEVICE = 'a'.repeat(32);
const OTHER_DEVICE = 'b'.repeat(32);

const click = (button: 'left' | 'right' = 'left'): UnsequencedInput => ({ type: 'button', button, action: 'click' });
const key = (name: 'KeyA' | 'KeyB' | 'KeyC'): UnsequencedInput => ({ type: 'key', key: name, modifiers: [] });
const ctrl = (action: 'down' | 'up'): UnsequencedInput => ({ type: 'modifier', key: 'Control', action });

/** Numbers kept in a map, as the page keeps them in localStorage. */
class MemoryNumbers implements SequenceNumbers {
  readonly saved = new Map<string, number>();
  next(deviceId: string): number {
    return this.saved.get(deviceId) ?? 1;
  }
  save(deviceId: string, next: number): void {
    this.saved.set(deviceId, next);
  }
}

function setup(options: { numbers?: MemoryNumbers; capacity?: number } = {}) {
  const numbers = options.numbers ?? new MemoryNumbers();
  const sent: DiscreteInput[] = [];
  const overflows: number[] = [];
  const outbox = new DiscreteOutbox(
    numbers,
    { send: (message) => sent.push(message), overflowed: (capacity) => overflows.push(capacity) },
    options.capacity,
  );
  /** A session's start as the host runs it: status, then the ack of what it has handled. */
  const connect = (handled: number, deviceId = DEVICE) => {
    outbox.sessionStarted(deviceId);
    outbox.acknowledged(handled);
  };
  const seqs = () => sent.map((message) => message.seq);
  return { outbox, numbers, sent, overflows, connect, seqs };
}

describe('DiscreteOutbox: numbering', () => {
  it('numbers input from 1 for a new device and sends it at once while live', () => {
    const { outbox, sent, connect } = setup();
    connect(0);
    outbox.push(click(), []);
    outbox.push(key('KeyA'), []);
    expect(sent).toEqual([
      { type: 'button', seq: 1, button: 'left', action: 'click' },
      { type: 'key', seq: 2, key: 'KeyA', modifiers: [] },
    ]);
  });

  it('keeps the next number, so a reloaded page continues where the last one stopped', () => {
    const numbers = new MemoryNumbers();
    const first = setup({ numbers });
    first.connect(0);
    first.outbox.push(click(), []);
    first.outbox.push(click(), []);
    expect(numbers.saved.get(DEVICE)).toBe(3);

    const reloaded = setup({ numbers });
    reloaded.connect(2);
    reloaded.outbox.push(click(), []);
    expect(reloaded.seqs()).toEqual([3]);
  });

  it('starts again at 1 for a fresh pairing (a new device id)', () => {
    const numbers = new MemoryNumbers();
    numbers.save(DEVICE, 40);
    const { outbox, connect, seqs } = setup({ numbers });
    connect(0, OTHER_DEVICE);
    outbox.push(click(), []);
    expect(seqs()).toEqual([1]);
  });

  it("moves past the host's count when its own was lost, so new input is not skipped as old", () => {
    const { outbox, numbers, connect, seqs } = setup();
    connect(57);
    outbox.push(click(), []);
    expect(seqs()).toEqual([58]);
    expect(numbers.saved.get(DEVICE)).toBe(59);
  });
});

describe('DiscreteOutbox: acknowledgement and resending', () => {
  it('keeps input until it is acknowledged, and drops it then', () => {
    const { outbox, connect } = setup();
    connect(0);
    outbox.push(click(), []);
    outbox.push(click(), []);
    outbox.push(click(), []);
    expect(outbox.size).toBe(3);
    outbox.acknowledged(2);
    expect(outbox.size).toBe(1);
    // An older ack arriving late changes nothing.
    outbox.acknowledged(1);
    expect(outbox.size).toBe(1);
    outbox.acknowledged(3);
    expect(outbox.size).toBe(0);
  });

  it('after a reconnect resends, in order and with the same numbers, exactly what the host had not handled', () => {
    const { outbox, sent, connect, seqs } = setup();
    connect(0);
    outbox.push(key('KeyA'), []);
    outbox.push(key('KeyB'), []);
    outbox.push(key('KeyC'), []);
    outbox.acknowledged(1);
    outbox.sessionEnded();
    sent.length = 0;

    // The host handled 2 before the socket died, but its ack never arrived: 2 is not resent.
    connect(2);
    expect(sent).toEqual([{ type: 'key', seq: 3, key: 'KeyC', modifiers: [] }]);
    outbox.acknowledged(3);
    expect(outbox.size).toBe(0);
    outbox.push(key('KeyA'), []);
    expect(seqs()).toEqual([3, 4]);
  });

  it('queues input while disconnected and sends it after the resends, before anything newer', () => {
    const { outbox, connect, seqs, sent } = setup();
    connect(0);
    outbox.push(click('left'), []);
    outbox.sessionEnded();
    outbox.push(click('right'), []);
    expect(seqs()).toEqual([1]);

    outbox.sessionStarted(DEVICE);
    // Between the status and its ack nothing goes out, not even new input.
    outbox.push(key('KeyA'), []);
    expect(seqs()).toEqual([1]);
    outbox.acknowledged(0);
    outbox.push(key('KeyB'), []);
    expect(seqs()).toEqual([1, 1, 2, 3, 4]);
    expect(sent.slice(1).map((message) => message.type)).toEqual(['button', 'button', 'key', 'key']);
  });

  it('never resends what the host acknowledged, whatever the order of events', () => {
    const { outbox, connect, seqs } = setup();
    connect(0);
    outbox.push(click(), []);
    outbox.push(click(), []);
    outbox.sessionEnded();
    connect(2);
    outbox.sessionEnded();
    connect(2);
    expect(seqs()).toEqual([1, 2]);
  });

  it('ignores an ack outside a session', () => {
    const { outbox, connect } = setup();
    outbox.push(click(), []);
    outbox.acknowledged(5);
    expect(outbox.size).toBe(1);
    connect(0);
    expect(outbox.size).toBe(1);
  });

  it('drops input numbered for another device instead of resending it under the new one', () => {
    const { outbox, connect, sent } = setup();
    connect(0);
    outbox.push(click('left'), []);
    outbox.sessionEnded();
    outbox.push(click('right'), []);
    sent.length = 0;
    connect(0, OTHER_DEVICE);
    expect(sent).toEqual([{ type: 'button', seq: 1, button: 'right', action: 'click' }]);
  });

  it('forgets everything on clear', () => {
    const { outbox, connect, sent } = setup();
    outbox.push(click(), []);
    outbox.clear();
    connect(0);
    expect(sent).toEqual([]);
    expect(outbox.size).toBe(0);
  });
});

describe('DiscreteOutbox: bounds', () => {
  it(`keeps at most ${MAX_PENDING} inputs, dropping the oldest and saying so each time`, () => {
    const { outbox, overflows, connect, sent } = setup();
    for (let index = 0; index < MAX_PENDING + 2; index += 1) outbox.push(click(index % 2 === 0 ? 'left' : 'right'), []);
    expect(outbox.size).toBe(MAX_PENDING);
    expect(overflows).toEqual([MAX_PENDING, MAX_PENDING]);
    connect(0);
    expect(sent).toHaveLength(MAX_PENDING);
    expect(sent[0]).toEqual({ type: 'button', seq: 1, button: 'left', action: 'click' });
  });
});

describe('DiscreteOutbox: modifiers across a lost session', () => {
  it('drops unacknowledged modifier messages, so a resend never presses a key the host has let go', () => {
    const { outbox, connect, sent } = setup();
    connect(0);
    outbox.push(ctrl('down'), []);
    outbox.push(ctrl('up'), []);
    outbox.push(click(), []);
    expect(outbox.sessionEnded()).toEqual({ count: 0, modifiers: [] });
    sent.length = 0;
    connect(0);
    expect(sent).toEqual([{ type: 'button', seq: 3, button: 'left', action: 'click' }]);
  });

  it('drops input made while a modifier was held: without the modifier it would mean something else', () => {
    const { outbox, connect, sent } = setup();
    connect(0);
    outbox.push(ctrl('down'), []);
    outbox.push(click(), ['Control']);
    outbox.push(key('KeyA'), ['Control']);
    outbox.push(ctrl('up'), ['Control']);
    outbox.acknowledged(1);
    expect(outbox.sessionEnded()).toEqual({ count: 2, modifiers: ['Control'] });
    sent.length = 0;
    connect(1);
    expect(sent).toEqual([]);
    expect(outbox.size).toBe(0);
  });

  it('keeps modifier messages made while disconnected: the host never saw them, the user did', () => {
    const { outbox, connect, seqs } = setup();
    outbox.push(ctrl('down'), []);
    outbox.push(click(), ['Control']);
    connect(0);
    expect(seqs()).toEqual([1, 2]);
  });
});

describe('DiscreteOutbox: two tabs on one device', () => {
  it('never reuses a number the other tab took from the same storage', () => {
    const numbers = new MemoryNumbers();
    const first = setup({ numbers });
    const second = setup({ numbers });
    first.connect(0);
    second.connect(0);
    first.outbox.push(click(), []);
    second.outbox.push(click(), []);
    first.outbox.push(click(), []);
    expect([...first.seqs(), ...second.seqs()].sort()).toEqual([1, 2, 3]);
  });
});
