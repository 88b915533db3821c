import { LANGUAGES } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { MODE_IDS } from '../ui/modes.js';
import { STRINGS, type Strings } from './strings.js';

type Formatters = { [K in keyof Strings as Strings[K] extends (...args: never[]) => string ? K : never]: Strings[K] };

/** Arguments to fill each formatted string with; typed, so a new formatter needs its sample here. */
const SAMPLES: { readonly [K in keyof Formatters]: Parameters<Formatters[K]> } = {
  roundTrip: [23],
  otherInControl: ['Pixel 8'],
  queueOverflow: [500],
  heldKeysReleased: ['Ctrl', 2],
  missingFeatures: ['WebSocket'],
};

/** Formatters inside a part of the table, by path. */
const NESTED_SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  'settings.speedValue': [1.5],
  'presenter.automatic': ['reveal.js'],
  'presenter.inFront': ['Chromium', 'Deck'],
};

/**
 * Every leaf of a string table with its path, so a failure names the missing entry. A
 * formatter counts as the text it makes from its sample.
 */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (typeof value === 'function') {
    const args = (SAMPLES as Record<string, readonly unknown[] | undefined>)[path] ?? NESTED_SAMPLES[path];
    return [[path, args === undefined ? value : (value as (...a: readonly unknown[]) => unknown)(...args)]];
  }
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

  it.each(LANGUAGES)('%s fills every formatter in, and says how many were dropped', (language) => {
    const strings = STRINGS[language];
    expect(strings.roundTrip(23)).toContain('23');
    expect(strings.otherInControl('Pixel 8')).toContain('Pixel 8');
    expect(strings.queueOverflow(500)).toContain('500');
    expect(strings.heldKeysReleased('Ctrl', 0)).toContain('Ctrl');
    expect(strings.heldKeysReleased('Ctrl', 3)).toContain('3');
    expect(strings.missingFeatures('WebSocket')).toContain('WebSocket');
    expect(strings.settings.speedValue(1.5)).toContain('1.5');
    expect(strings.presenter.automatic('reveal.js')).toContain('reveal.js');
    expect(strings.presenter.inFront('Chromium', 'Deck')).toContain('Deck');
    expect(strings.presenter.inFront('Chromium', undefined)).toContain('Chromium');
  });

  it('says "Connected" in the words the tests and the host panel expect', () => {
    expect(STRINGS.en.indicator.connected).toBe('Connected');
    expect(STRINGS['zh-CN'].indicator.connected).toBe('已连接');
    expect(STRINGS.en.trackpadLabel).toBe('Trackpad');
    expect(STRINGS['zh-CN'].trackpadLabel).toBe('触控板');
    // Accessible names and banners the e2e tests find the controls by.
    expect(STRINGS.en.modifierKeys.Control).toBe('Ctrl');
    expect(STRINGS.en.takeOver).toBe('Take over');
    expect(STRINGS['zh-CN'].takeOver).toBe('接管');
    expect(STRINGS.en.paused).toMatch(/^Paused on the desktop/);
    expect(STRINGS['zh-CN'].paused).toMatch(/^电脑端已暂停控制/);
    expect(STRINGS.en.otherInControl(STRINGS.en.anotherPhone)).toBe('Another phone is in control');
    expect(STRINGS['zh-CN'].otherInControl('iPad')).toBe('iPad正在控制');
  });

  it('names the keyboard’s controls as the e2e tests find them', () => {
    const en = STRINGS.en;
    expect(en.modes.keyboard).toBe('Keyboard');
    expect(STRINGS['zh-CN'].modes.keyboard).toBe('键盘');
    expect(en.keyboard.fieldLabel).toBe('Type on the desktop');
    expect(en.keyboard.keyNames).toMatchObject({ Escape: 'Esc (Escape)', ArrowLeft: 'Left arrow', PageDown: 'Page down', Delete: 'Delete' });
    expect(en.keyboard.shortcuts).toMatchObject({ copy: 'Copy', selectAll: 'Select all', switchWindow: 'Switch window' });
    expect(en.keyboard.pasteOpen).toBe('Send text…');
    expect(en.keyboard.pasteSend).toBe('Send');
    expect(en.macModifierKeys.Meta).toBe('Cmd');
    expect(en.modifierKeys.Meta).toBe('Super');
  });

  it.each(LANGUAGES)('%s gives every keyboard button a different name', (language) => {
    const { keyboard, modifierKeys } = STRINGS[language];
    const names = [...Object.values(keyboard.keyNames), ...Object.values(keyboard.shortcuts), ...Object.values(modifierKeys), keyboard.pasteOpen, keyboard.macToggle];
    expect(new Set(names).size).toBe(names.length);
  });
});
