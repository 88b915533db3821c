import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { pinch, startTapAndDrag, threeFingerTap, twoFingerScroll } from './harness/gestures.js';
import { held, LEFT_BUTTON, releaseStuckInput, waitUntilNothingHeld } from './harness/held-input.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { fixturesDir } from './harness/paths.js';
import { INDICATOR, trackpad, waitForIndicator } from './harness/phone-page.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, type TargetEvent, targetEvents } from './harness/target-page.js';
import { pointIn, swipe, tap, touchCancel, touchEnd, touchStart } from './harness/touch.js';
import { sleep } from './harness/wait.js';
import { heldButtons, movePointer, pointerPosition, type ScreenPoint } from './harness/x-readback.js';

/**
 * The trackpad's gestures beyond move, tap and scroll, each from the phone page in Chromium
 * (CDP touch) through the real host into the real X server, read back from X (held buttons and
 * keys, the pointer) and from what the desktop-side window received.
 */
const display = inject('display');

let host: HostProcess;
let phone: Phone;
let desktop: DesktopWindow;
let targets: StaticServer;
let configDir: string | undefined;
/** On the tall striped part of the target page: clicks there do nothing, wheels scroll it. */
const NEUTRAL: ScreenPoint = { x: 900, y: 400 };

const padPoint = (x: number, y: number) => pointIn(trackpad(phone.page), { x, y });
const events = async (type: string): Promise<TargetEvent[]> => (await targetEvents(desktop.page)).filter((event) => event.type === type);
/** The desktop page's clock, which its recorded events are stamped with. */
const desktopNow = () => desktop.page.evaluate(() => performance.now());

async function openSettings(): Promise<void> {
  await phone.page.getByRole('button', { name: 'Settings' }).tap();
  await phone.page.getByRole('dialog', { name: 'Settings' }).waitFor();
}

async function closeSettings(): Promise<void> {
  await phone.page.getByRole('button', { name: 'Done' }).tap();
  await phone.page.getByRole('dialog', { name: 'Settings' }).waitFor({ state: 'hidden' });
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  // Ctrl+wheel would zoom the target page and shift every screen position the tests rely on;
  // the event is still recorded before this default is prevented.
  await desktop.page.evaluate(() => {
    addEventListener('wheel', (event) => event.ctrlKey && event.preventDefault(), { passive: false });
    // The target page does not record motion; a drag is motion with a button down.
    addEventListener('mousemove', (event) => window.__events.push({ type: 'mousemove', t: Math.round(performance.now()), target: 'window', buttons: event.buttons }));
  });
  // Flat acceleration: the pointer moves exactly as far as the phone says, however fast the
  // loaded machine delivers the moves, so the phone's speed setting shows as a plain ratio.
  configDir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-gestures-'));
  await writeFile(join(configDir, 'settings.json'), JSON.stringify({ pointer: { speed: 0, acceleration: 'flat' } }));
  host = await startHost({ display, configDir });
  phone = await launchPhone();
  await phone.page.goto(host.ready.pairingUrl);
  await waitForIndicator(phone.page, INDICATOR.connected);
});

afterAll(async () => {
  await phone?.close();
  await host?.stop();
  await desktop?.close();
  await targets?.close();
  if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await resetTarget(desktop.page);
  await movePointer(display, NEUTRAL.x, NEUTRAL.y);
});

afterEach(async () => {
  // After a failure: no finger left on the phone, nothing left held on the desktop.
  await touchEnd(phone.page).catch(() => {
    // No finger was down: nothing to lift.
  });
  await releaseStuckInput(display);
});

describe('tap-and-drag', () => {
  it('holds the left button while the finger moves after a double tap, and lets go when it lifts', async () => {
    await startTapAndDrag(phone.page, await padPoint(180, 300), { dx: 120, dy: 0 });
    await expect.poll(() => heldButtons(display), { timeout: 5000 }).toEqual([LEFT_BUTTON]);
    await expect.poll(async () => (await pointerPosition(display)).x, { timeout: 5000 }).toBeGreaterThan(NEUTRAL.x + 60);
    // The desktop window sees the motion as a drag: moves with the left button down.
    await expect.poll(async () => (await events('mousemove')).some((event) => event.buttons === 1), { timeout: 5000 }).toBe(true);
    await touchEnd(phone.page);
    await waitUntilNothingHeld(display, { timeoutMs: 5000, what: 'the drag let go' });
    // The tap before the drag is a click of its own: one press ends in a release, the drag's another.
    expect((await events('mouseup')).filter((event) => event.button === 0)).toHaveLength(2);
  });

  it('lets go of the button when the browser cancels the touch mid-drag', async () => {
    await startTapAndDrag(phone.page, await padPoint(180, 300), { dx: 60, dy: 0 });
    await expect.poll(() => heldButtons(display), { timeout: 5000 }).toEqual([LEFT_BUTTON]);
    await touchCancel(phone.page);
    await waitUntilNothingHeld(display, { timeoutMs: 5000, what: 'a cancelled drag let go' });
  });
});

describe('three-finger tap', () => {
  it('middle-clicks', async () => {
    await threeFingerTap(phone.page, await padPoint(180, 300));
    await expect.poll(async () => (await events('auxclick')).map((event) => event.button), { timeout: 5000 }).toEqual([1]);
    expect((await events('contextmenu')).length + (await events('click')).length).toBe(0);
    expect(await heldButtons(display)).toEqual([]);
  });
});

