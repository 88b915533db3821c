import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spareKeycodes } from '../desktop/src/injectors/x11-keymap.js';
import { X11Connection } from '../desktop/src/injectors/x11-protocol.js';
import { X11TextTyper } from '../desktop/src/injectors/x11-text-typer.js';
import { type DesktopWindow, launchDesktopWindow } from './harness/chromium.js';
import { BILINGUAL_PASTE } from './harness/bilingual-paste.js';
import { held } from './harness/held-input.js';
import { fixturesDir } from './harness/paths.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetState } from './harness/target-page.js';
import { waitFor } from './harness/wait.js';
import { displayEnv } from './harness/x-display.js';

/**
 * The X11 text typer on a real X server, into a real Chromium textarea: every character of a
 * corpus of many scripts, symbols and emoji (skin tones, joiners, flags) must arrive exactly,
 * under the US, German and French keyboard layouts alike (the typer borrows spare keycodes, so
 * the layout must not matter). The typer is driven directly, without the host, so a mismatch
 * points at it alone.
 */
const display = inject('display');
const execFileAsync = promisify(execFile);

const PIECES = {
  punctuation: '!@#$%^&*()_+{}|:"<>?~`',
  hello: 'Hello, world!',
  european: 'Ça va? Grüße, Straße, naïve, œuvre, €',
  asian: '你好，世界 こんにちは 안녕하세요',
  arabic: 'مرحبا بالعالم',
  emoji: '👍🏽 👩‍💻 🇨🇳',
} as const;

const SENTENCES = [
  'The quick brown fox jumps over the lazy dog; 1234567890 [ok] <yes> {no} a\\b ~/x. ',
  'Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich. ',
  'Portez ce vieux whisky au juge blond qui fume — « déjà vu », c’est ça ! ',
  '敏捷的棕色狐狸跳过了懒狗。我们明天见，好吗？',
  'いろはにほへと ちりぬるを、わかよたれそ つねならむ。',
  '다람쥐 헌 쳇바퀴에 타고파. 키스의 고유조건은 입술끼리 만나야 하고. ',
  'نص حكيم له سر قاطع وذو شأن عظيم مكتوب على ثوب أخضر. ',
  'Съешь же ещё этих мягких французских булок, да выпей чаю. ',
  'Τάχιστη αλώπηξ βαφής ψημένη γη, δρασκελίζει υπέρ νωθρού κυνός. ',
  'Pchnąć w tę łódź jeża lub ośm skrzyń fig. עטלף אבק נס דרך מזגן. ',
  '∑ ∞ ≠ ≤ ≥ → ← ✓ ★ ♥ ¿¡ ° ± × ÷ ½ ™ © ® ¥ £ ',
  'Great job 👍🏽, see you 👋! 👨‍👩‍👧 ❤️ ',
  'Combining marks: cafe\u0301, man\u0303ana, नमस्ते दुनिया, สวัสดีครับ. ',
];

const graphemes = (text: string): string[] => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/** About 2,000 characters of all the sentences in turn, a line break after every fourth. */
function paragraph(length: number): string {
  let text = '';
  for (let i = 0; graphemes(text).length < length; i++) {
    text += SENTENCES[i % SENTENCES.length] + (i % 4 === 3 ? '\n' : '');
  }
  return graphemes(text).slice(0, length).join('');
}

const CORPUS = Object.values(PIECES).join(' ') + '\n' + paragraph(2000);

let targets: StaticServer;
let desktop: DesktopWindow;
let typer: X11TextTyper;
let x: X11Connection;

async function setLayout(layout: string): Promise<void> {
  const env = displayEnv(display);
  await execFileAsync('setxkbmap', ['-layout', layout], { env });
  const { stdout } = await execFileAsync('setxkbmap', ['-query'], { env });
  expect(stdout).toMatch(new RegExp(`^layout:\\s+${layout}$`, 'm'));
}

async function typedText(): Promise<string> {
  return (await targetState(desktop.page)).text;
}

/** The textarea holds `expected` once the page has handled the keys (it runs apart from X). */
async function expectTyped(expected: string): Promise<void> {
  await expect.poll(typedText, { timeout: 5000, interval: 20 }).toBe(expected);
}

