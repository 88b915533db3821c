import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './harness/accessibility.js';
import { launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { saveScreenshot } from './harness/screenshots.js';
import { waitFor } from './harness/wait.js';

/**
 * The phone page as people see it: on an iPhone-sized and an Android-sized screen, in both
 * languages and both themes, in every mode and with the settings open. Each view is checked
 * with axe-core (no serious or critical violation) and photographed; a few of the photographs
 * are the README's. The page is installable: its manifest and icons are served as a browser
 * wants them, under the host's own CSP.
 */
const display = inject('display');

const PROFILES = [
  { device: 'iPhone 13', slug: 'iphone' },
  { device: 'Pixel 7', slug: 'android' },
] as const;
const LOCALES = [
  { locale: 'en-US', slug: 'en', connected: 'Connected', settings: 'Settings', done: 'Done' },
  { locale: 'zh-CN', slug: 'zh', connected: '已连接', settings: '设置', done: '完成' },
] as const;
const THEMES = ['light', 'dark'] as const;

/** The README's pictures: one per profile, language and theme would be too many to read. */
const README_SHOTS = new Set([
  'phone-iphone-en-dark-presenter',
  'phone-iphone-en-light-trackpad',
  'phone-android-zh-dark-trackpad',
  'phone-iphone-en-dark-media',
  'phone-android-zh-light-settings',
  'phone-iphone-zh-light-keyboard',
]);

let host: HostProcess;
/** Each phone pairs with the QR code the host shows at that moment: a code is spent once used. */
let pairingUrl: string;

async function pairedPhone(device: string, locale: 'en-US' | 'zh-CN', colorScheme: 'light' | 'dark', connected: string): Promise<Phone> {
  const phone = await launchPhone({ device, locale, colorScheme });
  const from = host.events.length;
  await phone.page.goto(pairingUrl);
  await phone.page.getByRole('status').filter({ hasText: connected }).first().waitFor({ timeout: 10_000 });
  pairingUrl = (await host.waitForEvent('pairing-renewed', undefined, { from })).pairingUrl;
  return phone;
}

/** Runs `use` on a freshly paired phone, and closes the phone whatever happens. */
async function withPhone(
  device: string,
  locale: 'en-US' | 'zh-CN',
  colorScheme: 'light' | 'dark',
  connected: string,
  use: (phone: Phone) => Promise<void>,
): Promise<void> {
  const phone = await pairedPhone(device, locale, colorScheme, connected);
  try {
    await use(phone);
  } finally {
    await phone.close();
  }
}

/** Lets transitions (the pad's fade-in once connected) finish before a photograph. */
const settle = (phone: Phone) => phone.page.waitForTimeout(300);

beforeAll(async () => {
  host = await startHost({ display, extraArgs: ['--dry-run'] });
  pairingUrl = host.ready.pairingUrl;
});

afterAll(async () => {
  await host?.stop();
});

describe.each(PROFILES)('on an $device', ({ device, slug }) => {
  describe.each(LOCALES)('in $locale', (words) => {
    it.each(THEMES)('%s theme: every mode and the settings pass axe, and are photographed', async (theme) => {
      await withPhone(device, words.locale, theme, words.connected, async (phone) => {
        const page = phone.page;
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(words.locale === 'zh-CN' ? 'zh-CN' : 'en');
        const tabs = page.getByRole('tab');
        const count = await tabs.count();
        expect(count).toBeGreaterThanOrEqual(3);
        for (let index = 0; index < count; index += 1) {
          const tab = tabs.nth(index);
          await tab.tap();
          await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
          // The keyboard mode raises the phone's keyboard by focusing its field; none here.
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          await settle(phone);
          const mode = ((await tab.getAttribute('id')) ?? `tab-${index}`).replace(/^tab-/, '');
          expect(await seriousViolations(page), `${mode} mode`).toEqual([]);
          const name = `phone-${slug}-${words.slug}-${theme}-${mode}`;
          await saveScreenshot(page, name, { forReadme: README_SHOTS.has(name) });
        }
        await tabs.first().tap();
        await page.getByRole('button', { name: words.settings }).tap();
        await page.getByRole('dialog', { name: words.settings }).waitFor();
        expect(await seriousViolations(page), 'settings').toEqual([]);
        const name = `phone-${slug}-${words.slug}-${theme}-settings`;
        await saveScreenshot(page, name, { forReadme: README_SHOTS.has(name) });
        await page.getByRole('button', { name: words.done }).tap();
      });
    });
  });

  it('turned to landscape: the pad fills the width, the tabs share the top row, axe passes', async () => {
    await withPhone(device, 'en-US', 'dark', 'Connected', async (phone) => {
      const portrait = phone.page.viewportSize();
      if (portrait === null) throw new Error('the phone has no viewport');
      await phone.page.setViewportSize({ width: portrait.height, height: portrait.width });
      await settle(phone);
      await saveScreenshot(phone.page, `phone-${slug}-en-dark-landscape`, { forReadme: slug === 'iphone' });
      const pad = await phone.page.getByRole('application', { name: 'Trackpad' }).boundingBox();
      expect(pad?.width).toBeGreaterThan(portrait.height * 0.8);
      const [status, tabs] = await Promise.all([
        phone.page.getByRole('status').first().boundingBox(),
        phone.page.getByRole('tablist').boundingBox(),
      ]);
      expect(Math.abs((status?.y ?? 0) - (tabs?.y ?? 100))).toBeLessThan(30);
      expect(await seriousViolations(phone.page)).toEqual([]);
    });
  });
});

describe('touch targets', () => {
  it('every button, tab, switch and slider is at least 44 CSS pixels high', async () => {
    await withPhone('Pixel 7', 'en-US', 'light', 'Connected', async (phone) => {
      const page = phone.page;
      const small: string[] = [];
      const tabs = page.getByRole('tab');
      const views = [...Array.from({ length: await tabs.count() }, (_, index) => () => tabs.nth(index).tap())];
      for (const show of views) {
        await show();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        small.push(...(await undersized(phone)));
      }
      await page.getByRole('button', { name: 'Settings' }).tap();
      small.push(...(await undersized(phone)));
      expect(small).toEqual([]);
    });
  });
});

/** Visible controls shorter than 44 px (WCAG 2.5.5's size, Apple's and Google's minimum). */
async function undersized(phone: Phone): Promise<string[]> {
  return phone.page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>('button, [role="tab"], input[type="range"], .settings-row');
    const found: string[] = [];
    controls.forEach((control) => {
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return;
      if (box.height < 44) found.push(`${control.tagName.toLowerCase()} "${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim()}": ${Math.round(box.height)} px high`);
    });
    return found;
  });
}

