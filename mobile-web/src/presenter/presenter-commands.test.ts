import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { parseSlideNumber } from './presenter-commands.js';

describe('parseSlideNumber', () => {
  it('takes whole numbers from 1 to the limit, spaces around them allowed', () => {
    expect(parseSlideNumber('1')).toBe(1);
    expect(parseSlideNumber(' 42 ')).toBe(42);
    expect(parseSlideNumber('007')).toBe(7);
    expect(parseSlideNumber(String(LIMITS.maxSlideNumber))).toBe(LIMITS.maxSlideNumber);
  });

  it('refuses what no slide program would take', () => {
    for (const text of ['', '0', '-3', '2.5', '1e3', 'abc', '12a', String(LIMITS.maxSlideNumber + 1), '٣']) {
      expect(parseSlideNumber(text), text).toBeNull();
    }
  });
});
