import { describe, expect, it } from 'vitest';
import { ModifierLatch } from './modifier-latch.js';

describe('ModifierLatch', () => {
  it('arms on a tap and disarms on the next, telling the host nothing', () => {
    const latch = new ModifierLatch();
    expect(latch.tap('Control')).toBeNull();
    expect(latch.state('Control')).toBe('armed');
    expect(latch.isHeld('Control')).toBe(false);
    expect(latch.tap('Control')).toBeNull();
    expect(latch.state('Control')).toBe('off');
  });

  it('locks (a down for the host) and a tap lets go (an up)', () => {
    const latch = new ModifierLatch();
    latch.tap('Shift');
    expect(latch.lock('Shift')).toBe('down');
    expect(latch.state('Shift')).toBe('locked');
    expect(latch.lock('Shift')).toBeNull();
    expect(latch.tap('Shift')).toBe('up');
    expect(latch.state('Shift')).toBe('off');
  });

  it('spends armed keys on one key, leaving held ones held', () => {
    const latch = new ModifierLatch();
    latch.tap('Shift');
    latch.tap('Control');
    latch.lock('Alt');
    expect(latch.activeKeys()).toEqual(['Control', 'Alt', 'Shift']);
    expect(latch.takeArmed()).toEqual(['Control', 'Shift']);
    expect(latch.takeArmed()).toEqual([]);
    expect(latch.activeKeys()).toEqual(['Alt']);
    expect(latch.heldKeys()).toEqual(['Alt']);
  });

  it('toggles the trackpad way: held, then released', () => {
    const latch = new ModifierLatch();
    expect(latch.toggle('Control')).toBe('down');
    expect(latch.isHeld('Control')).toBe(true);
    expect(latch.toggle('Control')).toBe('up');
    latch.tap('Control');
    expect(latch.toggle('Control')).toBe('down');
  });

  it('releases held keys and keeps armed ones, which the host never knew of', () => {
    const latch = new ModifierLatch();
    latch.lock('Meta');
    latch.tap('Control');
    expect(latch.releaseAll()).toEqual(['Meta']);
    expect(latch.anyHeld()).toBe(false);
    expect(latch.state('Control')).toBe('armed');
  });
});
