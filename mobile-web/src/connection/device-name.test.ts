import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { guessDeviceName } from './device-name.js';

describe('guessDeviceName', () => {
  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.49', 0, 'iPhone'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15', 5, 'iPad'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15', 0, 'Mac'],
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/126.0.0.0 Mobile Safari/537.36', 5, 'Android phone'],
    ['Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/126.0.0.0 Safari/537.36', 5, 'Android tablet'],
    ['Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001) AppleWebKit/537.36 Mobile Safari/537.36', 5, 'Pixel 7'],
    ['Mozilla/5.0 (Linux; U; Android 4.4.2; zh-cn; MI 3 Build/KOT49H) AppleWebKit/534.30 Mobile Safari/534.30', 5, 'MI 3'],
    ['Mozilla/5.0 (Phone; OpenHarmony 4.0) AppleWebKit/537.36 ArkWeb/4.1.6.1 Mobile HuaweiBrowser/5.0', 5, 'HarmonyOS device'],
    ['something unknown', 0, 'Phone'],
  ])('%s → %s', (userAgent, touchPoints, expected) => {
    expect(guessDeviceName(userAgent, touchPoints)).toBe(expected);
  });

  it('stays within the protocol limit', () => {
    const model = 'X'.repeat(200);
    const name = guessDeviceName(`Mozilla/5.0 (Linux; Android 14; ${model}) Mobile`, 5);
    expect(name.length).toBe(LIMITS.maxDeviceNameLength);
  });
});
