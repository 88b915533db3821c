import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchDesktopBrowser, launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { decodeQr } from './harness/qr.js';
import { saveScreenshot } from './harness/screenshots.js';

/**
 * The control panel as a person sees it: the QR code on it, photographed and decoded the way
 * a phone's camera would, must be exactly the pairing URL; and it lists the phones that came.
 */
const display = inject('display');

let host: HostProcess;
let panel: Phone;
let phone: Phone | undefined;

beforeAll(async () => {
  host = await startHost({ display });
  panel = await launchDesktopBrowser();
  await panel.page.goto(host.ready.panelUrl);
});

afterAll(async () => {
  await phone?.close();
  await panel?.close();
  await host?.stop();
});

describe('the control panel', () => {
  it('shows a QR code that decodes to exactly the pairing URL', async () => {
    const qr = panel.page.getByRole('img', { name: 'Pairing QR code' });
    await expect.poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    const shot = await saveScreenshot(panel.page, 'panel-qr-only', { forReadme: false });
    expect(await decodeQr(shot)).toEqual([host.ready.pairingUrl]);
  });

  it('says that input works here', async () => {
    await expect.poll(() => panel.page.locator('#injection').textContent()).toContain('Ready');
  });

  it('lists a phone once it connects', async () => {
    phone = await launchPhone();
    await phone.page.goto(host.ready.pairingUrl);
    await phone.page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.page.getByRole('list').textContent(), { timeout: 5000 }).toContain('127.0.0.1');
    await saveScreenshot(panel.page, 'panel', { forReadme: true });
    await saveScreenshot(phone.page, 'phone-trackpad', { forReadme: true });
  });

  it('refuses its state stream without the key from its URL', async () => {
    const origin = new URL(host.ready.panelUrl).origin;
    const response = await panel.page.request.get(`${origin}/events`);
    expect(response.status()).toBe(403);
  });
});
