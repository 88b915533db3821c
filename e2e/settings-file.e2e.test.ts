import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchPhone, type Phone } from './harness/chromium.js';
import { type HostProcess, startHost } from './harness/host-process.js';
import { INDICATOR, trackpad, waitForIndicator } from './harness/phone-page.js';
import { swipe } from './harness/touch.js';
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
