import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchDesktopBrowser, launchPhone, type Phone } from './harness/chromium.js';
import { freePort } from './harness/free-port.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { decodeQr } from './harness/qr.js';
import { saveScreenshot } from './harness/screenshots.js';

/**
 * The control panel as a person sees it: the QR code on it, photographed and decoded the way
 * a phone's camera would, must be exactly the pairing URL; it lists the phones that came and
 * removes them; its settings apply at once and are there again after a restart.
 */
const display = inject('display');

let configDir: string;
let host: HostProcess;
let panel: Phone;
let phone: Phone | undefined;
let blocker: Server | undefined;

beforeAll(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-panel-'));
  host = await startHost({ display, configDir });
  panel = await launchDesktopBrowser();
  await panel.page.goto(host.ready.panelUrl);
});

afterAll(async () => {
  blocker?.close();
  await phone?.close();
  await panel?.close();
  await host?.stop();
  await rm(configDir, { recursive: true, force: true });
});

/** The QR code on the panel right now, as a phone's camera reads it. */
async function qrOnPanel(name: string): Promise<string[]> {
  const qr = panel.page.locator('#qr');
  await expect.poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  return decodeQr(await saveScreenshot(panel.page, name, { forReadme: false }));
}

async function savedSettings(): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(join(configDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

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

describe('the settings', () => {
  it('offer start at login only where the desktop app provides it', async () => {
    expect(await panel.page.locator('#start-at-login-row').isHidden()).toBe(true);
    // The desktop app's preload, as the page sees it: the bridge object and nothing else.
    const app = await launchDesktopBrowser();
    try {
      await app.page.addInitScript(() => {
        let atLogin = false;
        const calls: string[] = [];
        Object.assign(window, {
          touchdeskDesktopCalls: calls,
          touchdeskDesktop: {
            startsAtLogin: async () => atLogin,
            setStartAtLogin: async (enabled: boolean) => (calls.push(`setStartAtLogin ${enabled}`), (atLogin = enabled)),
            openAccessibilitySettings: async () => void calls.push('openAccessibilitySettings'),
          },
        });
      });
      await app.page.goto(host.ready.panelUrl);
      const box = app.page.getByLabel('Start TouchDesk when I log in');
      await box.check();
      await expect.poll(() => app.page.evaluate(() => (window as unknown as { touchdeskDesktopCalls: string[] }).touchdeskDesktopCalls)).toEqual(['setStartAtLogin true']);
      expect(await app.page.locator('#settings-status').textContent()).toBe('Saved');
      // Input works here, so there is no permission to ask for.
      expect(await app.page.locator('#open-accessibility').isHidden()).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('switch the panel to 简体中文 at once', async () => {
    await panel.page.getByLabel('Language').selectOption('zh-CN');
    await expect.poll(() => panel.page.locator('#pairing-title').textContent()).toBe('连接手机');
    expect(await panel.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await panel.page.getByRole('img', { name: '配对二维码' }).count()).toBe(1);
    expect(await panel.page.locator('#settings-title').textContent()).toBe('设置');
  });

  it('move the phone page to the port typed in, with a QR code that leads there', async () => {
    const port = await freePort();
    const from = host.events.length;
    const field = panel.page.getByLabel('手机页面端口');
    await field.fill(String(port));
    await field.press('Enter');
    const moved = await host.waitForEvent('port-changed', (event) => event.port === port, { from });
    expect(new URL(moved.pairingUrl as string).port).toBe(String(port));
    await expect.poll(() => panel.page.locator('#pairing-url').textContent()).toBe(moved.pairingUrl);
    expect(await qrOnPanel('panel-qr-new-port')).toEqual([moved.pairingUrl]);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
    await expect(fetch(`http://127.0.0.1:${host.ready.port}/`)).rejects.toThrow();
  });

  it('refuse a port another program holds, say so, and stay where they were', async () => {
    blocker = createServer();
    const taken = await new Promise<number>((resolve) => blocker!.listen(0, '127.0.0.1', () => resolve((blocker!.address() as { port: number }).port)));
    const before = await panel.page.locator('#pairing-url').textContent();
    const field = panel.page.getByLabel('手机页面端口');
    await field.fill(String(taken));
    await field.press('Enter');
    await expect.poll(() => panel.page.locator('#settings-status').textContent()).toBe(`端口 ${taken} 已被其他程序占用。请选择其他端口。`);
    expect(await field.inputValue()).not.toBe(String(taken));
    expect(await panel.page.locator('#pairing-url').textContent()).toBe(before);
  });

  it('are all there again after the host restarts', async () => {
    await panel.page.getByLabel('自然滚动（所有手机）：内容随手指移动').uncheck();
    await panel.page.getByLabel('允许手机查看屏幕预览').uncheck();
    await panel.page.getByLabel('指针加速').selectOption('flat');
    // A range input takes no typing: set it as a drag would, and let it say it changed.
    await panel.page.getByLabel('指针速度').evaluate((slider: HTMLInputElement) => {
      slider.value = '-0.5';
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(savedSettings).toMatchObject({ naturalScrolling: false, preview: false, pointer: { speed: -0.5, acceleration: 'flat' }, language: 'zh-CN' });
    const chosenPort = (await savedSettings()).port;
    expect(chosenPort).toEqual(expect.any(Number));

    await host.stop();
    host = await startHost({ display, configDir });
    await panel.page.goto(host.ready.panelUrl);
    await expect.poll(() => panel.page.locator('#pairing-title').textContent()).toBe('连接手机');
    expect(await panel.page.getByLabel('自然滚动（所有手机）：内容随手指移动').isChecked()).toBe(false);
    expect(await panel.page.getByLabel('允许手机查看屏幕预览').isChecked()).toBe(false);
    expect(await panel.page.getByLabel('指针加速').inputValue()).toBe('flat');
    expect(await panel.page.getByLabel('指针速度').inputValue()).toBe('-0.5');
    expect(await panel.page.getByLabel('手机页面端口').inputValue()).toBe(String(chosenPort));
    expect(await qrOnPanel('panel-qr-after-restart')).toEqual([host.ready.pairingUrl]);
  });
});
