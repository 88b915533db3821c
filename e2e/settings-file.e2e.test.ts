import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow, launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { fixturesDir } from './harness/paths.js';
import { INDICATOR, trackpad, waitForIndicator } from './harness/phone-page.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetState } from './harness/target-page.js';
import { pointIn, swipe, twoFingerDrag } from './harness/touch.js';
import { waitFor } from './harness/wait.js';
import { movePointer, pointerPosition } from './harness/x-readback.js';

/**
 * A settings file that cannot be read (a crash mid-write on an old version, a hand edit gone
 * wrong) must not keep TouchDesk from starting: the host starts with the defaults, keeps the
 * bad file for the user to look at, says so, and phones pair and work as ever.
 */
const display = inject('display');

/** Half a JSON object followed by bytes that are not even UTF-8. */
const GARBAGE = Buffer.concat([Buffer.from('{"controlMode": "exclu'), Buffer.from([0xff, 0xfe, 0x00, 0x9c])]);

let configDir: string;
let host: HostProcess;
let phone: Phone | undefined;

beforeAll(async () => {
  configDir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-settings-'));
  await writeFile(join(configDir, 'settings.json'), GARBAGE);
  host = await startHost({ display, configDir });
});

afterAll(async () => {
  await phone?.close();
  await host?.stop();
  await rm(configDir, { recursive: true, force: true });
});

describe('a corrupt settings.json', () => {
  it('does not stop the host: it is ready and says the settings were reset', async () => {
    expect(host.ready.event).toBe('ready');
    await host.waitForEvent('settings-reset');
  });

  it('is kept aside, byte for byte, as settings.json.corrupt-<time>', async () => {
    const kept = (await readdir(configDir)).filter((name) => /^settings\.json\.corrupt-.+/.test(name));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(configDir, kept[0] as string))).toEqual(GARBAGE);
  });

  it('leaves pairing and input working: a phone pairs and moves the cursor', async () => {
    phone = await launchPhone();
    await phone.page.goto(host.ready.pairingUrl);
    await waitForIndicator(phone.page, INDICATOR.connected);
    await movePointer(display, 300, 400);
    await swipe(phone.page, trackpad(phone.page), { from: { x: 60, y: 300 }, to: { x: 260, y: 300 }, steps: 12 });
    const after = await waitFor(
      async () => {
        const at = await pointerPosition(display);
        return at.x > 400 ? at : undefined;
      },
      { timeoutMs: 5000, describe: () => 'the cursor to move right' },
    );
    expect(Math.abs(after.y - 400)).toBeLessThan(15);
  });
});

/**
 * A settings.json written by hand, with every setting of the desktop app: the host takes it as
 * it is, and applies it. Here natural scrolling is off, so fingers dragged down scroll the
 * window down (they move the scroll bar), the opposite of the phone's own screen.
 */
describe('a settings.json written by hand', () => {
  const settings = {
    controlMode: 'shared',
    port: null,
    networkInterface: null,
    pointer: { speed: 0, acceleration: 'adaptive' },
    naturalScrolling: false,
    preview: true,
    language: 'zh-CN',
  };
  let handDir: string;
  let handHost: HostProcess | undefined;
  let handPhone: Phone | undefined;
  let desktop: DesktopWindow | undefined;
  let targets: StaticServer | undefined;

  beforeAll(async () => {
    handDir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-settings-by-hand-'));
    await writeFile(join(handDir, 'settings.json'), JSON.stringify(settings, null, 2));
    targets = await serveStatic(fixturesDir);
    desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
    handHost = await startHost({ display, configDir: handDir });
    handPhone = await launchPhone();
    await handPhone.page.goto(handHost.ready.pairingUrl);
    await waitForIndicator(handPhone.page, INDICATOR.connected);
  });

  afterAll(async () => {
    await handPhone?.close();
    await handHost?.stop();
    await desktop?.close();
    await targets?.close();
    await rm(handDir, { recursive: true, force: true });
  });

  it('is read as written, not set aside', async () => {
    expect(handHost!.events.map((event) => event.event)).not.toContain('settings-reset');
    expect(JSON.parse(await readFile(join(handDir, 'settings.json'), 'utf8'))).toEqual(settings);
  });

  it('is applied: with natural scrolling off, fingers dragged down scroll the window down', async () => {
    await resetTarget(desktop!.page);
    const button = await desktop!.screenPointOf(desktop!.page.locator('#target'));
    await movePointer(display, button.x, button.y + 150);
    const before = (await targetState(desktop!.page)).scrollY;
    const pad = trackpad(handPhone!.page);
    await twoFingerDrag(handPhone!.page, await pointIn(pad, { x: 140, y: 300 }), await pointIn(pad, { x: 220, y: 300 }), { dx: 0, dy: 200, steps: 12 });
    await expect.poll(async () => (await targetState(desktop!.page)).scrollY, { timeout: 5000 }).toBeGreaterThan(before);
  });
});
