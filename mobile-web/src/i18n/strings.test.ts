import { ERROR_CODES, INJECTION_PROBLEMS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { MODE_IDS } from '../ui/modes.js';
import { type Language, pickLanguage, STRINGS } from './strings.js';

/** Every leaf of a string table with its path, so a failure names the missing entry. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return [[path, value]];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

const languages = Object.keys(STRINGS) as Language[];

describe('strings', () => {
  it('has English and Simplified Chinese', () => {
    expect(languages.sort()).toEqual(['en', 'zh-CN']);
  });

  it.each(languages)('%s has the same entries as English, none of them blank', (language) => {
    const english = leaves(STRINGS.en).map(([path]) => path);
    const translated = leaves(STRINGS[language]);
    expect(translated.map(([path]) => path)).toEqual(english);
    for (const [path, text] of translated) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  it.each(languages)('%s covers every code the host can send and every mode', (language) => {
    const strings = STRINGS[language];
    expect(Object.keys(strings.hostErrors).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(strings.injectionProblems).sort()).toEqual([...INJECTION_PROBLEMS].sort());
    expect(Object.keys(strings.modes).sort()).toEqual([...MODE_IDS].sort());
  });

  it('says "Connected" in the words the tests and the host panel expect', () => {
    expect(STRINGS.en.indicator.connected).toBe('Connected');
    expect(STRINGS['zh-CN'].indicator.connected).toBe('已连接');
    expect(STRINGS.en.trackpadLabel).toBe('Trackpad');
    expect(STRINGS['zh-CN'].trackpadLabel).toBe('触控板');
  });

  it('picks Chinese for any zh locale and English for everything else', () => {
    expect(pickLanguage('zh-CN')).toBe('zh-CN');
    expect(pickLanguage('zh-TW')).toBe('zh-CN');
    expect(pickLanguage('zh')).toBe('zh-CN');
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('de-DE')).toBe('en');
    expect(pickLanguage('')).toBe('en');
  });
});
