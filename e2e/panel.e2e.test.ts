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

  it('lists a phone once it connects, and shows a fresh QR code in place of the spent one', async () => {
    phone = await launchPhone();
    await phone.page.goto(host.ready.pairingUrl);
    await phone.page.getByRole('status').filter({ hasText: /^Connected$/ }).waitFor({ timeout: 10_000 });
    await expect.poll(() => panel.page.locator('#phones').textContent(), { timeout: 5000 }).toContain('127.0.0.1');
    await expect.poll(() => panel.page.locator('#devices').textContent(), { timeout: 5000 }).toContain('connected');
    const renewed = await host.waitForEvent('pairing-renewed');
    await expect.poll(() => panel.page.locator('#pairing-url').textContent()).toBe(renewed.pairingUrl);
    const shot = await saveScreenshot(panel.page, 'panel', { forReadme: true });
    expect(await decodeQr(shot)).toEqual([renewed.pairingUrl]);
    await saveScreenshot(phone.page, 'phone-trackpad', { forReadme: true });
  });

  it('removes a phone at once when the user revokes it', async () => {
    await panel.page.getByRole('button', { name: /^Remove / }).click();
    await host.waitForEvent('phone-disconnected');
    await expect.poll(() => phone!.page.getByRole('status').textContent(), { timeout: 5000 }).not.toBe('Connected');
    await expect.poll(() => phone!.page.getByText('This phone was removed on the desktop', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => panel.page.locator('#devices').textContent()).toContain('No phone paired yet');
    await phone!.page.reload();
    await expect.poll(() => phone!.page.getByText('Scan the QR code', { exact: false }).count(), { timeout: 5000 }).toBeGreaterThan(0);
  });

  it('refuses its state stream without the key from its URL', async () => {
    const origin = new URL(host.ready.panelUrl).origin;
    const response = await panel.page.request.get(`${origin}/api/events`);
    expect(response.status()).toBe(403);
  });
});
