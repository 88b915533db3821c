import { chromium, devices, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { displayEnv } from './x-display.js';
import { movePointer, pointerPosition, type ScreenPoint } from './x-readback.js';
import { sleep, waitFor } from './wait.js';

/**
 * The two browsers of an e2e test: the phone (headless, touch, small screen) and the desktop
 * application the user controls (a real window on the Xvfb display, where injected input lands).
 */

/** playwright-core cannot download its own browsers on these machines; Debian's build works. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The host serves plain HTTP on 127.0.0.1; nothing to gain from QUIC but stray UDP probes.
  '--disable-quic',
];

type PersistentOptions = NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>;

interface Profile {
  readonly context: BrowserContext;
  /** The profile directory, removed on close. */
  readonly dir: string;
  close(): Promise<void>;
}

/**
 * A persistent context so each browser gets its own fresh profile directory that we remove
 * ourselves (Playwright refuses a --user-data-dir argument with launch()).
 */
async function launchWithFreshProfile(options: PersistentOptions): Promise<Profile> {
  const dir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM_PATH, ...options });
    return {
      context,
      dir,
      async close() {
        await context.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The phone

export interface PhoneOptions {
  readonly locale?: 'en-US' | 'zh-CN';
  readonly colorScheme?: 'light' | 'dark';
  /**
   * A playwright-core device profile ('iPhone 13', 'Pixel 7'): its screen, scale and user
   * agent, still on Chromium. Without it, the Android Chrome phone below.
   */
  readonly device?: string;
  /**
   * Also serve the DevTools protocol on a WebSocket of its own (a free port on 127.0.0.1), for
   * a client lighter than Playwright: the benchmark's finger (bench/touch-socket.ts).
   */
  readonly devToolsSocket?: boolean;
}

export interface Phone {
  readonly context: BrowserContext;
  readonly page: Page;
  /** http://127.0.0.1:port of the DevTools server, when asked for with `devToolsSocket`. */
  readonly devToolsUrl?: string;
  close(): Promise<void>;
}

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * An Android Chrome user agent, not an iPhone one: the engine really is Chromium, and a page
 * that sniffs for iOS would take code paths this browser cannot exercise truthfully.
 */
const PHONE_USER_AGENT =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';

export async function launchPhone(options: PhoneOptions = {}): Promise<Phone> {
  const device = options.device === undefined ? undefined : devices[options.device];
  if (options.device !== undefined && device === undefined) throw new Error(`launchPhone: playwright-core has no device '${options.device}'`);
  const profile = await launchWithFreshProfile({
    headless: true,
    args: options.devToolsSocket === true ? [...COMMON_ARGS, '--remote-debugging-port=0'] : COMMON_ARGS,
    viewport: device?.viewport ?? PHONE_VIEWPORT,
    screen: device?.viewport ?? PHONE_VIEWPORT,
    deviceScaleFactor: device?.deviceScaleFactor ?? 3,
    isMobile: true,
    hasTouch: true,
    userAgent: device?.userAgent ?? PHONE_USER_AGENT,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  const devToolsUrl = options.devToolsSocket === true ? await devToolsUrlOf(profile) : undefined;
  return { context: profile.context, page, ...(devToolsUrl === undefined ? {} : { devToolsUrl }), close: () => profile.close() };
}

/** Chromium writes the port it chose into the profile, once its DevTools server listens. */
async function devToolsUrlOf(profile: Profile): Promise<string> {
  const file = join(profile.dir, 'DevToolsActivePort');
  const port = await waitFor(async () => (await readFile(file, 'utf8')).split('\n')[0] || undefined, {
    timeoutMs: 5000,
    describe: () => `the phone browser to write ${file}`,
  });
  return `http://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------------------------------------
// A desktop browser for pages the user reads on the desktop (the control panel)

export interface DesktopBrowserOptions {
  readonly locale?: 'en-US' | 'zh-CN';
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { readonly width: number; readonly height: number };
}

/** Headless: the panel is looked at and screenshotted, not driven through the X server. */
export async function launchDesktopBrowser(options: DesktopBrowserOptions = {}): Promise<Phone> {
  const profile = await launchWithFreshProfile({
    headless: true,
    args: COMMON_ARGS,
    viewport: options.viewport ?? { width: 520, height: 900 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  return { context: profile.context, page, close: () => profile.close() };
}

// ---------------------------------------------------------------------------------------------
// The desktop application under the user's (injected) pointer

export interface DesktopWindow {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Screen position of the page's viewport (0,0), measured with the real pointer at launch. */
  readonly viewportOrigin: ScreenPoint;
  /** Absolute screen coordinates of the centre of an element, ready for xdotool or an assertion. */
  screenPointOf(target: Locator): Promise<ScreenPoint>;
  close(): Promise<void>;
}

export interface DesktopWindowOptions {
  readonly width?: number;
  readonly height?: number;
}

export async function launchDesktopWindow(
  display: string,
  url: string,
  options: DesktopWindowOptions = {},
): Promise<DesktopWindow> {
  const width = options.width ?? 1280;
  const height = options.height ?? 800;
  const profile = await launchWithFreshProfile({
    headless: false,
    env: displayEnv(display),
    // null: the page gets the real window's size. Playwright's default would emulate a
    // 1280x720 viewport inside the window and break the page-to-screen mapping.
    viewport: null,
    args: [
      ...COMMON_ARGS,
      '--ozone-platform=x11',
      '--force-device-scale-factor=1',
      // --app drops tabs and the address bar, --kiosk makes the window fullscreen without a
      // title bar, so the viewport starts at screen (0,0). Measured under openbox: --app alone
      // puts the viewport at (1,76) behind openbox's frame and Chromium's own title strip.
      `--app=${url}`,
      '--kiosk',
      '--window-position=0,0',
      `--window-size=${width},${height}`,
    ],
  });
  try {
    const page = await findPage(profile.context, url);
    await page.waitForLoadState('load');
    // The page can finish loading before the window is mapped and made fullscreen.
    await waitFor(
      async () => {
        const size = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
        return size.w === width && size.h === height ? true : undefined;
      },
      { timeoutMs: 10_000, describe: () => `the desktop window to fill the ${width}x${height} screen` },
    );
    const viewportOrigin = await measureViewportOrigin(display, page, { x: width / 2, y: height / 2 });
    return {
      context: profile.context,
      page,
      viewportOrigin,
      async screenPointOf(target) {
        const box = await target.boundingBox();
        if (box === null) throw new Error(`screenPointOf: ${String(target)} is not visible`);
        return {
          x: Math.round(viewportOrigin.x + box.x + box.width / 2),
          y: Math.round(viewportOrigin.y + box.y + box.height / 2),
        };
      },
      close: () => profile.close(),
    };
  } catch (error) {
    await profile.close();
    throw error;
  }
}

async function findPage(context: BrowserContext, url: string): Promise<Page> {
  const origin = new URL(url).origin;
  const matches = (page: Page): boolean => page.url().startsWith(origin);
  return context.pages().find(matches) ?? (await context.waitForEvent('page', { predicate: matches, timeout: 10_000 }));
}

interface MouseProbe {
  readonly screenX: number;
  readonly screenY: number;
  readonly clientX: number;
  readonly clientY: number;
}

/**
 * Where the viewport sits on the screen, observed rather than inferred: the real X pointer is
 * moved over the window and the page reports the client coordinates of the mousemove it got.
 * The alternative, window.screenX/Y plus outerHeight - innerHeight, assumes all the chrome sits
 * above the viewport and that screenX/Y is the frame's corner; it happened to be right under
 * openbox with --app alone ((1,20) + 56 = (1,76)), but it is an inference about the window
 * manager, and this is a measurement through the same path injected input takes.
 */
async function measureViewportOrigin(display: string, page: Page, around: ScreenPoint): Promise<ScreenPoint> {
  const before = await pointerPosition(display);
  const a: ScreenPoint = { x: Math.round(around.x), y: Math.round(around.y) };
  const b: ScreenPoint = { x: a.x + 1, y: a.y + 1 };
  // While the window manager is still placing the window (kiosk going fullscreen), a mousemove
  // can report a screen position from the window's old place: only a move that reports the
  // point the pointer was just put at counts.
  const deadline = Date.now() + 10_000;
  let last: MouseProbe | undefined;
  for (let i = 0; ; i++) {
    if (Date.now() > deadline) {
      const seen = last ? `it last reported screen (${last.screenX},${last.screenY})` : 'it saw no move at all';
      throw new Error(`desktop window never saw the X pointer where it was put (${seen}): is it on the display, unobscured, and is nothing grabbing the pointer?`);
    }
    const point = i % 2 === 0 ? a : b;
    const probe = page
      .evaluate(
        () =>
          new Promise<MouseProbe | undefined>((resolve) => {
            addEventListener('mousemove', (e) => resolve({ screenX: e.screenX, screenY: e.screenY, clientX: e.clientX, clientY: e.clientY }), {
              once: true,
              capture: true,
            });
            setTimeout(() => resolve(undefined), 200);
          }),
      )
      // A page still loading or navigating loses the probe: the next round installs another.
      .catch(() => undefined);
    await sleep(20);
    await movePointer(display, point.x, point.y);
    last = (await probe) ?? last;
    if (last && last.screenX === point.x && last.screenY === point.y) {
      await movePointer(display, before.x, before.y);
      return { x: point.x - last.clientX, y: point.y - last.clientY };
    }
  }
}