/** The whole XKB keymap of the display, as xkbcomp writes it out. */
async function keymapDump(): Promise<string> {
  const { stdout } = await execFileAsync('xkbcomp', ['-xkb', display, '-'], { env: displayEnv(display), maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

async function spareKeycodeCount(): Promise<number> {
  const keymap = { minKeycode: x.minKeycode, rows: await x.getKeyboardMapping() };
  return spareKeycodes(keymap, new Map()).size;
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  // A real click, as a user would: the window gets the X focus and the textarea the caret.
  const at = await desktop.screenPointOf(desktop.page.locator('#text'));
  await execFileAsync('xdotool', ['mousemove', String(at.x), String(at.y), 'click', '1'], { env: displayEnv(display) });
  await waitFor(async () => ((await targetState(desktop.page)).focused === 'text' ? true : undefined), {
    timeoutMs: 5000,
    describe: () => 'the textarea to take the focus',
  });
  x = await X11Connection.open(display);
  await x.enableXkb();
  typer = new X11TextTyper({ display });
});

afterAll(async () => {
  await typer?.close();
  x?.close();
  await setLayout('us').catch(() => undefined);
  await desktop?.close();
  await targets?.close();
});

describe.each(['us', 'de', 'fr'])('under the %s keyboard layout', (layout) => {
  it('types every piece of the corpus, then all of it at once, exactly, three times in a row', async () => {
    await setLayout(layout);
    for (let round = 1; round <= 3; round++) {
      for (const text of Object.values(PIECES)) {
        await resetTarget(desktop.page);
        await typer.typeText(text);
        await expectTyped(text);
      }
      await resetTarget(desktop.page);
      await typer.typeText(CORPUS);
      await expectTyped(CORPUS);
    }
    expect(await held(display)).toEqual({ buttons: [], keys: [] });
  });
});

describe('typing a paste', () => {
  // How fast it lands is measured by `npm run bench`, not asserted here.
  it('types 1,000 characters of English and Chinese exactly, three times in a row', async () => {
    await setLayout('us');
    for (let run = 0; run < 3; run++) {
      await resetTarget(desktop.page);
      await typer.typeText(BILINGUAL_PASTE);
      await expectTyped(BILINGUAL_PASTE);
    }
  });
});

describe('whatever the keyboard state', () => {
  const text = 'abc XYZ Ça, ß? 你好 👍🏽 1!';
  const env = () => displayEnv(display);

  async function capsLockOn(): Promise<boolean> {
    const LOCK = 0x02;
    return (((await x.keyboardState())?.lockedMods ?? 0) & LOCK) !== 0;
  }

  it('types lowercase as lowercase with Caps Lock on, and leaves it on', async () => {
    await setLayout('us');
    await execFileAsync('xdotool', ['key', 'Caps_Lock'], { env: env() });
    try {
      expect(await capsLockOn()).toBe(true);
      await resetTarget(desktop.page);
      await typer.typeText(text);
      await expectTyped(text);
      expect(await capsLockOn()).toBe(true);
    } finally {
      await execFileAsync('xdotool', ['key', 'Caps_Lock'], { env: env() });
    }
    expect(await capsLockOn()).toBe(false);
  });

  it('types the same with Shift held down', async () => {
    await execFileAsync('xdotool', ['keydown', 'Shift_L'], { env: env() });
    try {
      await resetTarget(desktop.page);
      await typer.typeText(text);
      await expectTyped(text);
    } finally {
      await execFileAsync('xdotool', ['keyup', 'Shift_L'], { env: env() });
    }
  });

  it('types the same with the second group of a two-layout keyboard (us,ru) active', async () => {
    await execFileAsync('setxkbmap', ['-layout', 'us,ru', '-option', 'grp:menu_toggle'], { env: env() });
    try {
      await execFileAsync('xdotool', ['key', 'Menu'], { env: env() });
      await resetTarget(desktop.page);
      await typer.typeText(text);
      await expectTyped(text);
    } finally {
      await execFileAsync('setxkbmap', ['-layout', 'us', '-option', ''], { env: env() });
    }
  });
});

describe('the desktop after typing', () => {
  it('leaves the keymap exactly as it was once the typer closes: the layout untouched, the spare keycodes empty', async () => {
    await setLayout('us');
    const before = await keymapDump();
    // Keeps what it borrowed until closed, so that the keymap can be seen changed in between.
    const keeping = new X11TextTyper({ display, releaseAfterMs: 60_000 });
    try {
      await resetTarget(desktop.page);
      await keeping.typeText(CORPUS);
      await expectTyped(CORPUS);
      expect(await keymapDump()).not.toBe(before);
    } finally {
      await keeping.close();
    }
    expect(await keymapDump()).toBe(before);
  });

  it('takes back the keycodes that a typer which was killed left mapped', async () => {
    const fresh = await spareKeycodeCount();
    // What a host killed in the middle of typing leaves behind: a keycode mapped, and written down.
    const keymap = { minKeycode: x.minKeycode, rows: await x.getKeyboardMapping() };
    const [keycode] = [...spareKeycodes(keymap, new Map()).keys()];
    const han = 0x01004e2d;
    x.changeKeyboardMapping(keycode as number, 2, [han, han]);
    x.setCardinals(x.root, await x.atom('_TOUCHDESK_TEXT_TYPER_KEYCODES'), [keycode as number, han]);
    await x.sync();
    expect(await spareKeycodeCount()).toBe(fresh - 1);

    const next = new X11TextTyper({ display });
    await resetTarget(desktop.page);
    await next.typeText('中文');
    await expectTyped('中文');
    await next.close();
    expect(await spareKeycodeCount()).toBe(fresh);
  });
});
