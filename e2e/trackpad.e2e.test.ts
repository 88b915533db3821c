import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { fixturesDir } from './harness/paths.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetState } from './harness/target-page.js';
import { pointIn, swipe, tap, twoFingerDrag, twoFingerTap } from './harness/touch.js';
import { waitFor } from './harness/wait.js';
import { heldButtons, movePointer, pointerPosition, type ScreenPoint } from './harness/x-readback.js';

/**
 * The walking skeleton, end to end: the real host with nut-js injecting into a real X server,
 * the phone page in Chromium with touch emulation, opened from the pairing URL, and a
 * desktop-side Chromium window as the thing the user controls. Every result is read back from
 * X or from that window, never from the host's own account of what it did.
 */
const display = inject('display');

let host: HostProcess;
let phone: Phone;
let desktop: DesktopWindow;
let targets: StaticServer;

const pad = () => phone.page.getByRole('application', { name: 'Trackpad' });

/** The pointer as X reports it, once it satisfies `wanted` (injection is asynchronous). */
function pointerWhere(wanted: (at: ScreenPoint) => boolean, description: string): Promise<ScreenPoint> {
  return waitFor(
    async () => {
      const at = await pointerPosition(display);
      return wanted(at) ? at : undefined;
    },
    { timeoutMs: 5000, describe: () => description },
  );
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  host = await startHost({ display });
  expect(host.ready.injection).toBe('ready (nut-js)');
  phone = await launchPhone();
  await phone.page.goto(host.ready.pairingUrl);
  await phone.page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 10_000 });
});

afterAll(async () => {
  await phone?.close();
  await host?.stop();
  await desktop?.close();
  await targets?.close();
});

beforeEach(async () => {
  await resetTarget(desktop.page);
});

describe('the phone page as opened from the QR code', () => {
  it('takes the secret out of the address bar at once', () => {
    expect(phone.page.url()).not.toContain('#');
    expect(phone.page.url()).toBe(new URL('/', host.ready.pairingUrl).href);
  });

  it('names its mode tab and its touch surface', async () => {
    await expect.poll(() => phone.page.getByRole('tab', { name: 'Trackpad' }).getAttribute('aria-selected')).toBe('true');
    expect(await pad().isVisible()).toBe(true);
  });

  it('is announced to the host as a connected phone', async () => {
    const connected = await host.waitForEvent('phone-connected');
    expect(connected.deviceName.length).toBeGreaterThan(0);
  });

  it('spends the QR code: the host shows a new one', async () => {
    const renewed = await host.waitForEvent('pairing-renewed');
    expect(renewed.pairingUrl).not.toBe(host.ready.pairingUrl);
  });
});

describe('the trackpad moves and clicks the real pointer', () => {
  it('a swipe right moves the cursor right', async () => {
    await movePointer(display, 300, 400);
    await swipe(phone.page, pad(), { from: { x: 60, y: 300 }, to: { x: 260, y: 300 }, steps: 12 });
    const after = await pointerWhere((at) => at.x > 400, 'the cursor to move right');
    expect(after.x).toBeGreaterThan(400);
    expect(Math.abs(after.y - 400)).toBeLessThan(15);
  });

  it('a swipe up and left moves the cursor up and left', async () => {
    await movePointer(display, 700, 500);
    await swipe(phone.page, pad(), { from: { x: 300, y: 500 }, to: { x: 150, y: 350 }, steps: 12 });
    const after = await pointerWhere((at) => at.x < 650 && at.y < 450, 'the cursor to move up and left');
    expect(after.x).toBeLessThan(650);
  });

  it('a tap clicks the button under the cursor', async () => {
    const button = await desktop.screenPointOf(desktop.page.locator('#target'));
    await movePointer(display, button.x, button.y);
    await tap(phone.page, await pointIn(pad(), { x: 180, y: 300 }));
    await expect.poll(async () => (await targetState(desktop.page)).clicks, { timeout: 5000 }).toBe(1);
    expect((await targetState(desktop.page)).rightClicks).toBe(0);
    expect(await heldButtons(display)).toEqual([]);
  });

  it('a two-finger tap opens the context menu', async () => {
    const button = await desktop.screenPointOf(desktop.page.locator('#target'));
    await movePointer(display, button.x, button.y);
    await twoFingerTap(phone.page, await pointIn(pad(), { x: 140, y: 300 }), await pointIn(pad(), { x: 220, y: 300 }));
    await expect.poll(async () => (await targetState(desktop.page)).menuOpen, { timeout: 5000 }).toBe(true);
    const state = await targetState(desktop.page);
    expect(state.rightClicks).toBe(1);
    expect(state.clicks).toBe(0);
    expect(await heldButtons(display)).toEqual([]);
  });

  it('a two-finger drag scrolls the window under the cursor', async () => {
    const button = await desktop.screenPointOf(desktop.page.locator('#target'));
    await movePointer(display, button.x, button.y + 150);
    const before = (await targetState(desktop.page)).scrollY;
    // Fingers moving up push the content up, as on a phone's own screen: the page scrolls down.
    await twoFingerDrag(phone.page, await pointIn(pad(), { x: 140, y: 500 }), await pointIn(pad(), { x: 220, y: 500 }), {
      dx: 0,
      dy: -200,
      steps: 12,
    });
    await expect.poll(async () => (await targetState(desktop.page)).scrollY, { timeout: 5000 }).toBeGreaterThan(before);
  });
});

describe('a paired phone comes back by itself', () => {
  it('after a reload, with no secret in the address, and still moves the cursor', async () => {
    const from = host.events.length;
    await phone.page.reload();
    await phone.page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 10_000 });
    expect(phone.page.url()).not.toContain('#');
    await host.waitForEvent('phone-connected', undefined, { from });
    await movePointer(display, 300, 300);
    await swipe(phone.page, pad(), { from: { x: 60, y: 300 }, to: { x: 200, y: 300 }, steps: 10 });
    expect((await pointerWhere((at) => at.x > 350, 'the cursor to move right after the reload')).x).toBeGreaterThan(350);
  });
});
