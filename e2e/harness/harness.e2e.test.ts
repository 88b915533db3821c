import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import QRCode from 'qrcode';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchDesktopWindow, launchPhone, type DesktopWindow, type Phone } from './chromium.js';
import { startHost } from './host-process.js';
import { fixturesDir } from './paths.js';
import { decodeQr } from './qr.js';
import { serveStatic, type StaticServer } from './static-server.js';
import { swipe, tap, twoFingerDrag, twoFingerTap } from './touch.js';
import { resetTarget, showImage, targetEvents, targetState, TARGET_PAGE } from './target-page.js';
import { activeWindowName, heldButtons, heldKeys, movePointer, pointerPosition } from './x-readback.js';
import { displayEnv } from './x-display.js';

/**
 * The harness tested against the real X server before any product test relies on it: if the
 * coordinate mapping or a readback were wrong, every e2e failure would be a wild goose chase.
 */

const execFileAsync = promisify(execFile);
const display = inject('display');

/** Test setup through xdotool, standing in for a user's hand, never for the product. */
async function xdotool(...args: string[]): Promise<void> {
  await execFileAsync('xdotool', args, { env: displayEnv(display) });
}

describe('the X display', () => {
  it('is provided to test files and set as DISPLAY', () => {
    expect(display).toMatch(/^:\d+$/);
    expect(process.env.DISPLAY).toBe(display);
  });

  it('round-trips the pointer through the X server', async () => {
    await movePointer(display, 123, 456);
    expect(await pointerPosition(display)).toEqual({ x: 123, y: 456 });
    await movePointer(display, 1279, 0);
    expect(await pointerPosition(display)).toEqual({ x: 1279, y: 0 });
  });

  it('reads held buttons and keys back from the server', async () => {
    expect(await heldButtons(display)).toEqual([]);
    expect(await heldKeys(display)).toEqual([]);
    await xdotool('mousedown', '3');
    await xdotool('keydown', 'Control_L');
    try {
      expect(await heldButtons(display)).toEqual([3]);
      expect(await heldKeys(display)).toEqual([37]);
    } finally {
      await xdotool('mouseup', '3');
      await xdotool('keyup', 'Control_L');
    }
    expect(await heldButtons(display)).toEqual([]);
    expect(await heldKeys(display)).toEqual([]);
  });
});

describe('the desktop window', () => {
  let server: StaticServer;
  let desktop: DesktopWindow;
  let scratch: string;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-harness-'));
    server = await serveStatic(fixturesDir);
    desktop = await launchDesktopWindow(display, server.url + TARGET_PAGE);
  });

  afterAll(async () => {
    await desktop?.close();
    await server?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  beforeEach(async () => {
    await resetTarget(desktop.page);
  });

  it('shows the target page, focused, filling the screen from (0,0)', async () => {
    expect(await desktop.page.title()).toBe('TouchDesk e2e target');
    expect(await activeWindowName(display)).toBe('TouchDesk e2e target');
    expect(desktop.viewportOrigin).toEqual({ x: 0, y: 0 });
  });

  it('maps page coordinates to the screen: a real click lands on the button', async () => {
    const button = desktop.page.locator('#target');
    const point = await desktop.screenPointOf(button);
    await movePointer(display, 1200, 700);

    await xdotool('mousemove', String(point.x), String(point.y), 'click', '1');

    await expect.poll(async () => (await targetState(desktop.page)).clicks).toBe(1);
    const click = (await targetEvents(desktop.page)).find((e) => e.type === 'click');
    expect(click).toMatchObject({ target: 'target', screenX: point.x, screenY: point.y });
  });

  it('misses the button when the click is beside it', async () => {
    const box = await desktop.page.locator('#target').boundingBox();
    if (box === null) throw new Error('button not visible');
    const beside = { x: Math.round(desktop.viewportOrigin.x + box.x + box.width + 20), y: Math.round(desktop.viewportOrigin.y + box.y + 10) };

    await xdotool('mousemove', String(beside.x), String(beside.y), 'click', '1');

    await expect.poll(async () => (await targetEvents(desktop.page)).some((e) => e.type === 'click')).toBe(true);
    expect((await targetState(desktop.page)).clicks).toBe(0);
  });

  it('records a right click and opens the custom menu', async () => {
    const point = await desktop.screenPointOf(desktop.page.locator('#tall'));
    await xdotool('mousemove', String(point.x), String(point.y), 'click', '3');

    await expect.poll(async () => (await targetState(desktop.page)).rightClicks).toBe(1);
    expect((await targetState(desktop.page)).menuOpen).toBe(true);
  });

  it('scrolls on a real wheel', async () => {
    const point = await desktop.screenPointOf(desktop.page.locator('#tall'));
    await movePointer(display, point.x, point.y);
    await xdotool('click', '--repeat', '3', '5');

    await expect.poll(async () => (await targetState(desktop.page)).scrollY).toBeGreaterThan(0);
  });

  it('shows a QR code that zbarimg decodes from a screenshot', async () => {
    const text = 'http://127.0.0.1:45678/#k=Zm9vYmFyLXNlY3JldC0xMjM0NTY3ODkw';
    const qrPng = join(scratch, 'qr.png');
    await QRCode.toFile(qrPng, text, { margin: 4, scale: 6 });
    const shot = join(scratch, 'screen.png');

    await desktop.page.screenshot({ path: shot });
    expect(await decodeQr(shot)).toEqual([]);

    await showImage(desktop.page, `data:image/png;base64,${(await readFile(qrPng)).toString('base64')}`);
    await desktop.page.screenshot({ path: shot });
    expect(await decodeQr(shot)).toEqual([text]);
  });
});

