import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ERROR_CODE_TEXT } from '@touchdesk/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { ctrlPressed, ctrlToggle, INDICATOR, waitForIndicator } from './harness/phone-page.js';
import { type DeckServer, type DeckState, deckState, resetDeck, serveRevealDeck, waitForDeck } from './harness/reveal-deck.js';
import { TARGET_PAGE } from './harness/target-page.js';
import { pointIn, swipe, tap } from './harness/touch.js';
import { displayEnv } from './harness/x-display.js';
import { heldKeys, movePointer } from './harness/x-readback.js';

/**
 * The presenter, end to end, with real slide software: a reveal.js deck from npm in a
 * desktop-side Chromium window on the X server, the real host injecting through XTEST, and the
 * phone page in headless Chromium with touch. What counts is what the deck itself reports
 * (Reveal.getIndices(), Reveal.isPaused()) and what the phone shows, never the host's account.
 */
const display = inject('display');
const execFileAsync = promisify(execFile);

let host: HostProcess;
let phone: Phone;
let desktop: DesktopWindow;
let deck: DeckServer;

const stage = () => phone.page.getByRole('group', { name: 'Slides' });
const commands = () => phone.page.getByRole('group', { name: 'Slide show' });
const command = (name: string) => commands().getByRole('button', { name, exact: true });
const appLine = () => phone.page.locator('#presenter-app').textContent();
const profileMenu = () => phone.page.getByRole('combobox', { name: 'Keys for' });
const errorNotice = () => phone.page.getByRole('alert').filter({ hasText: ERROR_CODE_TEXT['slide-command-unsupported'].en });

async function expectDeck(expected: DeckState): Promise<void> {
  await expect.poll(() => deckState(desktop.page), { timeout: 10_000 }).toEqual(expected);
}

/** A tap on the stage at a fraction of its width, halfway down. */
async function tapStage(fractionOfWidth: number): Promise<void> {
  const box = await stage().boundingBox();
  if (box === null) throw new Error('the stage is not visible');
  await tap(phone.page, await pointIn(stage(), { x: box.width * fractionOfWidth, y: box.height / 2 }));
}

async function swipeStage(direction: 'left' | 'right'): Promise<void> {
  const box = await stage().boundingBox();
  if (box === null) throw new Error('the stage is not visible');
  const [from, to] = direction === 'left' ? [0.8, 0.2] : [0.2, 0.8];
  await swipe(phone.page, stage(), {
    from: { x: box.width * from, y: box.height / 2 },
    to: { x: box.width * to, y: box.height / 2 + 10 },
  });
}

beforeAll(async () => {
  deck = await serveRevealDeck();
  desktop = await launchDesktopWindow(display, deck.deckUrl);
  await waitForDeck(desktop.page);
  host = await startHost({ display });
  expect(host.ready.injection).toBe('ready (nut-js)');
  phone = await launchPhone();
  await phone.page.goto(host.ready.pairingUrl);
  await waitForIndicator(phone.page, INDICATOR.connected);
  await phone.page.getByRole('tab', { name: 'Presenter' }).click();
});

afterAll(async () => {
  await phone?.close();
  await host?.stop();
  await desktop?.close();
  await deck?.close();
});

beforeEach(async () => {
  await resetDeck(desktop.page);
  // The deck window in front and focused, the way a presenter leaves it: a click on it.
  const centre = await desktop.screenPointOf(desktop.page.locator('.reveal'));
  await movePointer(display, centre.x, centre.y);
  await execFileAsync('xdotool', ['click', '1'], { env: displayEnv(display) });
  await expectDeck({ slide: 0, paused: false });
});

describe('the app in front', () => {
  it('is shown on the phone: Chromium, presented with the reveal.js keys', async () => {
    await expect.poll(appLine, { timeout: 10_000 }).toBe('In front on the desktop: Chromium — TouchDesk test deck');
    await expect.poll(() => profileMenu().locator('option[value="auto"]').textContent()).toBe('Automatic: reveal.js');
    expect(await profileMenu().inputValue()).toBe('auto');
  });

  it('is followed from window to window: another one in front, then the deck again once that one closes', async () => {
    const other = await launchDesktopWindow(display, deck.url + 'e2e/fixtures/' + TARGET_PAGE);
    try {
      await expect.poll(appLine, { timeout: 10_000 }).toBe('In front on the desktop: Chromium — TouchDesk e2e target');
    } finally {
      await other.close();
    }
    await expect.poll(appLine, { timeout: 10_000 }).toBe('In front on the desktop: Chromium — TouchDesk test deck');
  });

  it('is followed as it changes: a page title that says Google Slides switches to its keys, and back', async () => {
    const automatic = () => profileMenu().locator('option[value="auto"]').textContent();
    await desktop.page.evaluate(() => {
      document.title = 'Quarterly review - Google Slides';
    });
    await expect.poll(automatic, { timeout: 10_000 }).toBe('Automatic: Google Slides');
    await desktop.page.evaluate(() => {
      document.title = 'TouchDesk test deck';
    });
    await expect.poll(automatic, { timeout: 10_000 }).toBe('Automatic: reveal.js');
  });
});

