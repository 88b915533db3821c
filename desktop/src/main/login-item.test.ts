import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execArgument, systemLoginItem, xdgAutostart } from './login-item.js';

let configHome: string;

beforeEach(async () => {
  configHome = await mkdtemp(join(tmpdir(), 'touchdesk-autostart-'));
});

afterEach(async () => {
  await rm(configHome, { recursive: true, force: true });
});

describe('start at login on Linux (XDG autostart)', () => {
  it('writes an autostart entry that starts TouchDesk hidden, and removes it again', async () => {
    const autostart = xdgAutostart(configHome, ['/opt/Touch Desk/TouchDesk.AppImage', '--hidden']);
    expect(autostart.get()).toBe(false);
    expect(autostart.set(true)).toBe(true);
    const entry = await readFile(join(configHome, 'autostart', 'touchdesk.desktop'), 'utf8');
    expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\nName=TouchDesk\n/);
    expect(entry).toContain('\nExec="/opt/Touch Desk/TouchDesk.AppImage" --hidden\n');
    expect(autostart.set(false)).toBe(false);
    expect(autostart.get()).toBe(false);
  });

  it.each([
    ['/usr/bin/touchdesk', '/usr/bin/touchdesk'],
    ['/home/a b/x', '"/home/a b/x"'],
    ['/tmp/100%', '/tmp/100%%'],
    ['/tmp/$HOME "q"', '"/tmp/\\\\$HOME \\\\"q\\\\""'],
  ])('quotes %s in the Exec line as the spec asks', (argument, quoted) => {
    expect(execArgument(argument)).toBe(quoted);
  });
});

describe('start at login on macOS and Windows', () => {
  it('asks the system and answers what it now says', () => {
    let open = false;
    const item = systemLoginItem({ getOpenAtLogin: () => open, setOpenAtLogin: (value) => (open = value) });
    expect(item.get()).toBe(false);
    expect(item.set(true)).toBe(true);
    expect(open).toBe(true);
  });
});
