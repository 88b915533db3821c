import { describe, expect, it } from 'vitest';
import { DOUBLE_TAP_MS, ModifierTaps } from './modifier-taps.js';

describe('ModifierTaps', () => {
  it('takes a quick second tap on a key it just armed as a double tap', () => {
    let now = 1000;
    const taps = new ModifierTaps(() => now);
    expect(taps.tap('off')).toBe('tap');
    now += DOUBLE_TAP_MS;
    expect(taps.tap('armed')).toBe('lock');
  });

  it('takes a slow second tap as a tap (disarm)', () => {
    let now = 1000;
    const taps = new ModifierTaps(() => now);
    taps.tap('off');
    now += DOUBLE_TAP_MS + 1;
    expect(taps.tap('armed')).toBe('tap');
  });

  it('does not lock again right after a locked key was let go', () => {
    let now = 0;
    const taps = new ModifierTaps(() => now);
    expect(taps.tap('locked')).toBe('tap');
    now += 100;
    expect(taps.tap('off')).toBe('tap');
    now += 100;
    expect(taps.tap('armed')).toBe('lock');
    now += 100;
    expect(taps.tap('locked')).toBe('tap');
  });

  it('starts over when the armed key was spent on a chord between the taps', () => {
    let now = 0;
    const taps = new ModifierTaps(() => now);
    taps.tap('off');
    now += 100;
    // Ctrl armed, "c" typed: Ctrl+C went out and Ctrl is off again. The next tap arms.
    expect(taps.tap('off')).toBe('tap');
    now += 100;
    expect(taps.tap('armed')).toBe('lock');
  });
});
