import { describe, expect, it } from 'vitest';
import { ControlPolicy } from './control-policy.js';

const pixel = { deviceId: 'p', name: 'Pixel' };
const iphone = { deviceId: 'i', name: 'iPhone' };

describe('ControlPolicy', () => {
  it('lets every phone in when shared, and nobody while paused', () => {
    const policy = new ControlPolicy('shared');
    expect(policy.mayInject('p')).toBe(true);
    expect(policy.setPaused(true)).toBe(true);
    expect(policy.setPaused(true)).toBe(false);
    expect(policy.mayInject('p')).toBe(false);
  });

  it('keeps control with a phone that comes back, unless another connected meanwhile', () => {
    const policy = new ControlPolicy('exclusive');
    expect(policy.joined(pixel, () => false)).toBe(true);
    expect(policy.joined(iphone, (id) => id === 'p')).toBe(false);
    // Pixel drops off the Wi-Fi and comes back: still in control.
    expect(policy.joined(pixel, (id) => id === 'i')).toBe(false);
    expect(policy.mayInject('p')).toBe(true);
    expect(policy.mayInject('i')).toBe(false);
    // Pixel is gone when a third phone connects: that one gets control.
    expect(policy.joined({ deviceId: 't', name: 'Tab' }, (id) => id === 'i')).toBe(true);
    expect(policy.statusFor('i')).toEqual({ mode: 'exclusive', youControl: false, controllerName: 'Tab' });
  });

  it('hands control to whoever takes it, and frees it when the device is removed', () => {
    const policy = new ControlPolicy('exclusive');
    policy.joined(pixel, () => false);
    expect(policy.take(iphone)).toBe(true);
    expect(policy.take(iphone)).toBe(false);
    expect(policy.controller).toEqual(iphone);
    expect(policy.forget('i')).toBe(true);
    expect(policy.statusFor('p')).toEqual({ mode: 'exclusive', youControl: false });
  });

  it('ignores take-control when shared', () => {
    const policy = new ControlPolicy('shared');
    expect(policy.take(pixel)).toBe(false);
    expect(policy.statusFor('p')).toEqual({ mode: 'shared' });
  });
});
