import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileDeviceStore } from './device-store-file.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchdesk-devices-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const device = { id: 'ab'.repeat(16), name: 'Pixel', key: new Uint8Array(32).fill(9), pairedAt: 1, lastSeen: 2 };

describe('FileDeviceStore', () => {
  it('keeps paired devices across restarts, in a file only this user can read', async () => {
    const store = FileDeviceStore.load(dir);
    store.add(device);
    store.touch(device.id, 5);
    await store.flushed();
    expect((await stat(join(dir, 'devices.json'))).mode & 0o777).toBe(0o600);
    const reloaded = FileDeviceStore.load(dir);
    expect(reloaded.find(device.id)).toEqual({ ...device, lastSeen: 5 });
  });

  it('forgets a removed device on disk too', async () => {
    const store = FileDeviceStore.load(dir);
    store.add(device);
    expect(store.remove(device.id)).toBe(true);
    await store.flushed();
    expect(FileDeviceStore.load(dir).list()).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('sets a corrupt file aside, says so, and starts empty', async () => {
    await writeFile(join(dir, 'devices.json'), '{ not json');
    const warnings: string[] = [];
    const store = FileDeviceStore.load(dir, undefined, (text) => warnings.push(text));
    expect(store.list()).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('corrupt')]);
    const aside = (await readdir(dir)).find((name) => name.startsWith('devices.json.corrupt-'));
    expect(await readFile(join(dir, aside!), 'utf8')).toBe('{ not json');
  });

  it('passes the bytes through the at-rest codec', async () => {
    const codec = { name: 'reversed', encode: (text: string) => Buffer.from(text).reverse(), decode: (bytes: Buffer) => Buffer.from(bytes).reverse().toString() };
    const store = FileDeviceStore.load(dir, codec);
    store.add(device);
    await store.flushed();
    expect(await readFile(join(dir, 'devices.json'), 'utf8')).not.toContain(device.id);
    expect(FileDeviceStore.load(dir, codec).find(device.id)?.name).toBe('Pixel');
  });
});
