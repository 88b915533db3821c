import { NAMED_KEYS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { forwardedKey, FUNCTION_KEYS, keyForCharacter, keyOfCode, SPECIAL_KEY_CAPS, SPECIAL_KEYS } from './key-tables.js';

describe('key tables', () => {
  it('offers only keys the protocol names, each with a cap', () => {
    for (const key of [...SPECIAL_KEYS, ...FUNCTION_KEYS]) expect(NAMED_KEYS).toContain(key);
    expect(Object.keys(SPECIAL_KEY_CAPS).sort()).toEqual([...SPECIAL_KEYS].sort());
  });

  it('forwards the keys a phone field must not handle, by their DOM names', () => {
    expect(forwardedKey('ArrowLeft')).toBe('ArrowLeft');
    expect(forwardedKey('F12')).toBe('F12');
    expect(forwardedKey('Escape')).toBe('Escape');
    expect(forwardedKey('Enter')).toBeNull();
    expect(forwardedKey('Tab')).toBeNull();
    expect(forwardedKey('Backspace')).toBeNull();
    expect(forwardedKey('a')).toBeNull();
    expect(forwardedKey('Unidentified')).toBeNull();
  });

  it('names key positions shared knows', () => {
    expect(keyOfCode('KeyQ')).toBe('KeyQ');
    expect(keyOfCode('Digit7')).toBe('Digit7');
    expect(keyOfCode('Space')).toBe('Space');
    expect(keyOfCode('Semicolon')).toBeNull();
    expect(keyOfCode('')).toBeNull();
  });

  it.each([
    ['c', 'KeyC', false],
    ['z', 'KeyZ', false],
    ['A', 'KeyA', true],
    ['0', 'Digit0', false],
    ['9', 'Digit9', false],
    [' ', 'Space', false],
  ] as const)('types %j with %s (shift %s)', (character, key, shift) => {
    expect(keyForCharacter(character)).toEqual({ key, shift });
  });

  it.each(['.', 'é', '你', '😀', '\n', 'ab'])('has no key for %j', (character) => {
    expect(keyForCharacter(character)).toBeNull();
  });
});
