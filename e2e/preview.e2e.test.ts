import jpeg from 'jpeg-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { INDICATOR, waitForIndicator } from './harness/phone-page.js';
import { type DeckServer, serveRevealDeck, waitForDeck } from './harness/reveal-deck.js';

/** A deck of its own: slides that differ in colour, not only in a word. */
const PREVIEW_DECK_PAGE = 'e2e/fixtures/preview-deck.html';
import { pointIn, touchEnd, touchMove, touchStart } from './harness/touch.js';
import { sleep, waitFor } from './harness/wait.js';
import { heldButtons, pointerPosition, type ScreenPoint } from './harness/x-readback.js';

/**
 * The slide preview and the laser pointer, end to end: a reveal.js deck in a desktop-side
 * Chromium window on the X server, the real host capturing that screen, and the phone page in
 * headless Chromium. What is asserted is what the phone shows (its preview image, decoded here),
 * what crosses the wire (the phone's WebSocket frames, counted), and where X puts the pointer.
 */
const display = inject('display');

/**
 * Preview frames are sealed JPEGs of several KiB; everything else the host sends (status, acks,
 * pongs, the app in front) is a few hundred bytes.
 */
const PREVIEW_FRAME_MIN_BYTES = 2000;

let host: HostProcess;
let phone: Phone;
let desktop: DesktopWindow;
let deck: DeckServer;
let screen: { width: number; height: number };
/** Large frames the phone received, with when. */
const previewFrames: number[] = [];

const previewSwitch = () => phone.page.getByRole('switch', { name: 'Slide preview' });
const previewImage = () => phone.page.getByRole('img', { name: /The desktop’s screen/ });
const previewStatus = () => phone.page.locator('.preview__status');

/** The phone page, connected, on its Presenter tab: where the preview lives. */
async function openPresenter(open: () => Promise<unknown>): Promise<void> {
  await open();
  await waitForIndicator(phone.page, INDICATOR.connected);
  await phone.page.getByRole('tab', { name: 'Presenter' }).click();
}

/** Counts the preview frames that arrive in the next `ms`. */
async function framesDuring(ms: number): Promise<number> {
  const before = previewFrames.length;
  await sleep(ms);
  return previewFrames.length - before;
}

/** Shows slide `index` (from 0) on the desktop; resolves with the wall-clock time it was painted. */
function showSlide(index: number): Promise<number> {
  return desktop.page.evaluate(
    (h) =>
      new Promise<number>((resolve) => {
        (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h);
        // The frame after the next one has been drawn: the change is on the screen.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(Date.now())));
      }),
    index,
  );
}

/** The background colours of e2e/fixtures/preview-deck.html's slides, in order. */
const SLIDE_COLOURS = [
  [0xc6, 0x28, 0x28],
  [0x2e, 0x7d, 0x32],
  [0x15, 0x65, 0xc0],
] as const;

/** The colour that fills most of the phone's preview: the median of each channel, decoded here. */
async function dominantColour(): Promise<[number, number, number]> {
  const src = (await previewImage().getAttribute('src')) ?? '';
  const image = jpeg.decode(Buffer.from(src.replace(/^data:image\/jpeg;base64,/, ''), 'base64'), { useTArray: true });
  const channels: [number[], number[], number[]] = [[], [], []];
  for (let at = 0; at < image.data.length; at += 4) channels.forEach((values, c) => values.push(image.data[at + c] ?? 0));
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return [median(channels[0]), median(channels[1]), median(channels[2])];
}

/** The phone's preview is filled with slide `index`'s colour (a frame caught mid-paint is followed by a whole one). */
async function expectPhoneShowsSlide(index: number): Promise<void> {
  const wanted = SLIDE_COLOURS[index] ?? [0, 0, 0];
  let shown: number[] = [];
  const distance = async () => {
    shown = await dominantColour();
    return Math.max(...shown.map((value, c) => Math.abs(value - (wanted[c] ?? 0))));
  };
  await expect.poll(distance, { timeout: 5000, message: `the phone shows rgb(${shown.join(',')}), slide ${index + 1} is rgb(${wanted.join(',')})` }).toBeLessThan(24);
}