describe('pinch', () => {
  it('zooms in with Ctrl+wheel up as the fingers spread, and out as they close', async () => {
    const centre = await padPoint(190, 350);
    await pinch(phone.page, centre, 80, 280);
    await expect.poll(async () => (await events('wheel')).length, { timeout: 5000 }).toBeGreaterThan(0);
    await waitUntilNothingHeld(display, { timeoutMs: 5000, what: 'Ctrl let go after the pinch' });
    const spread = await events('wheel');
    expect(spread.every((event) => event.ctrlKey === true && (event.deltaY ?? 0) < 0)).toBe(true);

    await resetTarget(desktop.page);
    await pinch(phone.page, centre, 280, 80);
    await expect.poll(async () => (await events('wheel')).length, { timeout: 5000 }).toBeGreaterThan(0);
    await waitUntilNothingHeld(display, { timeoutMs: 5000, what: 'Ctrl let go after the second pinch' });
    const closed = await events('wheel');
    expect(closed.every((event) => event.ctrlKey === true && (event.deltaY ?? 0) > 0)).toBe(true);
  });
});

describe('inertial scrolling', () => {
  it('glides on after the fingers lift, slowing down', async () => {
    await twoFingerScroll(phone.page, await padPoint(190, 500), { dy: -240, steps: 6 });
    const liftedAt = await desktopNow();
    // Without a glide every wheel step lands within a few frames of the lift.
    await expect.poll(async () => (await events('wheel')).filter((event) => event.t > liftedAt + 400).length, { timeout: 5000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await events('wheel')).filter((event) => event.t > liftedAt + 700).length, { timeout: 5000 }).toBeGreaterThan(0);
    const wheels = await events('wheel');
    const between = (from: number, to: number) => wheels.filter((event) => event.t >= liftedAt + from && event.t < liftedAt + to).length;
    expect(between(0, 300)).toBeGreaterThan(between(400, 700));
    expect(wheels.every((event) => (event.deltaY ?? 0) > 0)).toBe(true);
  });

  it('stops when a finger touches the pad', async () => {
    await twoFingerScroll(phone.page, await padPoint(190, 500), { dy: -240, steps: 6 });
    await sleep(100);
    await touchStart(phone.page, [await padPoint(190, 300)]);
    const touchedAt = await desktopNow();
    await sleep(800);
    await touchEnd(phone.page);
    // Steps already on their way when the finger landed may still arrive; none after that.
    const late = (await events('wheel')).filter((event) => event.t > touchedAt + 150);
    expect(late).toEqual([]);
    expect((await events('wheel')).length).toBeGreaterThan(0);
  });
});

describe('settings saved on the phone', () => {
  it('natural scrolling off flips the direction', async () => {
    const at = await padPoint(190, 500);
    await twoFingerScroll(phone.page, at, { dy: -120, steps: 10, restMs: 200 });
    await expect.poll(async () => (await events('wheel')).length, { timeout: 5000 }).toBeGreaterThan(0);
    expect((await events('wheel')).every((event) => (event.deltaY ?? 0) > 0)).toBe(true);

    await openSettings();
    await phone.page.getByRole('switch', { name: 'Natural scrolling' }).tap();
    await closeSettings();
    await resetTarget(desktop.page);
    await twoFingerScroll(phone.page, at, { dy: -120, steps: 10, restMs: 200 });
    await expect.poll(async () => (await events('wheel')).length, { timeout: 5000 }).toBeGreaterThan(0);
    expect((await events('wheel')).every((event) => (event.deltaY ?? 0) < 0)).toBe(true);

    // Kept on the phone across a reload.
    await phone.page.reload();
    await waitForIndicator(phone.page, INDICATOR.connected);
    await openSettings();
    const natural = phone.page.getByRole('switch', { name: 'Natural scrolling' });
    expect(await natural.isChecked()).toBe(false);
    await natural.tap();
    await closeSettings();
  });

  it('the pointer speed scales motion', async () => {
    const travel = async (): Promise<number> => {
      await movePointer(display, 300, 400);
      await swipe(phone.page, trackpad(phone.page), { from: { x: 60, y: 300 }, to: { x: 160, y: 300 }, steps: 10 });
      // The last move lands after the finger lifts; wait for the pointer to settle.
      let last = -1;
      for (;;) {
        await sleep(150);
        const x = (await pointerPosition(display)).x;
        if (x === last) return x - 300;
        last = x;
      }
    };
    const normal = await travel();
    await openSettings();
    await phone.page.getByRole('slider', { name: 'Pointer speed' }).fill('2');
    await closeSettings();
    const doubled = await travel();
    expect(normal).toBeGreaterThan(50);
    // Twice the phone's speed, twice the travel, give or take the pixels rounding keeps back.
    expect(doubled / normal).toBeGreaterThan(1.8);
    expect(doubled / normal).toBeLessThan(2.2);
    await openSettings();
    await phone.page.getByRole('slider', { name: 'Pointer speed' }).fill('1');
    await closeSettings();
  });
});

describe('what a click feels like', () => {
  it('ticks the vibration motor on a tap that clicks, and leaves nothing held', async () => {
    // Headless Chromium has no motor: the page's call is what can be observed.
    await phone.page.evaluate(() => {
      const calls: unknown[] = [];
      (window as unknown as { vibrations: unknown[] }).vibrations = calls;
      navigator.vibrate = (pattern) => calls.push(pattern) > 0;
    });
    await tap(phone.page, await padPoint(180, 300));
    await expect.poll(async () => (await events('mouseup')).length, { timeout: 5000 }).toBe(1);
    expect(await phone.page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations)).toEqual([10]);
    expect(await held(display)).toEqual({ buttons: [], keys: [] });
  });
});
