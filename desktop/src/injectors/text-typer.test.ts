import { describe, expect, it } from 'vitest';
import { textTyperFor } from './choose-injector.js';
import { FallbackTextTyper } from './fallback-text-typer.js';
import { MacTextTyper } from './mac-text-typer.js';
import { TextTypingError, type TextTyper, unsupportedTextTyper } from './text-typer.js';
import { WindowsTextTyper } from './windows-text-typer.js';
import { X11ClipboardTyper } from './x11-clipboard-typer.js';
import { X11TextTyper } from './x11-text-typer.js';

describe('the text typer for a desktop', () => {
  it('is SendInput on Windows and CoreGraphics on macOS', () => {
    expect(textTyperFor('win32', {})).toBeInstanceOf(WindowsTextTyper);
    expect(textTyperFor('darwin', {})).toBeInstanceOf(MacTextTyper);
  });

  it('is the X11 typer on Linux with a display, with a paste for a keymap that has no keycode to spare, and for nothing else', () => {
    const typer = textTyperFor('linux', { DISPLAY: ':0' });
    expect(typer).toBeInstanceOf(FallbackTextTyper);
    const { first, fallback, fallBackOn } = typer as FallbackTextTyper;
    expect(first).toBeInstanceOf(X11TextTyper);
    expect(fallback).toBeInstanceOf(X11ClipboardTyper);
    expect(fallBackOn).toEqual(['no-free-keycode']);
  });

  it('says "not supported" without a display instead of typing nothing', async () => {
    const typer = textTyperFor('linux', {});
    await expect(typer.typeText('hello')).rejects.toMatchObject({ code: 'unsupported-desktop', message: 'Typing text is not supported on this desktop.' });
    await expect(unsupportedTextTyper.typeText('x')).rejects.toBeInstanceOf(TextTypingError);
  });
});

describe('a typer with a last resort', () => {
  function recording(failWith?: unknown): TextTyper & { typed: string[] } {
    const typed: string[] = [];
    return {
      typed,
      typeText: async (text) => {
        if (failWith !== undefined) throw failWith;
        typed.push(text);
      },
    };
  }

  it('types with the first typer when it can, the fallback untouched', async () => {
    const first = recording();
    const fallback = recording();
    await new FallbackTextTyper(first, fallback, ['no-free-keycode']).typeText('hi');
    expect([first.typed, fallback.typed]).toEqual([['hi'], []]);
  });

  it('hands the text to the fallback when the first refuses it with a listed code', async () => {
    const fallback = recording();
    await new FallbackTextTyper(recording(new TextTypingError('no-free-keycode', 'none')), fallback, ['no-free-keycode']).typeText('你好');
    expect(fallback.typed).toEqual(['你好']);
  });

  it('passes every other failure on, the fallback untouched', async () => {
    for (const failure of [new TextTypingError('app-not-responding', 'stuck'), new TextTypingError('display-unavailable', 'gone'), new Error('bug')]) {
      const fallback = recording();
      await expect(new FallbackTextTyper(recording(failure), fallback, ['no-free-keycode']).typeText('x')).rejects.toBe(failure);
      expect(fallback.typed).toEqual([]);
    }
  });
});

describe('the X11 text typer, before any X server is involved', () => {
  it('refuses a control character without typing the rest', async () => {
    const typer = new X11TextTyper({ display: ':2999' });
    await expect(typer.typeText('bell\u0007')).rejects.toMatchObject({ code: 'unsupported-character' });
  });

  it('says the display cannot be reached when there is none', async () => {
    const typer = new X11TextTyper({ display: ':2999' });
    await expect(typer.typeText('hello')).rejects.toMatchObject({ code: 'display-unavailable', message: expect.stringContaining(':2999') });
    await typer.close();
  });
});
