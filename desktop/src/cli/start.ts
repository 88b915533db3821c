import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { runHeadless } from './run-headless.js';

/** Enough for Electron's first download on a slow line; a blocked network fails far sooner. */
const DOWNLOAD_TIMEOUT_MS = 180_000;

/**
 * `npm start`: the Electron app when this machine can run it, otherwise the same host
 * headless, after one line that says why. Electron's binary is fetched on first start rather
 * than at install (see .npmrc), so `npm install` works on machines that cannot fetch it.
 */
async function start(argv: readonly string[]): Promise<void> {
  const electron = await electronBinary();
  const display = process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (typeof electron !== 'string' || !display) {
    const reason = typeof electron === 'string' ? 'there is no display' : electron.problem;
    process.stderr.write(`TouchDesk: Electron can't start here (${reason}); running headless instead.\n`);
    await runHeadless(argv);
    return;
  }
  const appDir = join(import.meta.dirname, '..', '..');
  const child = spawn(electron, [appDir, ...argv], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

async function electronBinary(): Promise<string | { problem: string }> {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { problem: 'the electron package is not installed' };
  }
  const installed = installedBinary(packageDir);
  if (installed) return installed;
  try {
    await promisify(execFile)(process.execPath, [join(packageDir, 'install.js')], { timeout: DOWNLOAD_TIMEOUT_MS });
  } catch (error) {
    return { problem: `its binary could not be downloaded: ${firstErrorLine(error)}` };
  }
  return installedBinary(packageDir) ?? { problem: 'its binary is missing after the download' };
}

function installedBinary(packageDir: string): string | undefined {
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function firstErrorLine(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr ?? '';
  const line = stderr.split('\n').find((text) => /error/i.test(text)) ?? (error as Error).message;
  return line.trim().slice(0, 160);
}

await start(process.argv.slice(2));
