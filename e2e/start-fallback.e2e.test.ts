import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from './harness/paths.js';
import { type GroupProcess, spawnGroup } from './harness/process-group.js';
import { displayEnv } from './harness/x-display.js';

/**
 * `npm start` on a machine where Electron cannot run (its binary cannot be downloaded, as on
 * these machines): one line on stderr says why, and the same host runs headless instead.
 * The download is made to fail at once by pointing Electron's downloader at a closed port.
 */
const display = inject('display');
const electronDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const electronInstalled = existsSync(join(electronDir, 'path.txt'));

let start: GroupProcess | undefined;
const dirs: string[] = [];

afterAll(async () => {
  await start?.stop(3000);
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('npm start without Electron', () => {
  it.skipIf(electronInstalled)('says why in one line and runs headless', async () => {
    const configDir = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-start-'));
    const cache = await mkdtemp(join(tmpdir(), 'touchdesk-e2e-electron-cache-'));
    dirs.push(configDir, cache);
    start = spawnGroup(
      process.execPath,
      [join(repoRoot, 'desktop/dist/cli/start.js'), '--json', '--port', '0', '--bind', '127.0.0.1', '--dry-run', '--config-dir', configDir],
      {
        env: { ...displayEnv(display), ELECTRON_MIRROR: 'http://127.0.0.1:9/', electron_config_cache: cache },
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: repoRoot,
      },
    );
    const stdout = start.child.stdout;
    if (!stdout) throw new Error('start.js has no stdout pipe');
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: stdout }).once('line', resolve);
      void start!.exited.then((status) => reject(new Error(`start.js exited (${status.code ?? status.signal}): ${start!.stderrTail()}`)));
    });
    const ready = JSON.parse(first) as { event: string; pairingUrl: string };
    expect(ready.event).toBe('ready');
    // Written before the host started; the two pipes are read independently, so it may still be on its way.
    const reasons = () =>
      start!
        .stderrTail()
        .split('\n')
        .filter((line) => line.startsWith('TouchDesk: Electron'));
    await expect
      .poll(reasons)
      .toEqual([expect.stringMatching(/^TouchDesk: Electron can't start here \(its binary could not be downloaded: .+\); running headless instead\.$/)]);
    expect((await fetch(new URL('/', ready.pairingUrl))).status).toBe(200);
  });
});
