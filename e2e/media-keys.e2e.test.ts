import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchPhone, type Phone } from './harness/chromium.js';
import { waitUntilNothingHeld } from './harness/held-input.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { INDICATOR, waitForIndicator } from './harness/phone-page.js';
import { type KeyPressWatch, watchKeyPresses } from './harness/x-key-presses.js';

/**
 * The media mode's buttons, tapped on the phone page, press the desktop's media keys: read
 * back as keysyms from the X server itself, where players (through the desktop's media-key
 * handling) take them from.
 */
const display = inject('display');

let host: HostProcess;
let phone: Phone;
let keys: KeyPressWatch;

beforeAll(async () => {
  host = await startHost({ display });
  phone = await launchPhone();
  await phone.page.goto(host.ready.pairingUrl);
  await waitForIndicator(phone.page, INDICATOR.connected);
  keys = await watchKeyPresses(display);
});

afterAll(async () => {
  await keys?.stop();
  await phone?.close();
  await host?.stop();
});

describe('media mode', () => {
  it('is the Media tab, with six named buttons', async () => {
    await phone.page.getByRole('tab', { name: 'Media' }).tap();
    await expect.poll(() => phone.page.getByRole('tab', { name: 'Media' }).getAttribute('aria-selected')).toBe('true');
    const panel = phone.page.getByRole('tabpanel', { name: 'Media' });
    expect(await panel.getByRole('button').count()).toBe(6);
  });

  it.each([
    ['Previous track', 'XF86AudioPrev'],
    ['Play / pause', 'XF86AudioPlay'],
    ['Next track', 'XF86AudioNext'],
    ['Volume down', 'XF86AudioLowerVolume'],
    ['Mute', 'XF86AudioMute'],
    ['Volume up', 'XF86AudioRaiseVolume'],
  ])('%s presses %s on the desktop, and lets it go', async (name, keysym) => {
    const before = keys.keysyms().length;
    await phone.page.getByRole('button', { name, exact: true }).tap();
    await expect.poll(() => keys.keysyms().slice(before), { timeout: 5000 }).toEqual([keysym]);
    await waitUntilNothingHeld(display, { timeoutMs: 5000, what: `${keysym} let go` });
  });
});
