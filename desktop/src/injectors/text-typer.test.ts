import { describe, expect, it } from 'vitest';
import { textTyperFor } from './choose-injector.js';
import { TextTypingError, unsupportedTextTyper } from './text-typer.js';
import { X11TextTyper } from './x11-text-typer.js';

describe('the text typer for a desktop', () => {
  it('is the X11 typer on Linux with a display', () => {
    expect(textTyperFor('linux', { DISPLAY: ':0' })).toBeInstanceOf(X11TextTyper);
  });

  it('says "not supported" on Windows and macOS instead of typing nothing', async () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const typer = textTyperFor(platform, {});
      await expect(typer.typeText('hello')).rejects.toMatchObject({
        code: 'unsupported-desktop',
        message: 'Typing text is not supported on this desktop yet.',
      });
    }
    await expect(unsupportedTextTyper.typeText('x')).rejects.toBeInstanceOf(TextTypingError);
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
