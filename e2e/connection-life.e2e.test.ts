import { LIMITS } from '@touchdesk/shared';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { CONTROL_L, held, LEFT_BUTTON, releaseStuckInput, waitForHeld, waitUntilNothingHeld } from './harness/held-input.js';
import { fixturesDir } from './harness/paths.js';
import { ctrlPressed, ctrlToggle, INDICATOR, trackpad, waitForIndicator } from './harness/phone-page.js';
import { type ProxiedHost, startProxiedHost } from './harness/proxied-host.js';
import { ReliablePhone } from './harness/reliable-test-phone.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetEvents, targetState } from './harness/target-page.js';
import { pointIn, tap } from './harness/touch.js';
import { movePointer, type ScreenPoint } from './harness/x-readback.js';

/**
 * Connection life, with the network between phone and desktop under the test's control: the
 * phone page loads and talks through a TCP proxy (the host's QR code names it, via
 * --public-url), which can drop every connection, refuse new ones, or stall without a word.
 * A second phone, scripted in Node, holds a mouse button, which no gesture of the page does
 * yet. Whatever happens, X itself is asked what is held, and the desktop window counts what
 * arrived.
 */
const display = inject('display');

/** What "at once" means for a socket that closed: the host heard the close, nothing to guess. */
const CLOSED_SOCKET_RELEASE_MS = 2000;
/** A stalled peer is found by the heartbeat: silence for deadPeerMs, noticed at the next check. */
const STALLED_RELEASE_MS = LIMITS.deadPeerMs + LIMITS.heartbeatIntervalMs + 2000;

let targets: StaticServer;
let desktop: DesktopWindow;
let net: ProxiedHost;
let phone: Phone;
let scripted: ReliablePhone;
/** On the tall striped area of the target page: clicks here count for nothing. */
let neutral: ScreenPoint;
let button: ScreenPoint;

const clicks = async () => (await targetState(desktop.page)).clicks;
const controlEvents = async (type: 'keydown' | 'keyup') =>
  (await targetEvents(desktop.page)).filter((e) => e.type === type && e.key === 'Control').length;

async function tapPad(times = 1): Promise<void> {
  const point = await pointIn(trackpad(phone.page), { x: 180, y: 300 });
  for (let i = 0; i < times; i++) await tap(phone.page, point);
}

/**
 * Ctrl pressed and let go on the page, waited for on the desktop. The page sends new input
 * only after whatever it resends, so once this has landed, a duplicate would have landed too.
 */
async function sentinel(): Promise<void> {
  const before = await controlEvents('keyup');
  await ctrlToggle(phone.page).tap({ timeout: 5000 });
  await ctrlToggle(phone.page).tap({ timeout: 5000 });
  await expect.poll(() => controlEvents('keyup'), { timeout: 5000 }).toBe(before + 1);
}

/** Ctrl toggled on the page, and a left button pressed by the scripted phone: X holds both. */
async function holdCtrlAndButton(): Promise<void> {
  await movePointer(display, neutral.x, neutral.y);
  await ctrlToggle(phone.page).tap({ timeout: 5000 });
  await expect.poll(() => ctrlPressed(phone.page)).toBe(true);
  scripted.send({ type: 'button', button: 'left', action: 'down' });
  await waitForHeld(display, { buttons: [LEFT_BUTTON], keys: [CONTROL_L] }, { timeoutMs: 5000, what: 'Ctrl and the left button pressed' });
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  neutral = { x: 900, y: 400 };
  button = await desktop.screenPointOf(desktop.page.locator('#target'));
  net = await startProxiedHost(display);
  phone = await launchPhone();
  await phone.page.goto(net.host.ready.pairingUrl);
  await waitForIndicator(phone.page, INDICATOR.connected);
  const renewed = await net.host.waitForEvent('pairing-renewed');
  scripted = await ReliablePhone.pair({ origin: net.proxy.origin, pairingUrl: renewed.pairingUrl, deviceName: 'Scripted phone' });
});

afterAll(async () => {
  await scripted?.stop();
  await phone?.close();
  await net?.close();
  await desktop?.close();
  await targets?.close();
});

beforeEach(async () => {
  net.proxy.resume();
  net.proxy.refuse(false);
  await waitForIndicator(phone.page, INDICATOR.connected, 15_000);
  await scripted.whenConnected();
  await resetTarget(desktop.page);
  expect(await held(display)).toEqual({ buttons: [], keys: [] });
});

afterEach(async () => {
  await releaseStuckInput(display);
});

describe('the pairing URL', () => {
  it('names the origin given with --public-url, so the phone comes through the proxy', () => {
    expect(new URL(net.host.ready.pairingUrl).origin).toBe(net.proxy.origin);
    expect(net.proxy.counts().accepted).toBeGreaterThan(0);
  });
});

