import { LANGUAGES } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { MODE_IDS } from '../ui/modes.js';
import { STRINGS } from './strings.js';

/** Every leaf of a string table with its path, so a failure names the missing entry. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('strings', () => {
  it("has every language shared's user text has", () => {
    expect(Object.keys(STRINGS).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has the same entries as English, none of them blank', (language) => {
    const english = leaves(STRINGS.en).map(([path]) => path);
    const translated = leaves(STRINGS[language]);
    expect(translated.map(([path]) => path)).toEqual(english);
    for (const [path, text] of translated) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  it.each(LANGUAGES)('%s names every mode', (language) => {
    expect(Object.keys(STRINGS[language].modes).sort()).toEqual([...MODE_IDS].sort());
  });

  it('says "Connected" in the words the tests and the host panel expect', () => {
    expect(STRINGS.en.indicator.connected).toBe('Connected');
    expect(STRINGS['zh-CN'].indicator.connected).toBe('已连接');
    expect(STRINGS.en.trackpadLabel).toBe('Trackpad');
    expect(STRINGS['zh-CN'].trackpadLabel).toBe('触控板');
  });
});