describe('the settings sheet', () => {
  it('is a modal dialog: the focus goes in and stays in, Escape closes it and returns the focus', async () => {
    await withPhone('Pixel 7', 'en-US', 'light', 'Connected', async (phone) => {
      const page = phone.page;
      const gear = page.getByRole('button', { name: 'Settings' });
      await gear.click();
      const dialog = page.getByRole('dialog', { name: 'Settings' });
      await dialog.waitFor();
      const focusedInDialog = () => dialog.evaluate((element) => element.contains(document.activeElement));
      expect(await focusedInDialog()).toBe(true);
      for (let step = 0; step < 12; step += 1) {
        await page.keyboard.press('Tab');
        expect(await focusedInDialog(), `after ${step + 1} Tab presses`).toBe(true);
      }
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await gear.evaluate((element) => element === document.activeElement)).toBe(true);
    });
  });
});

describe('the language', () => {
  it('follows the browser, and the switch in the settings is kept for this desktop', async () => {
    await withPhone('iPhone 13', 'zh-CN', 'light', '已连接', async (phone) => {
      const page = phone.page;
      expect(await page.getByRole('tab', { name: '触控板' }).count()).toBe(1);
      await page.getByRole('button', { name: '设置' }).tap();
      // Choosing reloads the page in the other language.
      await Promise.all([page.waitForEvent('load'), page.getByRole('radio', { name: 'English' }).click()]);
      await page.getByRole('status').filter({ hasText: 'Connected' }).first().waitFor({ timeout: 10_000 });
      expect(await page.getByRole('tab', { name: 'Trackpad' }).count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.reload();
      await page.getByRole('status').filter({ hasText: 'Connected' }).first().waitFor({ timeout: 10_000 });
      expect(await page.getByRole('tab', { name: 'Trackpad' }).count()).toBe(1);
    });
  });
});

describe('home screen', () => {
  it('has a manifest and icons the browser accepts, served under the host’s CSP', async () => {
    await withPhone('Pixel 7', 'en-US', 'light', 'Connected', async (phone) => {
      const page = phone.page;
      const origin = new URL(page.url()).origin;
      const response = await page.request.get(`${origin}/manifest.webmanifest`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/manifest+json');
      expect(response.headers()['content-security-policy']).toContain("default-src 'self'");

      // Chromium's own reading of the manifest: what it would install from.
      const cdp = await page.context().newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[]; data?: string };
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toBe(`${origin}/manifest.webmanifest`);
      const parsed = JSON.parse(manifest.data ?? '{}') as { display: string; icons: { src: string; sizes: string; purpose: string }[] };
      expect(parsed.display).toBe('standalone');
      const purposes = parsed.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
      expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));

      const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      for (const src of [...parsed.icons.map((icon) => icon.src), appleIcon ?? '']) {
        const icon = await page.request.get(new URL(src, `${origin}/`).href);
        expect(icon.status(), src).toBe(200);
        expect(icon.headers()['content-type'], src).toBe('image/png');
        const png = await icon.body();
        // The size a PNG declares in its header (IHDR): what the manifest promises.
        const size = `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
        const promised = parsed.icons.find((entry) => entry.src === src)?.sizes ?? '180x180';
        expect(size, src).toBe(promised);
      }

      // Nothing the page loads was refused by the CSP.
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.reload();
    await waitFor(async () => ((await page.getByRole('status').filter({ hasText: 'Connected' }).count()) > 0 ? true : undefined), {
      timeoutMs: 10_000,
      describe: () => 'the page to reconnect after a reload',
    });
    expect(refused).toEqual([]);
    });
  });
});