describe('a phone that goes away lets go of everything it held', () => {
  it('at once when its connection closes mid-drag with Ctrl held', async () => {
    await holdCtrlAndButton();
    net.proxy.refuse(true);
    const since = Date.now();
    net.proxy.dropAll();
    const ms = await waitUntilNothingHeld(display, { since, timeoutMs: CLOSED_SOCKET_RELEASE_MS, what: 'after the connections dropped' });
    expect(ms).toBeLessThan(CLOSED_SOCKET_RELEASE_MS);
    // The page must not claim Ctrl is still down, and says why it let go.
    await expect.poll(() => ctrlPressed(phone.page)).toBe(false);
    await expect.poll(() => phone.page.getByText('Ctrl was released').count()).toBeGreaterThan(0);
  });

  it('at once when a phone is killed without a close frame', async () => {
    scripted.send({ type: 'modifier', key: 'Control', action: 'down' });
    scripted.send({ type: 'button', button: 'left', action: 'down' });
    await waitForHeld(display, { buttons: [LEFT_BUTTON], keys: [CONTROL_L] }, { timeoutMs: 5000, what: 'the scripted phone pressing' });
    const since = Date.now();
    scripted.terminateSocket();
    await waitUntilNothingHeld(display, { since, timeoutMs: CLOSED_SOCKET_RELEASE_MS, what: 'after the socket was killed' });
  });

  it('within the heartbeat when the network stalls without a close, and what was in the air arrives once', async () => {
    await holdCtrlAndButton();
    net.proxy.stall();
    const since = Date.now();
    // The page cannot know yet: it lets go of Ctrl and taps three times into the silence.
    await ctrlToggle(phone.page).tap({ timeout: 5000 });
    await tapPad(3);
    const ms = await waitUntilNothingHeld(display, { since, timeoutMs: STALLED_RELEASE_MS, what: 'after the network stalled' });
    // Not by some accident of the stall: nothing reached the host, so only its heartbeat can have noticed.
    expect(ms).toBeGreaterThan(LIMITS.deadPeerMs - LIMITS.heartbeatIntervalMs);
    expect(await clicks()).toBe(0);

    await movePointer(display, button.x, button.y);
    net.proxy.resume();
    await waitForIndicator(phone.page, INDICATOR.connected, 15_000);
    await expect.poll(clicks, { timeout: 10_000 }).toBe(3);
    await sentinel();
    expect(await clicks()).toBe(3);
    expect(await held(display)).toEqual({ buttons: [], keys: [] });
  });
});

describe('input made while offline', () => {
  it('arrives exactly once when the phone is back', async () => {
    await movePointer(display, button.x, button.y);
    net.proxy.refuse(true);
    net.proxy.dropAll();
    await waitForIndicator(phone.page, INDICATOR.reconnecting);
    await tapPad(3);
    await ctrlToggle(phone.page).tap({ timeout: 5000 });
    await ctrlToggle(phone.page).tap({ timeout: 5000 });
    expect(await ctrlPressed(phone.page)).toBe(false);
    expect(await clicks()).toBe(0);

    net.proxy.refuse(false);
    await waitForIndicator(phone.page, INDICATOR.connected, 15_000);
    // Ctrl was let go after the taps, so once its release lands, so have they.
    await expect.poll(() => controlEvents('keyup'), { timeout: 10_000 }).toBe(1);
    expect(await clicks()).toBe(3);
    await sentinel();
    expect(await clicks()).toBe(3);
    expect(await controlEvents('keydown')).toBe(2);
    expect(await held(display)).toEqual({ buttons: [], keys: [] });
  });
});

describe('input the desktop took but whose receipt was lost', () => {
  it('is not done twice when the phone comes back', async () => {
    await movePointer(display, button.x, button.y);
    // The host hears the taps; the phone never hears the acks, and the connection then dies.
    net.proxy.stall('to-phone');
    await tapPad(3);
    await expect.poll(clicks, { timeout: 5000 }).toBe(3);
    const from = net.host.events.length;
    net.proxy.dropAll();
    net.proxy.resume();
    await net.host.waitForEvent('phone-connected', (event) => event.deviceName !== 'Scripted phone', { from, timeoutMs: 15_000 });
    await waitForIndicator(phone.page, INDICATOR.connected);
    await sentinel();
    expect(await clicks()).toBe(3);
  });
});

describe('a host that restarts', () => {
  it('is found again by the phone by itself, without a new scan, and takes input', async () => {
    const { port } = net.host.ready;
    const host = await net.restart();
    expect(host.ready.port).toBe(port);
    await waitForIndicator(phone.page, INDICATOR.connected, 15_000);
    await host.waitForEvent('phone-connected', (event) => event.deviceName !== 'Scripted phone');
    expect(phone.page.url()).not.toContain('#');
    await movePointer(display, button.x, button.y);
    await tapPad();
    await expect.poll(clicks, { timeout: 5000 }).toBe(1);
  });
});