describe('Next and Previous', () => {
  it('the right half is Next and the left half Previous', async () => {
    await tapStage(0.75);
    await expectDeck({ slide: 1, paused: false });
    await tapStage(0.75);
    await expectDeck({ slide: 2, paused: false });
    await tapStage(0.25);
    await expectDeck({ slide: 1, paused: false });
  });

  it('a swipe to the left is Next, to the right Previous', async () => {
    await swipeStage('left');
    await expectDeck({ slide: 1, paused: false });
    await swipeStage('left');
    await expectDeck({ slide: 2, paused: false });
    await swipeStage('right');
    await expectDeck({ slide: 1, paused: false });
  });

  it('are not turned into Ctrl+PageDown by a Ctrl left held on the trackpad: the presenter lets go of it', async () => {
    await phone.page.getByRole('tab', { name: 'Trackpad' }).click();
    await ctrlToggle(phone.page).click();
    await expect.poll(() => ctrlPressed(phone.page)).toBe(true);
    await expect.poll(() => heldKeys(display), { timeout: 10_000 }).not.toEqual([]);
    await phone.page.getByRole('tab', { name: 'Presenter' }).click();
    await expect.poll(() => heldKeys(display), { timeout: 10_000 }).toEqual([]);
    // reveal.js ignores PageDown with Ctrl held: the slide moves only if Ctrl was let go.
    await tapStage(0.75);
    await expectDeck({ slide: 1, paused: false });
  });

  it('quick taps each move one slide, exactly once', async () => {
    for (let i = 0; i < 3; i++) await tapStage(0.9);
    await tapStage(0.1);
    // Doubled commands would stop at the last slide (4) and come back to 3.
    await expectDeck({ slide: 2, paused: false });
  });
});

describe('the slide show commands', () => {
  it('goes to the slide number typed on the phone', async () => {
    await phone.page.getByRole('textbox', { name: 'Slide number' }).fill('4');
    await commands().getByRole('button', { name: 'Go', exact: true }).click();
    await expectDeck({ slide: 3, paused: false });
    await phone.page.getByRole('textbox', { name: 'Slide number' }).fill('2');
    await phone.page.getByRole('textbox', { name: 'Slide number' }).press('Enter');
    await expectDeck({ slide: 1, paused: false });
  });

  it('black screen pauses the deck, and a second tap brings it back', async () => {
    await command('Black screen').click();
    await expectDeck({ slide: 0, paused: true });
    await command('Black screen').click();
    await expectDeck({ slide: 0, paused: false });
  });

  it('First slide goes back to the start', async () => {
    await tapStage(0.75);
    await tapStage(0.75);
    await expectDeck({ slide: 2, paused: false });
    await command('First slide').click();
    await expectDeck({ slide: 0, paused: false });
  });

  it('a command reveal.js has no key for types nothing, and the phone says so', async () => {
    await errorNotice().waitFor({ state: 'hidden', timeout: 10_000 });
    await command('White screen').click();
    await errorNotice().waitFor({ state: 'visible', timeout: 10_000 });
    // The Next that follows lands on the second slide: nothing typed before it changed the deck.
    await tapStage(0.75);
    await expectDeck({ slide: 1, paused: false });
  });
});

describe('choosing the slide program by hand', () => {
  it('uses the chosen program’s keys until Automatic is chosen again', async () => {
    await errorNotice().waitFor({ state: 'hidden', timeout: 10_000 });
    await profileMenu().selectOption({ label: 'Any app (Page Down / Page Up)' });
    await command('Black screen').click();
    await errorNotice().waitFor({ state: 'visible', timeout: 10_000 });
    await tapStage(0.75);
    await expectDeck({ slide: 1, paused: false });
    await profileMenu().selectOption('auto');
    await command('Black screen').click();
    await expectDeck({ slide: 1, paused: true });
  });
});
