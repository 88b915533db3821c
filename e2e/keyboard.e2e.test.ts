import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { fixturesDir } from './harness/paths.js';
import { INDICATOR, waitForIndicator } from './harness/phone-page.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetState } from './harness/target-page.js';
import { displayEnv } from './harness/x-display.js';
import { movePointer } from './harness/x-readback.js';

/**
 * The keyboard, end to end: text typed on the phone page (its own field, and the paste box)
 * travels through the sealed channel, the host's text typer types it on the real X server,
 * and it must arrive exactly in a desktop-side Chromium textarea, whatever the layout.
 */
const display = inject('display');
const execFileAsync = promisify(execFile);

const PUNCTUATION = '!@#$%^&*()_+{}|:"<>?~` Hello, world!';
const CORPUS = [
  PUNCTUATION,
  'Ça va? Grüße, Straße, naïve, œuvre, à bientôt, €',
  '你好，世界',
  'こんにちは、カタカナ',
  '안녕하세요',
  'مرحبا بالعالم',
  '👍🏽 👩‍💻 🇨🇳',
];
const PARAGRAPH = Array.from({ length: 40 }, (_, i) => `${i}: Grüße aus 北京 — ça marche, 안녕, ok!`).join(' ').slice(0, 2000);

let host: HostProcess;
let phone: Phone;
let desktop: DesktopWindow;
let targets: StaticServer;

const field = () => phone.page.getByRole('textbox', { name: 'Type on the desktop' });
const desktopText = async () => (await targetState(desktop.page)).text;

async function setLayout(layout: string): Promise<void> {
  await execFileAsync('setxkbmap', ['-display', display, layout], { env: displayEnv(display) });
}

/** Types on the phone's field as its keyboard would: one insertion per character cluster. */
async function typeOnPhone(text: string): Promise<void> {
  await field().focus();
  for (const piece of text.match(/.{1,8}/gsu) ?? []) await phone.page.keyboard.insertText(piece);
}

async function sendWithPasteBox(text: string): Promise<void> {
  await phone.page.getByRole('button', { name: 'Send text…' }).click();
  const dialog = phone.page.getByRole('dialog', { name: 'Send text' });
  await dialog.getByRole('textbox', { name: 'Text to send' }).fill(text);
  await dialog.getByRole('button', { name: 'Send', exact: true }).click();
}

async function expectDesktopText(expected: string): Promise<void> {
  await expect.poll(desktopText, { timeout: 15_000 }).toBe(expected);
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  host = await startHost({ display });
  phone = await launchPhone();
  await phone.page.goto(host.ready.pairingUrl);
  await waitForIndicator(phone.page, INDICATOR.connected);
  await phone.page.getByRole('tab', { name: 'Keyboard' }).click();
});

afterAll(async () => {
  await setLayout('us').catch(() => undefined);
  await phone?.close();
  await host?.stop();
  await desktop?.close();
  await targets?.close();
});

beforeEach(async () => {
  await resetTarget(desktop.page);
  // Focus the desktop's textarea the way a person does: a click on it.
  const box = await desktop.screenPointOf(desktop.page.locator('#text'));
  await movePointer(display, box.x, box.y);
  await execFileAsync('xdotool', ['click', '1'], { env: displayEnv(display) });
  await expect.poll(async () => (await targetState(desktop.page)).focused).toBe('text');
});

describe('text from the phone arrives exactly', () => {
  for (const layout of ['us', 'de', 'fr']) {
    it(`under the ${layout} layout, three times in a row`, async () => {
      await setLayout(layout);
      let expected = '';
      for (let round = 0; round < 3; round++) {
        for (const line of CORPUS) {
          await typeOnPhone(line);
          expected += line;
          await expectDesktopText(expected);
        }
        await sendWithPasteBox(PARAGRAPH);
        expected += PARAGRAPH;
        await expectDesktopText(expected);
      }
    });
  }
});

describe('keys and shortcuts', () => {
  it('Ctrl+A then Backspace empties the textarea', async () => {
    await setLayout('us');
    await typeOnPhone('to be deleted');
    await expectDesktopText('to be deleted');
    await phone.page.getByRole('group', { name: 'Modifier keys' }).getByRole('button', { name: 'Ctrl', exact: true }).click();
    await typeOnPhone('a');
    await field().press('Backspace');
    await expectDesktopText('');
  });

  it('IME composition sends only the committed text, once', async () => {
    await field().focus();
    const cdp = await phone.context.newCDPSession(phone.page);
    for (const text of ['n', 'ni', 'nih', 'niha', 'nihao']) {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    }
    await cdp.send('Input.insertText', { text: '你好' });
    await expectDesktopText('你好');
    // Nothing more is on its way: a marker typed after it lands right behind it.
    await typeOnPhone('!');
    await expectDesktopText('你好!');
  });
});
