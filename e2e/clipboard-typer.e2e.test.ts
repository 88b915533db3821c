import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { textTyperFor } from '../desktop/src/injectors/choose-injector.js';
import type { FallbackTextTyper } from '../desktop/src/injectors/fallback-text-typer.js';
import { X11Clipboard } from '../desktop/src/injectors/x11-clipboard.js';
import { X11ClipboardTyper } from '../desktop/src/injectors/x11-clipboard-typer.js';
import { spareKeycodes } from '../desktop/src/injectors/x11-keymap.js';
import { X11Connection } from '../desktop/src/injectors/x11-protocol.js';
import { X11TextTyper } from '../desktop/src/injectors/x11-text-typer.js';
import { type DesktopWindow, launchDesktopWindow } from './harness/chromium.js';
import { held } from './harness/held-input.js';
import { fixturesDir } from './harness/paths.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetState } from './harness/target-page.js';
import { displayEnv } from './harness/x-display.js';

/**
 * The clipboard typer, the last resort for text on X11, on a real X server: it pastes into a
 * real Chromium textarea with Ctrl+V, and the clipboard holds afterwards what it held before,
 * as another program (xclip) reads it. And the chosen typer turns to it when, and only when,
 * the keymap has no keycode to spare.
 */
const display = inject('display');
const execFileAsync = promisify(execFile);
const env = () => displayEnv(display);

const CORPUS = '你好 👍🏽 Ça va? !@#$%^&*';
const COPIED = 'copied before: 原来的文字 📋\nsecond line';
/** X's VoidSymbol: a keysym that is not nothing, so a keycode holding it is not spare. */
const VOID_SYMBOL = 0xffffff;

let targets: StaticServer;
let desktop: DesktopWindow;
let x: X11Connection;
let CLIPBOARD: number;
let typer: X11ClipboardTyper;

/** Puts data on the clipboard with xclip, which keeps serving it in the background until another client takes it. */
async function copyWithXclip(data: string | Buffer, target = 'UTF8_STRING'): Promise<void> {
  const ownerBefore = await x.selectionOwner(CLIPBOARD);
  const xclip = spawn('xclip', ['-selection', 'clipboard', '-t', target, '-i'], { env: env(), stdio: ['pipe', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve, reject) => {
    xclip.once('error', reject);
    xclip.once('exit', resolve);
  });
  xclip.stdin.end(data);
  expect(await exited).toBe(0);
  // The process that exited has left one behind that takes the clipboard when it gets round to it.
  await expect.poll(() => x.selectionOwner(CLIPBOARD)).not.toBe(ownerBefore);
}

async function clipboardWithXclip(target = 'UTF8_STRING'): Promise<string> {
  return (await execFileAsync('xclip', ['-selection', 'clipboard', '-t', target, '-o'], { env: env(), timeout: 5000 })).stdout;
}

async function typedText(): Promise<string> {
  return (await targetState(desktop.page)).text;
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  x = await X11Connection.open(display);
  CLIPBOARD = await x.atom('CLIPBOARD');
  typer = new X11ClipboardTyper({ display });
});

afterAll(async () => {
  await typer?.close();
  x?.close();
  await desktop?.close();
  await targets?.close();
});

beforeEach(async () => {
  await resetTarget(desktop.page);
  // The textarea gets the focus the way a person gives it: a click on it.
  const at = await desktop.screenPointOf(desktop.page.locator('#text'));
  await execFileAsync('xdotool', ['mousemove', String(at.x), String(at.y), 'click', '1'], { env: env() });
  await expect.poll(async () => (await targetState(desktop.page)).focused).toBe('text');
});

describe('the clipboard typer', () => {
  it('pastes the text exactly and puts back the text the clipboard held, three times in a row', async () => {
    await copyWithXclip(COPIED);
    let expected = '';
    for (let round = 0; round < 3; round++) {
      await typer.typeText(CORPUS);
      expected += CORPUS;
      // Resolved means the application fetched the text; the page inserts it a moment later.
      await expect.poll(typedText).toBe(expected);
      expect(await clipboardWithXclip()).toBe(COPIED);
    }
    expect(await held(display)).toEqual({ buttons: [], keys: [] });
  });

  it('pastes line breaks (CR LF as one) and tabs as they are', async () => {
    await typer.typeText('line one\r\nline two\tend\n');
    await expect.poll(typedText).toBe('line one\nline two\tend\n');
  });

  it('leaves an empty clipboard empty', async () => {
    x.setSelectionOwner(0, CLIPBOARD);
    expect(await x.selectionOwner(CLIPBOARD)).toBe(0);
    await typer.typeText(CORPUS);
    await expect.poll(typedText).toBe(CORPUS);
    expect(await x.selectionOwner(CLIPBOARD)).toBe(0);
  });

  it('types nothing and leaves the clipboard alone when it holds no text (an image)', async () => {
    const image = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await copyWithXclip(image, 'image/png');
    await expect(typer.typeText(CORPUS)).rejects.toMatchObject({ code: 'clipboard-not-restorable' });
    expect(await typedText()).toBe('');
    // xclip still owns it, and serves the same bytes.
    const { stdout } = await execFileAsync('xclip', ['-selection', 'clipboard', '-t', 'image/png', '-o'], { env: env(), encoding: 'buffer' });
    expect(Buffer.compare(stdout, image)).toBe(0);
  });
});

describe('the clipboard during a paste', () => {
  it('gives the text to the focused application only: another program asking (a clipboard manager) is refused', async () => {
    const clipboard = await X11Clipboard.open(x);
    try {
      const focusedClient = x.clientOf(await x.inputFocus());
      expect(await clipboard.offer('a typed password', focusedClient)).toBe(true);
      await expect(clipboardWithXclip()).rejects.toMatchObject({ stderr: expect.stringContaining('not available') });
      // The same offer to every client, as the clipboard is put back: xclip gets it.
      expect(await clipboard.offer('copied text')).toBe(true);
      expect(await clipboardWithXclip()).toBe('copied text');
    } finally {
      clipboard.close();
    }
  });
});

describe('the typer chosen for X11', () => {
  it('pastes when no keycode is spare, and only then: the keys typer refuses, the chosen typer types it all once', async () => {
    const keymap = { minKeycode: x.minKeycode, rows: await x.getKeyboardMapping() };
    const spare = [...spareKeycodes(keymap, new Map()).keys()];
    expect(spare.length).toBeGreaterThan(0);
    await copyWithXclip(COPIED);
    for (const keycode of spare) x.changeKeyboardMapping(keycode, 2, [VOID_SYMBOL, VOID_SYMBOL]);
    await x.sync();
    const keysOnly = new X11TextTyper({ display });
    const chosen = textTyperFor('linux', { DISPLAY: display });
    try {
      await expect(keysOnly.typeText(CORPUS)).rejects.toMatchObject({ code: 'no-free-keycode' });
      expect(await typedText()).toBe('');
      await chosen.typeText(CORPUS);
      await expect.poll(typedText).toBe(CORPUS);
      expect(await clipboardWithXclip()).toBe(COPIED);
    } finally {
      await keysOnly.close();
      const { first, fallback } = chosen as FallbackTextTyper;
      await (first as X11TextTyper).close();
      await (fallback as X11ClipboardTyper).close();
      // A layout loaded afresh leaves the keycodes no key uses empty again.
      await execFileAsync('setxkbmap', ['-layout', 'us'], { env: env() });
    }
    const restored = { minKeycode: x.minKeycode, rows: await x.getKeyboardMapping() };
    expect(spareKeycodes(restored, new Map()).size).toBe(spare.length);
  });
});
