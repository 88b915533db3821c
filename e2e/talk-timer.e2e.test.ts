import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';

/**
 * The talk timer on the phone page in Chromium, on a clock the test moves (Playwright's fake
 * clock replaces Date and the page's timers): alerts fire at the times set on the phone, by
 * vibration where the browser has navigator.vibrate and by a flash where it has not (iOS).
 * The timer's arithmetic is unit-tested in mobile-web/src/presenter/timer-countdown.test.ts.
 */
const display = inject('display');

/** Any fixed time: the page's clock starts here. */
const TALK_DAY = Date.UTC(2026, 0, 15, 9, 0, 0);

let host: HostProcess;
let phone: Phone;

/** What navigator.vibrate was asked, recorded by a stand-in installed before the page loads. */
declare global {
  interface Window {
    vibrations?: number[][];
  }
}

async function openTimer(vibration: 'recorded' | 'missing', wakeLock: 'native' | 'missing' = 'native'): Promise<Phone> {
  const opened = await launchPhone();
  if (wakeLock === 'missing') {
    // As over plain http on a LAN, or on iOS before 16.4.
    await opened.page.addInitScript(() => delete (Navigator.prototype as { wakeLock?: unknown }).wakeLock);
  }
  await opened.page.addInitScript((mode) => {
    if (mode === 'missing') {
      // As on iOS: Safari has no Vibration API at all.
      delete (Navigator.prototype as { vibrate?: unknown }).vibrate;
    } else {
      window.vibrations = [];
      Object.defineProperty(Navigator.prototype, 'vibrate', {
        value: (pattern: number[]) => window.vibrations?.push(pattern) !== undefined,
        configurable: true,
      });
    }
  }, vibration);
  // The page's clock stands still but when the test moves it: every figure below is exact.
  await opened.page.clock.install({ time: TALK_DAY });
  await opened.page.goto(host.ready.pairingUrl);
  await opened.page.clock.pauseAt(TALK_DAY + 10_000);
  await opened.page.getByRole('tab', { name: 'Presenter' }).click();
  await opened.page.getByText('Length and alerts').click();
  await setField(opened, 'Talk length (minutes)', '3');
  await setField(opened, 'Alerts (minutes left)', '2, 1, 0');
  return opened;
}

async function setField(on: Phone, name: string, value: string): Promise<void> {
  const field = on.page.getByRole('textbox', { name });
  await field.fill(value);
  await field.press('Enter');
  await field.blur();
}

const timer = () => phone.page.getByRole('region', { name: 'Talk timer' });
const figure = (id: 'timer-elapsed' | 'timer-remaining') => phone.page.locator(`#${id}`).textContent();
const alertText = () => timer().getByRole('alert').textContent();

beforeAll(async () => {
  host = await startHost({ display, extraArgs: ['--dry-run'] });
});

afterEach(async () => {
  await phone?.close();
});

afterAll(async () => {
  await host?.stop();
});

describe('the talk timer', () => {
  it('counts elapsed and remaining time, and vibrates at each alert, longest at the end', async () => {
    phone = await openTimer('recorded');
    await timer().getByRole('button', { name: 'Start' }).click();
    await phone.page.clock.runFor(60_000);
    expect(await figure('timer-elapsed')).toBe('1:00');
    expect(await figure('timer-remaining')).toBe('2:00');
    expect(await alertText()).toBe('2 minutes left');
    expect(await phone.page.evaluate(() => window.vibrations)).toEqual([[200, 100, 200]]);

    await phone.page.clock.runFor(59_000);
    expect(await phone.page.evaluate(() => window.vibrations?.length)).toBe(1);
    await phone.page.clock.runFor(1_000);
    expect(await alertText()).toBe('1 minute left');

    await phone.page.clock.runFor(60_000);
    expect(await alertText()).toBe('Time is up');
    expect(await phone.page.evaluate(() => window.vibrations)).toEqual([
      [200, 100, 200],
      [200, 100, 200],
      [600, 200, 600, 200, 600],
    ]);
    await phone.page.clock.runFor(30_000);
    expect(await figure('timer-remaining')).toBe('−0:30');
  });

  it('holds the time while paused, and gives no alert then', async () => {
    phone = await openTimer('recorded');
    await timer().getByRole('button', { name: 'Start' }).click();
    await phone.page.clock.runFor(30_000);
    await timer().getByRole('button', { name: 'Pause' }).click();
    await phone.page.clock.runFor(5 * 60_000);
    expect(await figure('timer-elapsed')).toBe('0:30');
    expect(await phone.page.evaluate(() => window.vibrations)).toEqual([]);
    await timer().getByRole('button', { name: 'Resume' }).click();
    await phone.page.clock.runFor(30_000);
    expect(await alertText()).toBe('2 minutes left');
  });

  it('flashes the screen instead where the phone cannot vibrate', async () => {
    phone = await openTimer('missing');
    await timer().getByRole('button', { name: 'Start' }).click();
    await phone.page.clock.runFor(60_000);
    expect(await alertText()).toBe('2 minutes left');
    expect(await phone.page.evaluate(() => document.documentElement.className)).toContain('is-flashing-warning');
    await phone.page.clock.runFor(2_000);
    expect(await phone.page.evaluate(() => document.documentElement.className)).not.toContain('is-flashing');
  });

  it('keeps the phone’s screen awake during the talk', async () => {
    phone = await openTimer('recorded');
    await timer().getByRole('button', { name: 'Start' }).click();
    await phone.page.clock.runFor(1_000);
    // Chromium grants the Wake Lock here (127.0.0.1 is a secure context); over the LAN's plain
    // http a phone gets the looping video instead. Either way, not 'none'.
    await expect.poll(() => timer().getAttribute('data-screen-awake')).toMatch(/^(wake-lock|video)$/);
    expect(await timer().getByText('may dim its screen').isVisible()).toBe(false);
    await timer().getByRole('button', { name: 'Reset' }).click();
    expect(await timer().getAttribute('data-screen-awake')).toBeNull();
  });

  it('keeps it awake with a looping video where there is no Wake Lock API', async () => {
    phone = await openTimer('recorded', 'missing');
    await timer().getByRole('button', { name: 'Start' }).click();
    await phone.page.clock.runFor(1_000);
    await expect.poll(() => timer().getAttribute('data-screen-awake')).toBe('video');
  });
});