beforeAll(async () => {
  deck = await serveRevealDeck();
  desktop = await launchDesktopWindow(display, deck.url + PREVIEW_DECK_PAGE);
  await waitForDeck(desktop.page);
  screen = await desktop.page.evaluate(() => ({ width: window.screen.width, height: window.screen.height }));
  host = await startHost({ display });
  phone = await launchPhone();
  phone.page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => {
      if (payload.length >= PREVIEW_FRAME_MIN_BYTES) previewFrames.push(Date.now());
    });
  });
  await openPresenter(() => phone.page.goto(host.ready.pairingUrl));
});

afterAll(async () => {
  await phone?.close();
  await host?.stop();
  await desktop?.close();
  await deck?.close();
});

describe('the slide preview', () => {
  it('shows the desktop’s screen in the presenter, on until the phone turns it off', async () => {
    expect(await previewSwitch().getAttribute('aria-checked')).toBe('true');
    await previewImage().waitFor({ timeout: 10_000 });
    await expectPhoneShowsSlide(0);
  });

  it('follows every slide change', async () => {
    // How soon (the 1 s) is measured by `npm run bench`; here, that each change arrives.
    for (const slide of [1, 2, 0]) {
      await showSlide(slide);
      await expectPhoneShowsSlide(slide);
    }
  });

  it('sends nothing while the screen is still', async () => {
    await sleep(500); // a frame for the last change may still be on its way
    expect(await framesDuring(3000)).toBe(0);
  });

  it('sends nothing while the presenter is not on the phone’s screen', async () => {
    await phone.page.getByRole('tab', { name: 'Trackpad' }).click();
    await sleep(300);
    const before = previewFrames.length;
    await showSlide(1);
    await sleep(1500);
    expect(previewFrames.length - before).toBe(0);
    await phone.page.getByRole('tab', { name: 'Presenter' }).click();
    await expectPhoneShowsSlide(1);
  });

  it('stops when the switch is turned off, even as the slides change', async () => {
    await previewSwitch().click();
    expect(await previewSwitch().getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => previewStatus().textContent()).toBe('Slide preview is off.');
    await sleep(300);
    const before = previewFrames.length;
    await showSlide(2);
    await sleep(1500);
    await showSlide(0);
    await sleep(1500);
    expect(previewFrames.length - before).toBe(0);
  });

  it('stays off across a reload: the switch is remembered on the phone', async () => {
    await openPresenter(() => phone.page.reload());
    expect(await previewSwitch().getAttribute('aria-checked')).toBe('false');
    expect(await framesDuring(1500)).toBe(0);
    await previewSwitch().click();
    await previewImage().waitFor({ timeout: 10_000 });
    await expectPhoneShowsSlide(0);
  });
});

describe('the laser pointer', () => {
  /** The X pointer, once it is within a few pixels of `wanted`. */
  function pointerNear(wanted: ScreenPoint): Promise<ScreenPoint> {
    return waitFor(
      async () => {
        const at = await pointerPosition(display);
        return Math.abs(at.x - wanted.x) <= 3 && Math.abs(at.y - wanted.y) <= 3 ? at : undefined;
      },
      { timeoutMs: 5000, describe: () => `the X pointer near (${wanted.x},${wanted.y})` },
    );
  }

  it('puts the cursor where a finger is held on the preview, and follows it', async () => {
    await previewImage().waitFor({ timeout: 10_000 });
    // On a short phone the preview sits in the part under the stage that scrolls, as a user finds it.
    await previewImage().scrollIntoViewIfNeeded();
    const box = await previewImage().boundingBox();
    if (box === null) throw new Error('the preview is not visible');
    const at = (fx: number, fy: number) => pointIn(previewImage(), { x: box.width * fx, y: box.height * fy });

    await touchStart(phone.page, [await at(0.25, 0.5)]);
    await pointerNear({ x: Math.round(0.25 * (screen.width - 1)), y: Math.round(0.5 * (screen.height - 1)) });
    await touchMove(phone.page, [await at(0.75, 0.25)]);
    await pointerNear({ x: Math.round(0.75 * (screen.width - 1)), y: Math.round(0.25 * (screen.height - 1)) });
    await touchEnd(phone.page);
    expect(await heldButtons(display)).toEqual([]);
  });
});
