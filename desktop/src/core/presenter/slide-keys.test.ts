import { PLAIN_SLIDE_COMMANDS, PRESENTER_PROFILES, type PresenterProfile } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { type DesktopSystem, type KeyTap, slideKeys, type SlideRequest } from './slide-keys.js';

const SYSTEMS: readonly DesktopSystem[] = ['pc', 'mac'];

/** The taps as "Shift+F5"-style names, for readable expectations. */
function keys(profile: PresenterProfile, system: DesktopSystem, request: SlideRequest): string[] | string {
  const result = slideKeys(profile, system, request);
  return result.ok ? result.taps.map(chord) : `unsupported: ${result.reason}`;
}
const chord = (tap: KeyTap) => [...tap.modifiers, tap.key].join('+');

describe('every profile', () => {
  for (const system of SYSTEMS) {
    it.each(PRESENTER_PROFILES)(`on a ${system}, %s: Next and Previous are PageDown and PageUp, as clickers send`, (profile) => {
      expect(keys(profile, system, { command: 'next' })).toEqual(['PageDown']);
      expect(keys(profile, system, { command: 'previous' })).toEqual(['PageUp']);
    });
  }

  it.each(PRESENTER_PROFILES)('%s answers every command with keys or a reason, and goes to a slide by its digits then Enter', (profile) => {
    for (const system of SYSTEMS) {
      for (const command of PLAIN_SLIDE_COMMANDS) {
        const result = slideKeys(profile, system, { command });
        if (result.ok) expect(result.taps.length, command).toBeGreaterThan(0);
        else expect(result.reason.length, command).toBeGreaterThan(10);
      }
      const goto = slideKeys(profile, system, { command: 'goto', slide: 207 });
      if (goto.ok) expect(goto.taps.slice(-4).map(chord)).toEqual(['Digit2', 'Digit0', 'Digit7', 'Enter']);
    }
  });
});

describe('PowerPoint', () => {
  it('starts with F5 and Shift+F5 on a PC, Cmd+Shift+Return and Cmd+Return on a Mac', () => {
    expect(keys('powerpoint', 'pc', { command: 'start' })).toEqual(['F5']);
    expect(keys('powerpoint', 'pc', { command: 'start-here' })).toEqual(['Shift+F5']);
    expect(keys('powerpoint', 'mac', { command: 'start' })).toEqual(['Meta+Shift+Enter']);
    expect(keys('powerpoint', 'mac', { command: 'start-here' })).toEqual(['Meta+Enter']);
  });

  it('ends with Esc, blanks with B and W, goes to slide 12 with 1 2 Enter', () => {
    expect(keys('powerpoint', 'pc', { command: 'end' })).toEqual(['Escape']);
    expect(keys('powerpoint', 'pc', { command: 'black' })).toEqual(['KeyB']);
    expect(keys('powerpoint', 'pc', { command: 'white' })).toEqual(['KeyW']);
    expect(keys('powerpoint', 'pc', { command: 'goto', slide: 12 })).toEqual(['Digit1', 'Digit2', 'Enter']);
    expect(keys('powerpoint', 'pc', { command: 'first' })).toEqual(['Home']);
  });
});

describe('the other slide programs', () => {
  it('LibreOffice Impress: F5, Shift+F5, Esc', () => {
    expect(keys('impress', 'pc', { command: 'start' })).toEqual(['F5']);
    expect(keys('impress', 'pc', { command: 'start-here' })).toEqual(['Shift+F5']);
    expect(keys('impress', 'pc', { command: 'end' })).toEqual(['Escape']);
  });

  it('Google Slides: Ctrl+Shift+F5 and Ctrl+F5 on a PC, the Cmd+Return pair on a Mac', () => {
    expect(keys('google-slides', 'pc', { command: 'start' })).toEqual(['Control+Shift+F5']);
    expect(keys('google-slides', 'pc', { command: 'start-here' })).toEqual(['Control+F5']);
    expect(keys('google-slides', 'mac', { command: 'start' })).toEqual(['Meta+Shift+Enter']);
  });

  it('Keynote plays from the selected slide with Option+Cmd+P and has no key to play from the first', () => {
    expect(keys('keynote', 'mac', { command: 'start-here' })).toEqual(['Alt+Meta+KeyP']);
    expect(keys('keynote', 'mac', { command: 'start' })).toMatch(/^unsupported: Keynote/);
  });

  it('Evince presents with F5 and goes to the first page inside the presentation', () => {
    expect(keys('evince', 'pc', { command: 'start' })).toEqual(['F5', 'Home']);
    expect(keys('evince', 'pc', { command: 'goto', slide: 4 })).toEqual(['Digit4', 'Enter']);
  });

  it('Acrobat and Preview: full screen with their own keys, no page numbers (a dialog asks for them)', () => {
    expect(keys('acrobat', 'pc', { command: 'start-here' })).toEqual(['Control+KeyL']);
    expect(keys('acrobat', 'mac', { command: 'start-here' })).toEqual(['Meta+KeyL']);
    expect(keys('acrobat', 'pc', { command: 'goto', slide: 3 })).toMatch(/dialog/);
    expect(keys('macos-preview', 'mac', { command: 'start-here' })).toEqual(['Meta+Shift+KeyF']);
    expect(keys('macos-preview', 'mac', { command: 'black' })).toMatch(/^unsupported/);
  });

  it('a PDF in a browser only pages', () => {
    for (const command of ['start', 'start-here', 'end', 'black', 'white'] as const) {
      expect(keys('browser-pdf', 'pc', { command })).toMatch(/^unsupported/);
    }
  });
});

describe('reveal.js', () => {
  it('goes to slide N through its jump field: G, the digits, Enter', () => {
    expect(keys('reveal', 'pc', { command: 'goto', slide: 3 })).toEqual(['KeyG', 'Digit3', 'Enter']);
  });

  it('pauses behind black with B, and has no white screen and no key that only ends the show', () => {
    expect(keys('reveal', 'pc', { command: 'black' })).toEqual(['KeyB']);
    expect(keys('reveal', 'pc', { command: 'white' })).toMatch(/^unsupported/);
    expect(keys('reveal', 'pc', { command: 'end' })).toMatch(/^unsupported/);
    expect(keys('reveal', 'pc', { command: 'first' })).toEqual(['Home']);
  });
});

describe('an application TouchDesk does not know', () => {
  it('gets only what a clicker sends, and a reason for the rest, so nothing is typed into it', () => {
    expect(keys('clicker', 'pc', { command: 'first' })).toEqual(['Home']);
    for (const command of ['start', 'start-here', 'end', 'black', 'white'] as const) {
      expect(keys('clicker', 'pc', { command })).toMatch(/choose its slide program/);
    }
    expect(keys('clicker', 'pc', { command: 'goto', slide: 2 })).toMatch(/choose its slide program/);
  });
});