/** A page that records touches as the phone page would receive them, frames included. */
const TOUCH_PROBE = `<!doctype html><meta name="viewport" content="width=device-width">
<body style="margin:0"><div id="pad" style="position:absolute;left:20px;top:100px;width:350px;height:500px;background:#ccc;touch-action:none"></div>
<script>
  window.touches = [];
  // As the trackpad page must: without it Chromium (here and on Android) withholds the
  // touchmoves of the first few pixels, the touch slop.
  addEventListener('touchstart', (e) => e.preventDefault(), { passive: false });
  const at = (list) => [...list].map((t) => [Math.round(t.clientX), Math.round(t.clientY)]);
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel']) {
    addEventListener(type, (e) => touches.push({ type, n: e.touches.length,
      points: at(e.changedTouches), down: at(e.touches) }));
  }
</script>`;

interface RecordedTouch {
  type: string;
  n: number;
  /** The fingers this event is about (changedTouches). */
  points: [number, number][];
  /** Every finger on the screen (touches). */
  down: [number, number][];
}

describe('the phone', () => {
  let phone: Phone;

  afterAll(async () => {
    await phone?.close();
  });

  it('is a touch phone in the asked-for language', async () => {
    phone = await launchPhone({ locale: 'zh-CN' });
    await phone.page.setContent(TOUCH_PROBE);
    expect(
      await phone.page.evaluate(() => ({
        w: innerWidth,
        h: innerHeight,
        dpr: devicePixelRatio,
        coarse: matchMedia('(pointer: coarse)').matches,
        touchPoints: navigator.maxTouchPoints > 0,
        lang: navigator.language,
      })),
    ).toEqual({ w: 390, h: 844, dpr: 3, coarse: true, touchPoints: true, lang: 'zh-CN' });
  });

  const recorded = (): Promise<RecordedTouch[]> =>
    phone.page.evaluate(() => (window as unknown as { touches: RecordedTouch[] }).touches.splice(0));

  it('swipes in the element\'s coordinates, step by step', async () => {
    await swipe(phone.page, '#pad', { from: { x: 10, y: 10 }, to: { x: 110, y: 60 }, steps: 10 });
    const touches = await recorded();
    const moves = touches.filter((t) => t.type === 'touchmove');
    expect(touches[0]).toMatchObject({ type: 'touchstart', points: [[30, 110]] });
    expect(touches.at(-1)?.type).toBe('touchend');
    // Chromium folds moves that reach it in the same frame, more of them on a loaded machine:
    // how many arrive is timing, not correctness; that the finger travels in steps is.
    expect(moves.length).toBeGreaterThanOrEqual(2);
    expect(moves.at(-1)?.points).toEqual([[130, 160]]);
  });

  it('taps with one and with two fingers', async () => {
    await tap(phone.page, { x: 100, y: 200 });
    await twoFingerTap(phone.page, { x: 100, y: 200 }, { x: 160, y: 200 });
    const touches = await recorded();
    // Chromium emits one DOM event per finger that changed, as a hand whose fingers land a
    // moment apart would; a gesture recognizer on the phone page must accept this.
    expect(touches.map((t) => `${t.type}:${t.n}`)).toEqual([
      'touchstart:1', 'touchend:0', 'touchstart:1', 'touchstart:2', 'touchend:1', 'touchend:0',
    ]);
    expect(touches.slice(2, 4).map((t) => t.points)).toEqual([[[100, 200]], [[160, 200]]]);
  });

  it('drags two fingers together', async () => {
    await twoFingerDrag(phone.page, { x: 100, y: 300 }, { x: 160, y: 300 }, { dx: 0, dy: -120, steps: 4 });
    const touches = await recorded();
    const sequence = touches.map((t) => `${t.type}:${t.n}`);
    expect(sequence.slice(0, 2)).toEqual(['touchstart:1', 'touchstart:2']);
    expect(sequence.slice(-2)).toEqual(['touchend:1', 'touchend:0']);
    expect(new Set(sequence.slice(2, -2))).toEqual(new Set(['touchmove:2']));
    // Where both fingers ended, not which of them the last touchmove was about: on a loaded
    // machine Chromium's last touchmove has been seen to name only one finger as changed.
    expect(touches.filter((t) => t.type === 'touchmove').at(-1)?.down).toEqual([[100, 180], [160, 180]]);
  });
});

describe('the host process', () => {
  it('starts, reports ready on stdout, and stops without leftovers', async () => {
    const host = await startHost({ display });
    try {
      expect(host.ready.port).toBeGreaterThan(0);
      expect(new URL(host.ready.pairingUrl).port).toBe(String(host.ready.port));
      expect(host.events[0]).toBe(host.ready);
      expect(host.strayLines).toEqual([]);
    } finally {
      await host.stop();
    }
    expect(() => process.kill(-host.pid, 0)).toThrow();
  });

  it('fails with the host\'s own words when it cannot start', async () => {
    await expect(startHost({ display, extraArgs: ['--no-such-option'] })).rejects.toThrow(/host exited[\s\S]*no-such-option/);
  });
});
