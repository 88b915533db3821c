import { describe, expect, it } from 'vitest';
import { canVibrate, hasTouch, homeScreenPlatform, missingEssentials } from './features.js';
import { hapticTick } from './haptic-tick.js';

const fn = () => {};

describe('browser features', () => {
  it('names every essential API that is missing', () => {
    expect(missingEssentials({ WebSocket: fn, crypto: { getRandomValues: fn }, TextEncoder: fn, TextDecoder: fn, requestAnimationFrame: fn })).toEqual([]);
    expect(missingEssentials({ crypto: {}, TextEncoder: fn })).toEqual(['WebSocket', 'crypto.getRandomValues', 'TextEncoder', 'requestAnimationFrame']);
  });

  it('tells touch screens and vibration apart from their absence', () => {
    expect(hasTouch({ ontouchstart: null }, {})).toBe(true);
    expect(hasTouch({}, { maxTouchPoints: 5 })).toBe(true);
    expect(hasTouch({}, { maxTouchPoints: 0 })).toBe(false);
    expect(canVibrate({ vibrate: fn })).toBe(true);
    expect(canVibrate({})).toBe(false);
  });

  it('knows WeChat’s browser before the system it runs on', () => {
    const wechat = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.40';
    expect(homeScreenPlatform(wechat)).toBe('wechat');
    expect(homeScreenPlatform('Mozilla/5.0 (iPhone; CPU iPhone OS 12_5 like Mac OS X)')).toBe('ios');
    expect(homeScreenPlatform('Mozilla/5.0 (Linux; Android 14; Pixel 8)')).toBe('android');
    expect(homeScreenPlatform('Mozilla/5.0 (X11; Linux x86_64)')).toBe('other');
  });

  it('vibrates a tick only where it can and while the user wants it', () => {
    const calls: number[] = [];
    let enabled = true;
    const tick = hapticTick({ vibrate: (ms) => calls.push(ms) > 0 }, () => enabled);
    tick.tick();
    enabled = false;
    tick.tick();
    expect(calls).toEqual([10]);
    expect(hapticTick({}, () => true).supported).toBe(false);
  });
});
