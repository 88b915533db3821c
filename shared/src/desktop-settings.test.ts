import { describe, expect, it } from 'vitest';
import { DEFAULT_DESKTOP_SETTINGS, parseSettingsChange, parseSettingsFile } from './desktop-settings.js';

describe('parseSettingsFile', () => {
  it('fills in every setting an older file lacks and ignores keys it does not know', () => {
    expect(parseSettingsFile({ controlMode: 'exclusive', someday: 1 })).toEqual({
      ok: true,
      value: { ...DEFAULT_DESKTOP_SETTINGS, controlMode: 'exclusive' },
    });
  });

  it('names the setting that is wrong', () => {
    expect(parseSettingsFile({ pointer: { speed: 2, acceleration: 'flat' } })).toEqual({ ok: false, message: expect.stringMatching(/^pointer\.speed: /) });
  });
});

describe('parseSettingsChange', () => {
  it('takes only what changes', () => {
    expect(parseSettingsChange({ naturalScrolling: false })).toEqual({ ok: true, value: { naturalScrolling: false } });
    expect(parseSettingsChange({ port: null, networkInterface: null })).toEqual({ ok: true, value: { port: null, networkInterface: null } });
  });

  it.each([
    ['an unknown setting', { launchMissiles: true }],
    ['a port that needs administrator rights', { port: 22 }],
    ['a port that is not a whole number', { port: 48000.5 }],
    ['a port given as text', { port: '48000' }],
    ['an empty interface name', { networkInterface: '' }],
    ['a pointer speed beyond the range', { pointer: { speed: -1.5, acceleration: 'adaptive' } }],
    ['half a pointer setting', { pointer: { speed: 0 } }],
    ['an acceleration it does not know', { pointer: { speed: 0, acceleration: 'turbo' } }],
    ['a language it does not speak', { language: 'fr' }],
    ['a setting explicitly undefined', { preview: undefined }],
    ['not an object', 'preview=false'],
  ])('refuses %s', (_what, change) => {
    expect(parseSettingsChange(change)).toMatchObject({ ok: false, message: expect.any(String) });
  });
});
