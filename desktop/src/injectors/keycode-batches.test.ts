import { describe, expect, it } from 'vitest';
import { type Batch, type KeycodePool, NoSpareKeycodeError, planBatches } from './keycode-batches.js';

const RETURN = 0xff0d;

function pool(spare: Record<number, number>, fixed: Record<number, number> = {}): KeycodePool {
  const numeric = (record: Record<number, number>) => new Map(Object.entries(record).map(([k, v]) => [Number(k), v]));
  return { spare: numeric(spare), fixed: numeric(fixed) };
}

const keysyms = (text: string) => [...text].map((c) => c.codePointAt(0) as number);

/** Replays a plan against the keymap it starts from, each batch's remap before its taps: what each tap types. */
function replay(batches: readonly Batch[], start: KeycodePool): number[] {
  const holding = new Map(start.spare);
  const byKeycode = new Map([...start.fixed].map(([keysym, keycode]) => [keycode, keysym]));
  const typed: number[] = [];
  for (const batch of batches) {
    for (const { keycode, keysym } of batch.remap) holding.set(keycode, keysym);
    for (const keycode of batch.taps) typed.push(byKeycode.get(keycode) ?? (holding.get(keycode) as number));
  }
  return typed;
}

/** Within a batch a keycode stands for one keysym: it is not remapped twice. */
function remappedTwiceInABatch(batches: readonly Batch[]): boolean {
  return batches.some((batch) => new Set(batch.remap.map((b) => b.keycode)).size !== batch.remap.length);
}

describe('planBatches', () => {
  it('maps each distinct keysym once and types it from there', () => {
    const start = pool({ 10: 0, 11: 0, 12: 0 });
    const batches = planBatches(keysyms('abba'), start);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.remap.map((b) => b.keysym)).toEqual(keysyms('ab'));
    expect(replay(batches, start)).toEqual(keysyms('abba'));
  });

  it('starts a new batch only when every spare keycode has been pressed', () => {
    const start = pool({ 10: 0, 11: 0 });
    const batches = planBatches(keysyms('abcabc'), start);
    expect(replay(batches, start)).toEqual(keysyms('abcabc'));
    expect(remappedTwiceInABatch(batches)).toBe(false);
    expect(batches.length).toBeGreaterThan(1);
  });

  it('reuses what the keycodes already hold, without remapping', () => {
    const start = pool({ 10: 0x61, 11: 0x62 });
    expect(planBatches(keysyms('abab'), start)).toEqual([{ remap: [], taps: [10, 11, 10, 11] }]);
  });

  it('takes back the keycode whose keysym is needed again last (Belady)', () => {
    // a and b are held; c must evict one: b comes back later than a, so b goes.
    const start = pool({ 10: 0x61, 11: 0x62 });
    const batches = planBatches(keysyms('c' + 'a' + 'b'), start);
    expect(batches[0]?.remap).toEqual([{ keycode: 11, keysym: 0x63 }]);
    expect(replay(batches, start)).toEqual(keysyms('cab'));
  });

  it('prefers an empty keycode to one that holds something', () => {
    const start = pool({ 10: 0x61, 11: 0 });
    expect(planBatches(keysyms('b'), start)[0]?.remap).toEqual([{ keycode: 11, keysym: 0x62 }]);
  });

  it('presses the layout key for Return, never a spare one', () => {
    const start = pool({ 10: 0 }, { [RETURN]: 36 });
    expect(planBatches([0x61, RETURN, 0x61], start)).toEqual([{ remap: [{ keycode: 10, keysym: 0x61 }], taps: [10, 36, 10] }]);
  });

  it('types long texts of many scripts exactly, in few batches', () => {
    const text = 'The quick brown fox 你好世界 こんにちは 안녕하세요 مرحبا بالعالم Ça va? Grüße, Straße! '.repeat(20);
    const start = pool(Object.fromEntries(Array.from({ length: 19 }, (_, i) => [100 + i, 0])));
    const batches = planBatches(keysyms(text), start);
    expect(replay(batches, start)).toEqual(keysyms(text));
    expect(remappedTwiceInABatch(batches)).toBe(false);
    const distinct = new Set(text).size;
    // Each batch past the first needs at least one new keysym; Belady keeps it near the minimum.
    expect(batches.length).toBeLessThan(text.length / 10);
    expect(distinct).toBeGreaterThan(19);
  });

  it('refuses a keysym that needs a spare keycode when there is none', () => {
    expect(() => planBatches(keysyms('a'), pool({}))).toThrow(NoSpareKeycodeError);
    expect(planBatches([RETURN], pool({}, { [RETURN]: 36 }))).toEqual([{ remap: [], taps: [36] }]);
  });
});
